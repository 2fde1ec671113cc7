/** The relation's agreements: title, kind, scope, dates and summary. */
import type { RelationView } from "@bilateral/data"
import { formatDate, localize } from "@bilateral/domain"
import badgeStyles from "@/components/Badge.module.css"
import { CiteMarks } from "@/components/Cite"
import factListStyles from "@/components/FactList.module.css"
import { dictionary, type Lang } from "@/i18n"
import { anchors } from "@/lib/routes"
import { joinText } from "@/lib/text"
import { Section } from "./Section"

export function AgreementsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { agreements } = view.facts
  return (
    <Section id="agreements" title={t.country.agreements}>
      {agreements.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <ul className={factListStyles.list}>
          {agreements.map((a) => (
            <li key={a.id} id={anchors.agreement(a.id)}>
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
      )}
    </Section>
  )
}
