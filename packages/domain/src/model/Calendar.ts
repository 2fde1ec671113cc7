/**
 * Calendar arithmetic on reported dates without the schemas: building days, months, years and
 * ranges, ordering and measuring them, printing them in ISO 8601 and reading that form back. The
 * metrics use these; `ReportedDate` (the schema) re-exports them, so most code imports them from
 * the package root. This module builds no `Schema`, so the `metrics` entry can stay small.
 *
 * @since 0.1.0
 */
import type {
  DatePoint,
  DayDate,
  MonthDate,
  RangeDate,
  ReportedDate,
  YearDate,
  YearPart,
} from "./ReportedDate"

/**
 * Builds a day. It does not check that the day exists; decode with `ReportedDate` or parse
 * with `parseReported` for that.
 * @example
 * day(1992, 6, 29) // { _tag: "Day", year: 1992, month: 6, day: 29 }
 * @since 0.1.0
 * @category constructors
 */
export const day = (year: number, month: number, dayOfMonth: number): DayDate => ({
  _tag: "Day",
  year,
  month,
  day: dayOfMonth,
})
/**
 * Builds a month of a year.
 * @example
 * month(2009, 3) // { _tag: "Month", year: 2009, month: 3 }
 * @since 0.1.0
 * @category constructors
 */
export const month = (year: number, monthOfYear: number): MonthDate => ({
  _tag: "Month",
  year,
  month: monthOfYear,
})
/**
 * Builds a year, or an early, mid or late part of one.
 * @example
 * year(2024) // { _tag: "Year", year: 2024 }
 * year(2025, "mid") // { _tag: "Year", year: 2025, part: "mid" }
 * @since 0.1.0
 * @category constructors
 */
export const year = (y: number, part?: YearPart): YearDate =>
  part === undefined ? { _tag: "Year", year: y } : { _tag: "Year", year: y, part }
/**
 * Builds an inclusive range of two points. It does not check the order; `parseReported` does.
 * @example
 * range(year(2017), year(2021)) // "2017/2021"
 * @since 0.1.0
 * @category constructors
 */
export const range = (start: DatePoint, end: DatePoint): RangeDate => ({
  _tag: "Range",
  start,
  end,
})

const pad = (n: number, width: number) => String(n).padStart(width, "0")

/**
 * Days in a month of the proleptic Gregorian calendar. Use it to check that a day exists.
 * @example
 * daysInMonth(2024, 2) // 29
 * @since 0.1.0
 * @category helpers
 */
export const daysInMonth = (y: number, m: number): number => {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(m) ? 30 : 31
}

/**
 * Days since 1970-01-01 of a calendar day in the proleptic Gregorian calendar (pure arithmetic, no
 * clock, correct for every year including 0–99, which `Date.UTC` would move to the 1900s).
 * @example
 * epochDay(1970, 1, 2) // 1
 * @since 0.1.0
 * @category helpers
 */
export const epochDay = (y: number, m: number, d: number): number => {
  const shifted = m <= 2 ? y - 1 : y
  const era = Math.floor(shifted / 400)
  const yearOfEra = shifted - era * 400
  const monthFromMarch = (m + 9) % 12
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + d - 1
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/**
 * The calendar day of a count of days since 1970-01-01; the inverse of `epochDay`. Use it to turn
 * day arithmetic back into a date.
 * @example
 * fromEpochDay(0) // { _tag: "Day", year: 1970, month: 1, day: 1 }
 * @since 0.1.0
 * @category helpers
 */
export const fromEpochDay = (epoch: number): DayDate => {
  const z = Math.floor(epoch) + 719_468
  const era = Math.floor(z / 146_097)
  const dayOfEra = z - era * 146_097
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  )
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100))
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153)
  const d = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1
  const m = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
  return day(yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
}

