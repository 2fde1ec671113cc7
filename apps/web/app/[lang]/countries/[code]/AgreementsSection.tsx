/**
 * The relation's agreements: title, kind, scope, dates and summary. The agreements page
 * (`routes.relationPart(lang, slug, "agreements")`) lists them all, anchored
 * (`anchors.agreement`); the relation page shows the first few (`AgreementsSummary`) and links
 * there.
 */
import type { RelationView } from "@bilateral/data"
import { formatDate, localize } from "@bilateral/domain"
import badgeStyles from "@/components/Badge.module.css"
import { CiteMarks } from "@/components/Cite"
import factListStyles from "@/components/FactList.module.css"
import { dictionary, type Lang } from "@/i18n"
import { anchors, routes } from "@/lib/routes"
import { joinText } from "@/lib/text"
import { PartLink, Section } from "./Section"

type Agreement = RelationView["facts"]["agreements"][number]

/** How many agreements the relation page shows before its link to all of them. */
export const AGREEMENTS_SHOWN = 3

/** Agreements with their kind, scope, dates and summary; `anchored` gives each its id. */
function AgreementList({
  agreements,
  lang,
  anchored,
}: {
  agreements: ReadonlyArray<Agreement>
  lang: Lang
  anchored: boolean
}) {
  const t = dictionary(lang)
  return (
    <ul className={factListStyles.list}>
      {agreements.map((a) => (
        <li key={a.id} id={anchored ? anchors.agreement(a.id) : undefined}>
          <span className={factListStyles.title}>{localize(a.title, lang)}</span>{" "}
          <CiteMarks lang={lang} provenance={a.provenance} />
          <span className={factListStyles.meta}>
            <span className={`${badgeStyles.badge} ${badgeStyles.accent}`}>
              {t.labels.agreementKind[a.kind]}
            </span>{" "}
            <span className={badgeStyles.badge}>
              {a.scope === "multilateral" ? t.country.multilateral : t.country.bilateral}
            </span>
            {joinText(
              a.signed && ` · ${t.country.signed(formatDate(a.signed, lang))}`,
              a.effective && ` · ${t.country.effective(formatDate(a.effective, lang))}`,
            ) || null}
          </span>
          {a.summary ? (
            <span className={factListStyles.meta}>{localize(a.summary, lang)}</span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/** Every agreement of the relation, each anchored (`anchors.agreement`): the agreements page. */
export function AgreementsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { agreements } = view.facts
  return (
    <Section id="agreements" title={t.country.agreements}>
      {agreements.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <AgreementList agreements={agreements} lang={lang} anchored />
      )}
    </Section>
  )
}

/** The relation page's agreements: the first `AGREEMENTS_SHOWN`, then a link to all of them. */
export function AgreementsSummary({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { agreements } = view.facts
  return (
    <Section id="agreements" title={t.country.agreements}>
      {agreements.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <>
          <AgreementList
            agreements={agreements.slice(0, AGREEMENTS_SHOWN)}
            lang={lang}
            anchored={false}
          />
          <PartLink href={routes.relationPart(lang, view.slug, "agreements")}>
            {t.country.allAgreements(agreements.length)}
          </PartLink>
        </>
      )}
    </Section>
  )
}
