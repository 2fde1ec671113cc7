/**
 * The relation's status over time (the domain's `statusTimeline`, names resolved in the view):
 * recognitions, establishment, embassies, ambassadors, frameworks and commissions' levels, each
 * with its date and its label linked to the quote that states it. Shown only when there are any.
 */
import type { RelationView } from "@bilateral/data"
import { formatDate, formatReported } from "@bilateral/domain"
import { Cite } from "@/components/Cite"
import { dictionary, type Lang } from "@/i18n"
import { Section } from "./Section"

export function StatusSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  if (view.status.length === 0) return null
  return (
    <Section id="status" title={t.country.status}>
      <ol className="fact-list">
        {view.status.map((c) => (
          <li key={`${c.kind}:${c.date ? formatReported(c.date) : "undated"}:${c.label.en}`}>
            <span className="fact-list__meta">
              {c.date ? (
                formatDate(c.date, lang)
              ) : (
                <>
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">{t.country.dateNotStated}</span>
                </>
              )}
            </span>
            <span className="fact-list__title">
              <Cite lang={lang} provenance={c.provenance}>
                {c.label[lang]}
              </Cite>
            </span>
          </li>
        ))}
      </ol>
    </Section>
  )
}
