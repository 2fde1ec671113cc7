/**
 * The key figures of a relation, picked from the dataset and computed by @bilateral/domain:
 * its age, its latest trade figure and growth, visits in the last five years, its latest
 * top-level visit. Shared by the overview and the relation page.
 */
import {
  compareDates,
  type GrowthSpan,
  isTopLevel,
  type Observation,
  type Relation,
  type RelationAge,
  relationAge,
  type SeriesMetrics,
  seriesMetrics,
  type Visit,
  visitsBetween,
} from "@bilateral/domain"
import { asOf, data } from "./data"

export type RelationSummary = {
  age?: RelationAge
  trade?: { metrics: SeriesMetrics; latest: Observation; change?: GrowthSpan }
  recent: { from: number; to: number; visits: ReadonlyArray<Visit> }
  latestTop?: Visit
}

export const summarize = (relation: Relation): RelationSummary => {
  const facts = data().factsOf(relation.id)
  const today = asOf()
  const series = facts.indicators.find((s) => s.kind === "trade")
  const metrics = series ? seriesMetrics(series) : undefined
  const latest = metrics?.latest
  const index = latest && metrics ? metrics.points.indexOf(latest) : -1
  const previous = index > 0 ? metrics?.points[index - 1] : undefined
  const change =
    previous && latest
      ? metrics?.spans.find((s) => s.from === previous && s.to === latest)
      : undefined
  const tops = facts.events
    .filter((e): e is Visit => e._tag === "Visit" && isTopLevel(e.level) && e.date !== undefined)
    .sort((a, b) => (a.date && b.date ? compareDates(a.date, b.date) : 0))
  return {
    age: relationAge(relation, today),
    trade: metrics && latest ? { metrics, latest, change } : undefined,
    recent: {
      from: today.year - 4,
      to: today.year,
      visits: visitsBetween(facts.events, today.year - 4, today.year),
    },
    latestTop: tops[tops.length - 1],
  }
}
