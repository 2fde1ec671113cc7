/**
 * Where each value of a comparison row comes from. The domain's `ComparisonRow` carries no
 * provenance, so the site maps each row key to the fact behind it: the quote of the figure when
 * there is one fact (establishment, latest observation, latest top-level visit), otherwise the
 * section of the relation page or the filtered timeline that lists the facts counted.
 */
import { type IndicatorKind, type Relation, seriesMetrics } from "@bilateral/domain"
import type { Lang } from "../i18n"
import { data, slugOf } from "./data"
import { routes } from "./routes"
import { summarize } from "./summary"

const seriesOf = (relation: Relation, kind: string) =>
  data()
    .factsOf(relation.id)
    .indicators.filter((s) => s.kind === (kind as IndicatorKind))
    .map((s) => ({ s, m: seriesMetrics(s) }))
    .sort((x, y) => x.m.points.length - y.m.points.length)
    .at(-1)

export const compareHref = (lang: Lang, relation: Relation, key: string): string | undefined => {
  const slug = slugOf(relation)
  const today = summarize(relation)
  if (key === "established" || key === "age") {
    const p = relation.established?.provenance[0]
    return p ? routes.provenance(lang, p) : routes.country(lang, slug, "key-facts")
  }
  const latest = /^latest-(.+)$/.exec(key)
  if (latest?.[1] && latest[1] !== "top-level-visit") {
    const found = seriesOf(relation, latest[1])
    const p = found?.m.latest?.provenance[0]
    return p ? routes.provenance(lang, p) : undefined
  }
  const growth = /^growth-(.+)$/.exec(key)
  if (growth?.[1]) {
    const found = seriesOf(relation, growth[1])
    return found ? routes.country(lang, slug, `indicator-${found.s.id}`) : undefined
  }
  switch (key) {
    case "latest-top-level-visit": {
      const p = today.latestTop?.provenance[0]
      return p ? routes.provenance(lang, p) : undefined
    }
    case "visits-recent":
      return routes.timeline(lang, {
        country: slug,
        kind: "Visit",
        from: today.recent.from,
        to: today.recent.to,
      })
    case "visits-total":
    case "visits-top-level":
      return routes.timeline(lang, { country: slug, kind: "Visit" })
    case "agreements":
      return routes.country(lang, slug, "agreements")
    case "sister-regions":
      return routes.country(lang, slug, "cooperation")
    default:
      return undefined
  }
}
