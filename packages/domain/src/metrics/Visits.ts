/**
 * Visit counts: by level, by direction, by year, within a period, and the gaps between top-level
 * visits. Only events tagged `Visit` count; other events are ignored.
 *
 * @since 0.1.0
 */

import {
  compareDates,
  endYear,
  firstDay,
  lastDay,
  midpointYear,
  startYear,
} from "../model/Calendar"
import type { CountryCode } from "../model/Country"
import type { Event, Level, Visit } from "../model/Event"
import type { ReportedDate } from "../model/ReportedDate"
import { isTopLevel } from "../model/TopLevels"

/**
 * How many visits went one way: from the `guest` country to the `host` country.
 * @example
 * const d: DirectionCount = { guest: "VN", host: "KZ", count: 3 }
 * @since 0.2.0
 * @category models
 */
export interface DirectionCount {
  readonly guest: CountryCode
  readonly host: CountryCode
  readonly count: number
}

/**
 * Visit counts. `byDirection` lists each direction once (guest to host), the most visited first;
 * `byYear` is keyed by the year a visit starts; undated visits count in `total`, `byLevel` and
 * `byDirection`, and in `undated` instead of a year.
 * @example
 * const c: VisitCounts = visitCounts(events)
 * c.byDirection.find((d) => d.guest === "VN" && d.host === "KZ")?.count
 * @since 0.1.0
 * @category models
 */
export interface VisitCounts {
  readonly total: number
  readonly byLevel: Partial<Record<Level, number>>
  readonly byDirection: ReadonlyArray<DirectionCount>
  readonly byYear: Record<string, number>
  readonly undated: number
}

const isVisit = (e: Event): e is Visit => e._tag === "Visit"

const bump = (counts: Record<string, number>, key: string) => {
  counts[key] = (counts[key] ?? 0) + 1
}

/**
 * Counts the visits among events by level, direction and year. Use it for a relation's summary;
 * pass `visitsBetween(...)` to count a period.
 * @example
 * const c = visitCounts(dataset.events.filter((e) => e.relation === "vn-kz"))
 * c.byDirection[0] // { guest: "VN", host: "KZ", count: 3 }: the most visited direction
 * @since 0.1.0
 * @category metrics
 */
export const visitCounts = (events: ReadonlyArray<Event>): VisitCounts => {
  const byLevel: Partial<Record<Level, number>> = {}
  const directions = new Map<string, { guest: CountryCode; host: CountryCode; count: number }>()
  const byYear: Record<string, number> = {}
  let total = 0
  let undated = 0
  for (const visit of events.filter(isVisit)) {
    total++
    byLevel[visit.level] = (byLevel[visit.level] ?? 0) + 1
    const key = `${visit.guest}\u0000${visit.host}`
    const d = directions.get(key) ?? { guest: visit.guest, host: visit.host, count: 0 }
    d.count++
    directions.set(key, d)
    if (visit.date === undefined) undated++
    else bump(byYear, String(startYear(visit.date)))
  }
  const byDirection = [...directions.values()].sort(
    (a, b) =>
      b.count - a.count ||
      (a.guest < b.guest
        ? -1
        : a.guest > b.guest
          ? 1
          : a.host < b.host
            ? -1
            : a.host > b.host
              ? 1
              : 0),
  )
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
