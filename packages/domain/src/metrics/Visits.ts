/**
 * Visit counts: by level, by direction, by year, within a period, and the gaps between top-level
 * visits. Only events tagged `Visit` count; other events are ignored.
 *
 * @since 0.1.0
 */
import { type Event, isTopLevel, type Level, type Visit } from "../model/Event"
import {
  compareDates,
  endYear,
  firstDay,
  lastDay,
  midpointYear,
  type ReportedDate,
  startYear,
} from "../model/ReportedDate"

/**
 * Visit counts. `byDirection` is keyed `GUEST>HOST` ("VN>KZ" is a Vietnamese visit to
 * Kazakhstan); `byYear` by the year a visit starts; undated visits count in `total`, `byLevel`
 * and `byDirection`, and in `undated` instead of a year.
 * @example
 * const c: VisitCounts = visitCounts(events)
 * c.byDirection["VN>KZ"]
 * @since 0.1.0
 * @category models
 */
export interface VisitCounts {
  readonly total: number
  readonly byLevel: Partial<Record<Level, number>>
  readonly byDirection: Record<string, number>
  readonly byYear: Record<string, number>
  readonly undated: number
}

const isVisit = (e: Event): e is Visit => e._tag === "Visit"

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1
}

/**
 * The direction key of a visit: `GUEST>HOST`.
 * @example
 * directionKey(visit) // "VN>KZ"
 * @since 0.1.0
 * @category helpers
 */
export const directionKey = (visit: Visit): string => `${visit.guest}>${visit.host}`

/**
 * Counts the visits among events by level, direction and year. Use it for a relation's summary;
 * pass `visitsBetween(...)` to count a period.
 * @example
 * const c = visitCounts(dataset.events.filter((e) => e.relation === "vn-kz"))
 * c.byDirection["VN>KZ"] // visits from Vietnam to Kazakhstan
 * @since 0.1.0
 * @category metrics
 */
export const visitCounts = (events: ReadonlyArray<Event>): VisitCounts => {
  const byLevel: Partial<Record<Level, number>> = {}
  const byDirection: Record<string, number> = {}
  const byYear: Record<string, number> = {}
  let total = 0
  let undated = 0
  for (const visit of events.filter(isVisit)) {
    total++
    byLevel[visit.level] = (byLevel[visit.level] ?? 0) + 1
    bump(byDirection, directionKey(visit))
    if (visit.date === undefined) undated++
    else bump(byYear, String(startYear(visit.date)))
  }
  return { total, byLevel, byDirection, byYear, undated }
}

/**
 * The dated visits that fall, at least in part, within the calendar years `fromYear` to `toYear`
 * (inclusive), sorted by date. Use it for "visits in the last five years".
 * @example
 * visitsBetween(events, 2021, 2025).length
 * @since 0.1.0
 * @category metrics
 */
export const visitsBetween = (
  events: ReadonlyArray<Event>,
  fromYear: number,
  toYear: number,
): ReadonlyArray<Visit> =>
  events
    .filter(isVisit)
    .filter(
      (v): v is Visit & { readonly date: ReportedDate } =>
        v.date !== undefined && startYear(v.date) <= toYear && endYear(v.date) >= fromYear,
    )
    .sort((a, b) => compareDates(a.date, b.date))

/**
 * The time between two consecutive top-level visits of one relation, measured between the middles
 * of their dates: `days` whole days and `years` fractional years.
 * @example
 * topLevelVisitGaps(events).map((g: VisitGap) => g.years.toFixed(1))
 * @since 0.1.0
 * @category models
 */
export interface VisitGap {
  readonly from: Visit
  readonly to: Visit
  readonly days: number
  readonly years: number
}

const middleDay = (date: ReportedDate): number => (firstDay(date) + lastDay(date)) / 2

/**
 * The gaps between consecutive top-level visits (party, state or government leaders, either
 * direction), per relation, ordered by date. Undated visits are left out. Use it for "the first
 * top-level visit in 13 years".
 * @example
 * topLevelVisitGaps(events).map((g) => g.years) // [1.7]
 * @since 0.1.0
 * @category metrics
 */
export const topLevelVisitGaps = (events: ReadonlyArray<Event>): ReadonlyArray<VisitGap> => {
  type Dated = { readonly visit: Visit; readonly date: ReportedDate; readonly middle: number }
  const byRelation = new Map<string, Array<Dated>>()
  for (const e of events) {
    if (!isVisit(e) || e.date === undefined || !isTopLevel(e.level)) continue
    const list = byRelation.get(e.relation) ?? []
    list.push({ visit: e, date: e.date, middle: middleDay(e.date) })
    byRelation.set(e.relation, list)
  }
  const gaps: Array<{ readonly gap: VisitGap; readonly at: number }> = []
  for (const visits of byRelation.values()) {
    visits.sort((a, b) => a.middle - b.middle || compareDates(a.date, b.date))
    for (let i = 1; i < visits.length; i++) {
      const from = visits[i - 1]
      const to = visits[i]
      if (from === undefined || to === undefined) continue
      const gap: VisitGap = {
        from: from.visit,
        to: to.visit,
        days: Math.round(to.middle - from.middle),
        years: midpointYear(to.date) - midpointYear(from.date),
      }
      gaps.push({ gap, at: to.middle })
    }
  }
  return gaps.sort((a, b) => a.at - b.at).map((g) => g.gap)
}
