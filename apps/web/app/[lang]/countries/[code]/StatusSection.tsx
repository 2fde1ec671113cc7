/**
 * The relation's status over time (the domain's `statusTimeline`, names resolved in the view):
 * recognitions, establishment, embassies, ambassadors, frameworks and commissions' levels, each
 * with its date and its label linked to the quote that states it. Shown only when there are any.
 * Each change is a date over a cited label, styled by structure (StatusSection.module.css).
 */
import type { RelationView } from "@bilateral/data"
import { formatDate } from "@bilateral/domain"
import { Cite } from "@/components/Cite"
import factListStyles from "@/components/FactList.module.css"
import { dictionary, type Lang } from "@/i18n"
import { Section } from "./Section"
import styles from "./StatusSection.module.css"

export function StatusSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  if (view.status.length === 0) return null
  return (
    <Section id="status" title={t.country.status}>
      <ol className={`${factListStyles.list} ${styles.status}`}>
        {view.status.map((c, i) => (
          // Changes have no id of their own; the list is in the view's order and never reordered.
          // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
          <li key={i}>
            {c.date ? (
              <span>{formatDate(c.date, lang)}</span>
            ) : (
              <span>
                <span aria-hidden="true">—</span>
                <span className="visually-hidden">{t.country.dateNotStated}</span>
              </span>
            )}
            <Cite lang={lang} provenance={c.provenance}>
              {c.label[lang]}
            </Cite>
          </li>
        ))}
      </ol>
    </Section>
  )
}