const firstOfPoint = (p: DatePoint): number => {
  switch (p._tag) {
    case "Day":
      return epochDay(p.year, p.month, p.day)
    case "Month":
      return epochDay(p.year, p.month, 1)
    case "Year":
      return p.part === "mid"
        ? epochDay(p.year, 5, 1)
        : p.part === "late"
          ? epochDay(p.year, 9, 1)
          : epochDay(p.year, 1, 1)
  }
}
const lastOfPoint = (p: DatePoint): number => {
  switch (p._tag) {
    case "Day":
      return epochDay(p.year, p.month, p.day)
    case "Month":
      return epochDay(p.year, p.month, daysInMonth(p.year, p.month))
    case "Year":
      return p.part === "early"
        ? epochDay(p.year, 4, 30)
        : p.part === "mid"
          ? epochDay(p.year, 8, 31)
          : epochDay(p.year, 12, 31)
  }
}

/**
 * The first day a reported date can mean, in days since 1970-01-01. Use it to sort and to test
 * overlap; `2025-03` starts on 2025-03-01.
 * @example
 * firstDay(month(2025, 3)) === epochDay(2025, 3, 1) // true
 * @since 0.1.0
 * @category helpers
 */
export const firstDay = (date: ReportedDate): number =>
  date._tag === "Range" ? firstOfPoint(date.start) : firstOfPoint(date)

/**
 * The last day a reported date can mean, in days since 1970-01-01. Use it with `firstDay` to
 * test whether one date lies within another.
 * @example
 * lastDay(month(2025, 3)) === epochDay(2025, 3, 31) // true
 * @since 0.1.0
 * @category helpers
 */
export const lastDay = (date: ReportedDate): number =>
  date._tag === "Range" ? lastOfPoint(date.end) : lastOfPoint(date)

/**
 * The middle of a reported date as a fractional year (2022 → 2022.5; 2017–2021 → about 2019.5).
 * Use it to measure spans between dates of different precision, for CAGR.
 * @example
 * midpointYear(year(2024)) - midpointYear(year(2022)) // 2
 * @since 0.1.0
 * @category helpers
 */
export const midpointYear = (date: ReportedDate): number => {
  const mid = (firstDay(date) + lastDay(date) + 1) / 2
  const y = fromEpochDay(mid).year
  const start = epochDay(y, 1, 1)
  const length = epochDay(y + 1, 1, 1) - start
  return y + (mid - start) / length
}

/**
 * The calendar year a date starts in. Use it to count anniversaries ("33 năm" since 1992).
 * @example
 * startYear(range(year(2017), year(2021))) // 2017
 * @since 0.1.0
 * @category helpers
 */
export const startYear = (date: ReportedDate): number =>
  date._tag === "Range" ? date.start.year : date.year

/**
 * The calendar year a date ends in.
 * @example
 * endYear(range(year(2017), year(2021))) // 2021
 * @since 0.1.0
 * @category helpers
 */
export const endYear = (date: ReportedDate): number =>
  date._tag === "Range" ? date.end.year : date.year

/**
 * Orders dates by first day, then by last day. Use it with `Array.sort`.
 * @example
 * [b, a].sort(compareDates)
 * @since 0.1.0
 * @category helpers
 */
export const compareDates = (a: ReportedDate, b: ReportedDate): number =>
  firstDay(a) - firstDay(b) || lastDay(a) - lastDay(b)

/**
 * The precision of a date: `day`, `month`, `year`, `year-part` or `range`. Use it to say how
 * exact a figure derived from the date is.
 * @example
 * precisionOf(month(2009, 3)) // "month"
 * @since 0.1.0
 * @category helpers
 */
export const precisionOf = (
  date: ReportedDate,
): "day" | "month" | "year" | "year-part" | "range" =>
  date._tag === "Range"
    ? "range"
    : date._tag === "Year"
      ? date.part === undefined
        ? "year"
        : "year-part"
      : date._tag === "Day"
        ? "day"
        : "month"

