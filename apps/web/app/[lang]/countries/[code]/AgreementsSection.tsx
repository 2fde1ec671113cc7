/** The relation's agreements: title, kind, scope, dates and summary. */
import type { RelationView } from "@bilateral/data"
import { formatDate, localize } from "@bilateral/domain"
import { CiteMarks } from "@/components/Cite"
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
        <ul className="fact-list">
          {agreements.map((a) => (
            <li key={a.id} id={anchors.agreement(a.id)}>
              <span className="fact-list__title">{localize(a.title, lang)}</span>{" "}
              <CiteMarks lang={lang} provenance={a.provenance} />
              <span className="fact-list__meta">
                <span className="badge badge--accent">{t.labels.agreementKind[a.kind]}</span>{" "}
                <span className="badge">
                  {a.scope === "multilateral" ? t.country.multilateral : t.country.bilateral}
                </span>
                {joinText(
                  a.signed && ` · ${t.country.signed(formatDate(a.signed, lang))}`,
                  a.effective && ` · ${t.country.effective(formatDate(a.effective, lang))}`,
                ) || null}
              </span>
              {a.summary ? (
                <span className="fact-list__meta">{localize(a.summary, lang)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
