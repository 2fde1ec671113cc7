/**
 * The age of a relation as of a given day, and the anniversaries coming up. The day is always a
 * parameter: nothing here reads the clock.
 *
 * @since 0.1.0
 */

import {
  daysInMonth,
  epochDay,
  firstDay,
  fromEpochDay,
  lastDay,
  startYear,
} from "../model/Calendar"
import type { Dataset } from "../model/Dataset"
import type { Relation } from "../model/Relation"
import type { DatePoint, DayDate, ReportedDate } from "../model/ReportedDate"

/**
 * How long a relation has existed: whole years, months and days since `since`. `exact` is false
 * when `since` is not a single day; the age then counts from the first day it can mean (the 1st of
 * the month, 1 January), so it is the most it can be.
 * @example
 * const text = (a: RelationAge) => `${a.years} năm`
 * @since 0.1.0
 * @category models
 */
export interface RelationAge {
  readonly years: number
  readonly months: number
  readonly days: number
  readonly since: ReportedDate
  readonly exact: boolean
}

const firstPoint = (date: ReportedDate): DatePoint => (date._tag === "Range" ? date.start : date)

/**
 * The calendar difference between two days in whole years, months and days, or `undefined` when
 * `to` is before `from`. A month is added to the 31st by landing on the month's last day.
 * @example
 * calendarDifference(day(1992, 6, 29), day(2025, 5, 6)) // { years: 32, months: 10, days: 7 }
 * @since 0.1.0
 * @category helpers
 */
export const calendarDifference = (
  from: DayDate,
  to: DayDate,
): { readonly years: number; readonly months: number; readonly days: number } | undefined => {
  const start = epochDay(from.year, from.month, from.day)
  const end = epochDay(to.year, to.month, to.day)
  if (!Number.isFinite(start) || !Number.isFinite(end) || end < start) return undefined
  const s = fromEpochDay(start)
  const e = fromEpochDay(end)
  const addMonths = (n: number) => {
    const y = s.year + Math.floor((s.month - 1 + n) / 12)
    const m = ((s.month - 1 + n) % 12) + 1
    return epochDay(y, m, Math.min(s.day, daysInMonth(y, m)))
  }
  let total = (e.year - s.year) * 12 + (e.month - s.month)
  while (total > 0 && addMonths(total) > end) total--
  return {
    years: Math.floor(total / 12),
    months: total % 12,
    days: end - addMonths(total),
  }
}

/**
 * The age of a relation as of `asOf`, counted from the establishment of diplomatic relations, or
 * `undefined` when the relation records no establishment or `asOf` is before it.
 * @example
 * relationAge(vnKz, day(2025, 5, 6))
 * // { years: 32, months: 10, days: 7, since: { _tag: "Day", year: 1992, month: 6, day: 29 }, exact: true }
 * @since 0.1.0
 * @category metrics
 */
export const relationAge = (relation: Relation, asOf: DayDate): RelationAge | undefined => {
  const since = relation.established?.date
  if (since === undefined) return undefined
  const p = firstPoint(since)
  const from: DayDate =
    p._tag === "Day"
      ? p
      : p._tag === "Month"
        ? { _tag: "Day", year: p.year, month: p.month, day: 1 }
        : {
            _tag: "Day",
            year: p.year,
            month: p.part === "mid" ? 5 : p.part === "late" ? 9 : 1,
            day: 1,
          }
  const diff = calendarDifference(from, asOf)
  if (diff === undefined) return undefined
  return { ...diff, since, exact: since._tag === "Day" }
}

/**
 * An anniversary to come: the `years`-th anniversary, in calendar year `year`, on `date` (the
 * subject's date moved to that year, at the same precision). `eventId` is set for events.
 * @example
 * const line = (a: Anniversary) => `${a.years} — ${formatDate(a.date, "en")}`
 * @since 0.1.0
 * @category models
 */
export interface Anniversary {
  readonly subject: "establishment" | "event"
  readonly eventId?: string
  readonly years: number
  readonly year: number
  readonly date: ReportedDate
}