const pointIso = (p: DatePoint): string => {
  switch (p._tag) {
    case "Day":
      return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`
    case "Month":
      return `${pad(p.year, 4)}-${pad(p.month, 2)}`
    case "Year":
      return pad(p.year, 4)
  }
}

/**
 * Prints a date in ISO 8601: `2025`, `2025-03`, `2025-03-06`, `2025-05-05/2025-05-07`.
 * A part of a year prints as its year, since ISO 8601 has no "mid-year"; use `formatReported`
 * to keep the part.
 * @example
 * formatIso(range(day(2025, 5, 5), day(2025, 5, 7))) // "2025-05-05/2025-05-07"
 * @since 0.1.0
 * @category printers
 */
export const formatIso = (date: ReportedDate): string =>
  date._tag === "Range" ? `${pointIso(date.start)}/${pointIso(date.end)}` : pointIso(date)

/**
 * Prints a date in the dataset's form: ISO 8601, with a part of a year as `mid-2025`.
 * `parseReported` reads it back.
 * @example
 * formatReported(year(2025, "mid")) // "mid-2025"
 * @since 0.1.0
 * @category printers
 */
export const formatReported = (date: ReportedDate): string =>
  date._tag === "Year" && date.part !== undefined
    ? `${date.part}-${pad(date.year, 4)}`
    : formatIso(date)

/** A date point read from `text`, or the one-line message saying what was expected. */
const readPoint = (input: string, text: string): DatePoint | string => {
  const part = /^(early|mid|late)-(\d{4})$/.exec(text)
  if (part) return year(Number(part[2]), part[1] as YearPart)
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text)
  if (!m) {
    return `expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or START/END) or mid-YYYY, got "${input}"`
  }
  const y = Number(m[1])
  if (m[2] === undefined) return year(y)
  const mo = Number(m[2])
  if (mo < 1 || mo > 12) return `month ${m[2]} does not exist: expected 01 to 12`
  if (m[3] === undefined) return month(y, mo)
  const d = Number(m[3])
  if (d < 1 || d > daysInMonth(y, mo)) {
    return `${text} does not exist: ${pad(y, 4)}-${m[2]} has ${daysInMonth(y, mo)} days`
  }
  return day(y, mo, d)
}

/**
 * Reads a date in the dataset's form (ISO 8601, or `mid-2025`), checking that the day exists and
 * that a range is in order; returns the date, or a one-line message saying what was expected. Use
 * it where the `effect` schemas are not loaded; `parseReported` gives the same answer as an
 * `Either` with a `DateParseError`.
 * @example
 * readReported("2025-03") // { _tag: "Month", year: 2025, month: 3 }
 * readReported("2024-02-30") // "2024-02-30 does not exist: 2024-02 has 29 days"
 * @since 0.1.0
 * @category parsers
 */
export const readReported = (input: string): ReportedDate | string => {
  const text = input.trim()
  const pieces = text.split("/")
  if (pieces.length === 1) return readPoint(input, text)
  if (pieces.length !== 2) return `expected at most one "/" in a date range, got "${input}"`
  const start = readPoint(input, pieces[0] ?? "")
  if (typeof start === "string") return start
  const end = readPoint(input, pieces[1] ?? "")
  if (typeof end === "string") return end
  if (start._tag === "Year" && start.part !== undefined) {
    return "a range cannot start with a part of a year"
  }
  if (end._tag === "Year" && end.part !== undefined)
    return "a range cannot end with a part of a year"
  if (firstOfPoint(start) > firstOfPoint(end) || lastOfPoint(start) > lastOfPoint(end)) {
    return `range ${text} is reversed: expected the start before the end`
  }
  if (firstOfPoint(start) === firstOfPoint(end) && lastOfPoint(start) === lastOfPoint(end)) {
    return `range ${text} starts and ends on the same date: write it as one date`
  }
  return range(start, end)
}
