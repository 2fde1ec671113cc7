/**
 * What each side said about the relation, with its speaker (on the relation page only when there
 * are any). The
 * statements page (`routes.relationPart(lang, slug, "statements")`) lists them all, anchored; the
 * relation page shows the first few (`StatementsSummary`) and links there.
 */
import type { RelationView } from "@bilateral/data"
import { localize } from "@bilateral/domain"
import { CiteMarks } from "@/components/Cite"
import { participantText } from "@/components/EventItem"
import { dictionary, type Lang } from "@/i18n"
import { anchors, routes } from "@/lib/routes"
import { PartLink, Section } from "./Section"
import styles from "./StatementsSection.module.css"

type Statement = RelationView["facts"]["statements"][number]

/** How many statements the relation page shows before its link to all of them. */
export const STATEMENTS_SHOWN = 2

/** Statements as quoted lines with their citations and speaker; `anchored` gives each its id. */
function StatementList({
  statements,
  lang,
  anchored,
}: {
  statements: ReadonlyArray<Statement>
  lang: Lang
  anchored: boolean
}) {
  return (
    <ul className={styles.statements}>
      {statements.map((st) => (
        <li key={st.id} id={anchored ? anchors.fact(st.id) : undefined}>
          <p>
            {`${localize(st.text, lang)} `}
            <CiteMarks lang={lang} provenance={st.provenance} />
          </p>
          {st.speaker ? (
            <p className={styles.speaker}>{`— ${participantText(st.speaker, lang)}`}</p>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** Every statement of the relation, each anchored (`anchors.fact`): the statements page. */
export function StatementsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { statements } = view.facts
  return (
    <Section id="statements" title={t.country.statements}>
      {statements.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <StatementList statements={statements} lang={lang} anchored />
      )}
    </Section>
  )
}

/** The relation page's statements: the first `STATEMENTS_SHOWN`, then a link to all of them. */
export function StatementsSummary({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { statements } = view.facts
  if (statements.length === 0) return null
  return (
    <Section id="statements" title={t.country.statements}>
      <StatementList
        statements={statements.slice(0, STATEMENTS_SHOWN)}
        lang={lang}
        anchored={false}
      />
      <PartLink href={routes.relationPart(lang, view.slug, "statements")}>
        {t.country.allStatements(statements.length)}
      </PartLink>
    </Section>
  )
}
