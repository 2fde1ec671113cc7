/** The sources the relation's facts come from, with how many facts each supports. */
import type { BilateralIndex, RelationView } from "@bilateral/data"
import { formatDate, localize } from "@bilateral/domain"
import Link from "next/link"
import factListStyles from "@/components/FactList.module.css"
import { dictionary } from "@/i18n"
import { routes } from "@/lib/routes"
import { Section, type SectionProps } from "./Section"

/** The dataset's sources that support facts of this relation, with how many facts each. */
const sourcesOf = (index: BilateralIndex, view: RelationView) =>
  index.dataset.sources
    .map((source) => ({
      source,
      count: index.factsBySource(source.id).filter((f) => f.relation === view.relation.id).length,
    }))
    .filter(({ count }) => count > 0)

export function SourcesSection({ index, view, lang }: SectionProps) {
  const t = dictionary(lang)
  return (
    <Section id="sources" title={t.country.sourcesUsed}>
      <ul className={factListStyles.list}>
        {sourcesOf(index, view).map(({ source, count }) => (
          <li key={source.id}>
            <Link className={factListStyles.title} href={routes.source(lang, source.id)}>
              {localize(source.title, lang)}
            </Link>
            <span className={factListStyles.meta}>
              {t.sources.facts(count)}
              {source.date && ` · ${formatDate(source.date, lang)}`}
            </span>
          </li>
        ))}
      </ul>
    </Section>
  )
}
