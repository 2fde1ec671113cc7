/**
 * What span of time an observation covers, without the schemas: a full year, a part of a year
 * (the first N months, a quarter, a half, the year to a day) or a yearly average over several
 * years, and the rule that growth compares only like with like. `Indicator` re-exports these
 * helpers; this module builds no `Schema`, so the `metrics` entry stays small.
 *
 * @since 0.3.0
 */
import type { Lang } from "../format/Format"
import type { Observation, ObservationPeriod } from "./Indicator"
import type { ReportedDate } from "./ReportedDate"

/**
 * The span an observation covers, as the metrics and clients read it:
 * - `full-year`: a calendar year's total (the default);
 * - `part-year`: part of one year (`period` says which), compared only with the same part of
 *   another year;
 * - `average`: a yearly average over a range of years ("2017–2021: 1,36 triệu USD/năm"), never
 *   a point of year-over-year growth;
 * - `point`: a level or a stock at a date (flights per week, registered capital), or a total over
 *   any other span.
 * @example
 * periodKind(observation) === "part-year"
 * @since 0.3.0
 * @category models
 */
export type PeriodKind = "full-year" | "part-year" | "average" | "point"

/**
 * The span an observation covers. Use it to label a figure and to decide what it may be compared
 * with.
 * @example
 * periodKind({ date: year(2018), basis: "annual", period: { _tag: "Half", half: 1 }, ... }) // "part-year"
 * @since 0.3.0
 * @category helpers
 */
export const periodKind = (o: Pick<Observation, "basis" | "date" | "period">): PeriodKind => {
  if (o.period !== undefined) return "part-year"
  if (o.basis === "period-average") return "average"
  if (o.basis === "annual" && o.date?._tag === "Year" && o.date.part === undefined) {
    return "full-year"
  }
  return "point"
}

/**
 * A key naming a part of a year, the same in every year: `m6` (first 6 months), `q2`, `h1`,
 * `ytd-03-31`. Two part-year observations compare only when their keys are equal.
 * @example
 * partKey({ _tag: "Quarter", quarter: 2 }) // "q2"
 * @since 0.3.0
 * @category helpers
 */
export const partKey = (p: ObservationPeriod): string => {
  switch (p._tag) {
    case "FirstMonths":
      return `m${p.months}`
    case "Quarter":
      return `q${p.quarter}`
    case "Half":
      return `h${p.half}`
    case "YearToDate":
      return `ytd-${String(p.month).padStart(2, "0")}-${String(p.day).padStart(2, "0")}`
  }
}

/**
 * The class of figures an observation may be compared with for growth: `whole` for full years,
 * averages and points, `part:<key>` for a part of a year. Year-over-year growth, spans and CAGR
 * only pair observations of the same class, so a part-year is never compared with a full year.
 * @example
 * comparisonClass(h1of2018) // "part:h1"
 * @since 0.3.0
 * @category helpers
 */
export const comparisonClass = (o: Pick<Observation, "basis" | "date" | "period">): string =>
  o.period === undefined ? "whole" : `part:${partKey(o.period)}`

/**
 * The last month of the year a period reaches (June for the first half, December for a full
 * year). Use it to order two figures of the same year: a part before the whole.
 * @example
 * periodEndMonth({ _tag: "Quarter", quarter: 2 }) // 6
 * @since 0.3.0
 * @category helpers
 */
export const periodEndMonth = (p: ObservationPeriod | undefined): number => {
  if (p === undefined) return 12
  switch (p._tag) {
    case "FirstMonths":
      return p.months
    case "Quarter":
      return p.quarter * 3
    case "Half":
      return p.half * 6
    case "YearToDate":
      return p.month
  }
}

const pad = (n: number) => String(n).padStart(2, "0")

/**
 * The name of a part of a year in either language, without the year: "6 tháng đầu năm" / "first
 * 6 months", "quý 2" / "Q2", "6 tháng đầu năm" / "first half", "từ đầu năm đến 31/3" / "year to
 * 31 March".
 * @example
 * partLabel({ _tag: "FirstMonths", months: 4 }, "vi") // "4 tháng đầu năm"
 * @since 0.3.0
 * @category formatting
 */
export const partLabel = (p: ObservationPeriod, lang: Lang): string => {
  switch (p._tag) {
    case "FirstMonths":
      return lang === "vi"
        ? `${p.months} tháng đầu năm`
        : p.months === 1
          ? "January"
          : `first ${p.months} months`
    case "Quarter":
      return lang === "vi" ? `quý ${p.quarter}` : `Q${p.quarter}`
    case "Half":
      return lang === "vi"
        ? p.half === 1
          ? "6 tháng đầu năm"
          : "6 tháng cuối năm"
        : p.half === 1
          ? "first half"
          : "second half"
    case "YearToDate":
      return lang === "vi"
        ? `từ đầu năm đến ${p.day}/${p.month}`
        : `year to ${pad(p.day)}/${pad(p.month)}`
  }
}

const yearsOf = (date: ReportedDate | undefined): string => {
  if (date === undefined) return ""
  if (date._tag === "Range") {
    const a = date.start.year
    const b = date.end.year
    return a === b ? `${a}` : `${a}–${b}`
  }
  return `${date.year}`
}

/**
 * How a client labels the span of an observation, in either language, or `undefined` for a full
 * year or a point (whose date says it all): "6 tháng đầu năm 2018" / "first half of 2018",
 * "bình quân năm 2017–2021" / "yearly average 2017–2021".
 * @example
 * observationSpanLabel(kgTradeAverage, "en") // "yearly average 2017–2021"
 * @since 0.3.0
 * @category formatting
 */
export const observationSpanLabel = (
  o: Pick<Observation, "basis" | "date" | "period">,
  lang: Lang,
): string | undefined => {
  const kind = periodKind(o)
  if (kind === "average") {
    return lang === "vi"
      ? `bình quân năm ${yearsOf(o.date)}`.trim()
      : `yearly average ${yearsOf(o.date)}`.trim()
  }
  if (kind !== "part-year" || o.period === undefined) return undefined
  const part = partLabel(o.period, lang)
  const y = yearsOf(o.date)
  if (lang === "vi") return `${part} ${y}`.trim()
  if (o.period._tag === "Quarter") return `${part} ${y}`.trim()
  return y === "" ? part : `${part} of ${y}`
}