const shiftPoint = (p: DatePoint, by: number): DatePoint => {
  switch (p._tag) {
    case "Day": {
      const y = p.year + by
      return { _tag: "Day", year: y, month: p.month, day: Math.min(p.day, daysInMonth(y, p.month)) }
    }
    case "Month":
      return { _tag: "Month", year: p.year + by, month: p.month }
    case "Year":
      return p.part === undefined
        ? { _tag: "Year", year: p.year + by }
        : { _tag: "Year", year: p.year + by, part: p.part }
  }
}

/**
 * A date moved by whole years, keeping its precision (29 February lands on the 28th).
 * @example
 * shiftYears(day(1992, 6, 29), 35) // { _tag: "Day", year: 2027, month: 6, day: 29 }
 * @since 0.1.0
 * @category helpers
 */
export const shiftYears = (date: ReportedDate, by: number): ReportedDate =>
  date._tag === "Range"
    ? { _tag: "Range", start: shiftPoint(date.start, by), end: shiftPoint(date.end, by) }
    : shiftPoint(date, by)

/**
 * How far ahead `upcomingAnniversaries` looks by default, in years.
 * @example
 * upcomingAnniversaries(dataset, "vn-kz", asOf, DEFAULT_ANNIVERSARY_WINDOW)
 * @since 0.1.0
 * @category constants
 */
export const DEFAULT_ANNIVERSARY_WINDOW = 10

/** The farthest `upcomingAnniversaries` looks, in years, whatever it is asked. */
const MAX_ANNIVERSARY_WINDOW = 1000

/**
 * The anniversaries of a relation to come within `withinYears` calendar years of `asOf`
 * (default 10): of the establishment of relations and of its dated events (events that are part
 * of another are left out). Round anniversaries (every 5 years) are listed, plus, for the
 * establishment, the next one whatever its number. An anniversary of this year whose day or month
 * has passed is not upcoming; one known only to the year is listed all year. Sorted by date.
 * @example
 * upcomingAnniversaries(dataset, "vn-kz", day(2025, 5, 6), 5)
 * // [{ subject: "establishment", years: 33, year: 2025, date: 29/6/2025 },
 * //  { subject: "establishment", years: 35, year: 2027, ... }, ...]
 * @since 0.1.0
 * @category metrics
 */
export const upcomingAnniversaries = (
  dataset: Dataset,
  relationId: string,
  asOf: DayDate,
  withinYears: number = DEFAULT_ANNIVERSARY_WINDOW,
): ReadonlyArray<Anniversary> => {
  const today = epochDay(asOf.year, asOf.month, asOf.day)
  const horizon = Number.isFinite(withinYears)
    ? Math.min(MAX_ANNIVERSARY_WINDOW, Math.max(0, Math.floor(withinYears)))
    : 0
  const found: Array<{ readonly a: Anniversary; readonly at: number }> = []

  const consider = (date: ReportedDate, subject: Anniversary["subject"], eventId?: string) => {
    const origin = startYear(date)
    let nextMarked = subject !== "establishment"
    const first = Math.max(asOf.year, origin + 1)
    for (let k = 0; k <= horizon - (first - asOf.year); k++) {
      const year = first + k
      const years = year - origin
      const shifted = shiftYears(date, years)
      if (lastDay(shifted) < today) continue
      const isNext = !nextMarked
      nextMarked = true
      if (years % 5 !== 0 && !isNext) continue
      const a: Anniversary = {
        subject,
        ...(eventId !== undefined ? { eventId } : {}),
        years,
        year,
        date: shifted,
      }
      found.push({ a, at: firstDay(shifted) })
    }
  }

  const relation = dataset.relations.find((r) => r.id === relationId)
  if (relation?.established !== undefined) consider(relation.established.date, "establishment")
  for (const e of dataset.events) {
    if (e.relation !== relationId || e.date === undefined || e.partOf !== undefined) continue
    consider(e.date, "event", e.id)
  }
  return found
    .sort(
      (x, y) =>
        x.at - y.at || (x.a.subject === y.a.subject ? 0 : x.a.subject === "establishment" ? -1 : 1),
    )
    .map((f) => f.a)
}
