/** What each side said about the relation, with its speaker; shown only when there are any. */
import type { RelationView } from "@bilateral/data"
import { localize } from "@bilateral/domain"
import { CiteMarks } from "@/components/Cite"
import { participantText } from "@/components/EventItem"
import { dictionary, type Lang } from "@/i18n"
import { anchors } from "@/lib/routes"
import { Section } from "./Section"
import styles from "./StatementsSection.module.css"

export function StatementsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { statements } = view.facts
  if (statements.length === 0) return null
  return (
    <Section id="statements" title={t.country.statements}>
      <ul className={styles.statements}>
        {statements.map((st) => (
          <li key={st.id} id={anchors.fact(st.id)}>
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
    </Section>
  )
}
