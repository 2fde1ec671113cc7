/**
 * Growth of an indicator: the change between two figures, the compound annual growth rate (CAGR)
 * between two dated figures, multiples ("more than doubled"), and every such metric of a series at
 * once. Every function is total: a growth that cannot be computed is a tagged `Undefined` value,
 * never `NaN` or `Infinity`.
 *
 * @since 0.1.0
 */
import { compareDates, endYear, midpointYear, startYear } from "../model/Calendar"
import type { IndicatorSeries, Observation, ObservationBasis } from "../model/Indicator"
import { comparisonClass, periodEndMonth, periodKind } from "../model/ObservationPeriods"
import type { Quantity } from "../model/Quantity"
import { isApproximate, pointValue } from "../model/QuantityValue"
import type { ReportedDate } from "../model/ReportedDate"
import type { Growth, UndefinedReason } from "./GrowthSchema"

export type { Growth, UndefinedReason } from "./GrowthSchema"

/**
 * Builds a defined growth. A rate that is not finite becomes `Undefined` ("zero-base"), so a
 * `Rate` always holds a finite number.
 * @example
 * growthRateOf(0.8) // { _tag: "Rate", rate: 0.8, approximate: false }
 * @since 0.1.0
 * @category constructors
 */
export const growthRateOf = (rate: number, approximate = false): Growth =>
  Number.isFinite(rate) ? { _tag: "Rate", rate, approximate } : undefinedGrowth("zero-base")

/**
 * Builds an undefined growth with its reason.
 * @example
 * undefinedGrowth("missing") // { _tag: "Undefined", reason: "missing" }
 * @since 0.1.0
 * @category constructors
 */
export const undefinedGrowth = (reason: UndefinedReason): Growth => ({ _tag: "Undefined", reason })

/**
 * Whether a growth is defined. Use it to narrow before reading `rate`.
 * @example
 * const g = growthRate(a, b)
 * if (isRate(g)) console.log(g.rate)
 * @since 0.1.0
 * @category guards
 */
export const isRate = (g: Growth): g is Extract<Growth, { _tag: "Rate" }> => g._tag === "Rate"

/**
 * Whether two quantities can be compared: the same unit, and the same rate period when both have
 * one (an annual total and a "USD/năm" average compare; "USD/năm" and "USD/tháng" do not).
 * @example
 * comparable(quantity(1, "USD"), quantity(2, "visitors")) // false
 * @since 0.1.0
 * @category helpers
 */
export const comparable = (a: Quantity, b: Quantity): boolean =>
  a.unit === b.unit && (a.per === undefined || b.per === undefined || a.per === b.per)

/**
 * The change from one figure to another, as a fraction: `to / from - 1`. Ranges count as their
 * middle. Use it for "tăng 80%".
 * @example
 * growthRate(quantity(7_500_000, "USD"), quantity(13_500_000, "USD"))
 * // { _tag: "Rate", rate: 0.8, approximate: false }
 * @since 0.1.0
 * @category metrics
 */
export const growthRate = (from: Quantity, to: Quantity): Growth => {
  if (!comparable(from, to)) return undefinedGrowth("missing")
  const base = pointValue(from)
  if (base === 0) return undefinedGrowth("zero-base")
  return growthRateOf(pointValue(to) / base - 1, isApproximate(from) || isApproximate(to))
}

/**
 * How many times the second figure is the first: `to / from`, or `undefined` when the first is
 * zero or the two are not comparable. Use it for "gấp đôi", "more than doubled".
 * @example
 * multiple(quantity(62_500, "visitors"), quantity(150_000, "visitors")) // 2.4
 * @since 0.1.0
 * @category metrics
 */
export const multiple = (from: Quantity, to: Quantity): number | undefined => {
  if (!comparable(from, to)) return undefined
  const base = pointValue(from)
  if (base === 0) return undefined
  const ratio = pointValue(to) / base
  return Number.isFinite(ratio) ? ratio : undefined
}

/**
 * A dated figure: an `Observation` fits. A `basis` of `period-average` marks a CAGR
 * approximate, since a mean stands in for the value at the period's middle.
 * @example
 * const point: DatedQuantity = { date: year(2024), value: quantity(13_500_000, "USD") }
 * @since 0.1.0
 * @category models
 */
export interface DatedQuantity {
  readonly date: ReportedDate
  readonly value: Quantity
  readonly basis?: ObservationBasis
}

/** The shortest span, in years, over which an annual rate is computed (one day). */
const MIN_YEARS = 1 / 366

/**
 * The compound annual growth rate between two dated figures: `(to / from) ^ (1 / years) - 1`,
 * where `years` is the distance between the middles of the two dates (2022 → 2024 is 2 years;
 * a period average 2017–2021 stands at mid-2019). When `to` is earlier than `from`, the result is
 * still the series' forward rate.
 * @example
 * cagr(
 *   { date: year(2022), value: quantity(4_500_000, "USD") },
 *   { date: year(2024), value: quantity(13_500_000, "USD") },
 * ) // { _tag: "Rate", rate: 0.732..., approximate: false }
 * @since 0.1.0
 * @category metrics
 */
export const cagr = (from: DatedQuantity, to: DatedQuantity): Growth =>
  cagrOver(from, to, midpointYear(to.date) - midpointYear(from.date))

/** The CAGR between two figures `years` apart. */
const cagrOver = (
  from: Pick<DatedQuantity, "value" | "basis">,
  to: Pick<DatedQuantity, "value" | "basis">,
  years: number,
): Growth => {
  if (!comparable(from.value, to.value)) return undefinedGrowth("missing")
  if (!Number.isFinite(years) || Math.abs(years) < MIN_YEARS) return undefinedGrowth("same-period")
  const base = pointValue(from.value)
  if (base === 0) return undefinedGrowth("zero-base")
  const ratio = pointValue(to.value) / base
  if (!Number.isFinite(ratio)) return undefinedGrowth("zero-base")
  const rate = ratio ** (1 / years) - 1
  if (!Number.isFinite(rate)) return undefinedGrowth("same-period")
  const approximate =
    isApproximate(from.value) ||
    isApproximate(to.value) ||
    from.basis === "period-average" ||
    to.basis === "period-average"
  return growthRateOf(rate, approximate)
}

/**
 * Applies a growth to a figure: `value × (1 + rate)`, or `undefined` when the growth is undefined.
 * It inverts `growthRate`: applying the growth from a to b to a's value gives b's value back.
 * @example
 * applyGrowth(7_500_000, growthRateOf(0.8)) // 13_500_000
 * @since 0.1.0
 * @category metrics
 */
export const applyGrowth = (value: number, growth: Growth): number | undefined =>
  growth._tag === "Rate" ? value * (1 + growth.rate) : undefined

/**
 * An observation with its date: what `seriesMetrics` returns in `points`, `yoy` and `spans`. It
 * fits `cagr` and `growthRate` as it is.
 * @example
 * const { points } = seriesMetrics(series)
 * const first = points[0]
 * const last = points.at(-1)
 * if (first && last) cagr(first, last)
 * @since 0.1.0
 * @category models
 */
export type DatedObservation = Observation & { readonly date: ReportedDate }

/**
 * Growth between two consecutive calendar years of annual observations.
 * @example
 * seriesMetrics(series).yoy.map((y: YearOverYear) => formatGrowth(y.growth, "vi"))
 * @since 0.1.0
 * @category models
 */
export interface YearOverYear {
  readonly from: DatedObservation
  readonly to: DatedObservation
  readonly growth: Growth
}

/**
 * The change and the CAGR between two dated points of a series; `years` between their middles.
 * @example
 * seriesMetrics(series).spans.filter((s: GrowthSpan) => s.years >= 2)
 * @since 0.1.0
 * @category models
 */
export interface GrowthSpan {
  readonly from: DatedObservation
  readonly to: DatedObservation
  readonly years: number
  readonly change: Growth
  readonly cagr: Growth
}

/**
 * Calendar years missing from a series: nothing was observed strictly between `afterYear` and
 * `beforeYear`.
 * @example
 * seriesMetrics(flights).gaps // [{ afterYear: 2022, beforeYear: 2025 }]
 * @since 0.1.0
 * @category models
 */
export interface SeriesGap {
  readonly afterYear: number
  readonly beforeYear: number
}

/**
 * Every growth metric of one series.
 * - `points`: the dated observations, sorted by date, a part of a year before its whole year
 *   (undated ones are in `undated`).
 * - `yoy`: growth between consecutive calendar years, like with like: a full year with the year
 *   before, a part of a year (`period`) with the same part a year earlier. Averages and levels
 *   are never points of year-over-year growth.
 * - `spans`: change and CAGR between every pair of points of the same class (`comparisonClass`),
 *   earlier first: a part-year is never paired with a full year.
 * - `overall`: change and CAGR from the first whole-period point to the last (or, in a series of
 *   parts only, between the same parts); absent with fewer than two.
 * - `latest`: the latest dated point; without one, the last undated observation.
 * - `gaps`: runs of calendar years no point covers.
 * @example
 * const { latest, yoy, overall } = seriesMetrics(series)
 * @since 0.1.0
 * @category models
 */
export interface SeriesMetrics {
  readonly series: IndicatorSeries
  readonly points: ReadonlyArray<DatedObservation>
  readonly undated: ReadonlyArray<Observation>
  readonly yoy: ReadonlyArray<YearOverYear>
  readonly spans: ReadonlyArray<GrowthSpan>
  readonly overall?: GrowthSpan
  readonly latest?: Observation
  readonly gaps: ReadonlyArray<SeriesGap>
}

const isDated = (o: Observation): o is DatedObservation => o.date !== undefined

/** Change and CAGR between two dated points, `years` between the middles of their dates. */
const spanOf = (from: DatedObservation, to: DatedObservation): GrowthSpan => {
  const years = midpointYear(to.date) - midpointYear(from.date)
  return {
    from,
    to,
    years,
    change: growthRate(from.value, to.value),
    cagr: cagrOver(from, to, years),
  }
}

/** The year of a full-year or part-year observation: the points of year-over-year growth. */
const calendarYearOf = (o: Observation): number | undefined => {
  const kind = periodKind(o)
  return (kind === "full-year" || kind === "part-year") && o.date?._tag === "Year"
    ? o.date.year
    : undefined
}

/** Orders dated observations by date; within one date, a part of the year before the whole. */
const compareObservations = (a: DatedObservation, b: DatedObservation): number =>
  compareDates(a.date, b.date) || periodEndMonth(a.period) - periodEndMonth(b.period)

/**
 * The points `overall` spans: the whole-period points (full years, averages, levels) when there
 * are two or more, else the points of the latest one's class.
 */
const overallPoints = (
  points: ReadonlyArray<DatedObservation>,
): ReadonlyArray<DatedObservation> => {
  const whole = points.filter((p) => comparisonClass(p) === "whole")
  if (whole.length > 1) return whole
  const last = points[points.length - 1]
  return last === undefined
    ? []
    : points.filter((p) => comparisonClass(p) === comparisonClass(last))
}

/**
 * The observation a headline shows as a series' latest figure: the latest whole-period one (a
 * full year, an average, a level), or, when the series has none, its latest part-year figure. A
 * part-year figure is never put beside another relation's full year.
 * @example
 * latestWhole(seriesMetrics(trade).points)?.date // year(2024) even when H1 2025 follows
 * @since 0.3.0
 * @category metrics
 */
export const latestWhole = (
  points: ReadonlyArray<DatedObservation>,
): DatedObservation | undefined =>
  points.filter((p) => comparisonClass(p) === "whole").at(-1) ?? points.at(-1)

/**
 * Computes every growth metric of a series: year-over-year growth, change and CAGR between every
 * pair of dated points, the latest point, and the years missing. Use it to show or check a series.
 * @example
 * const m = seriesMetrics(kgTrade)
 * m.yoy.map((y) => y.growth) // [+66.7%, +80%]
 * m.spans.find((s) => s.years === 2)?.cagr // +73.2%
 * @since 0.1.0
 * @category metrics
 */
export const seriesMetrics = (series: IndicatorSeries): SeriesMetrics => {
  const dated: Array<{
    readonly o: DatedObservation
    readonly date: ReportedDate
    readonly mid: number
  }> = []
  const undated: Array<Observation> = []
  for (const o of series.observations) {
    if (isDated(o)) dated.push({ o, date: o.date, mid: midpointYear(o.date) })
    else undated.push(o)
  }
  dated.sort((a, b) => compareObservations(a.o, b.o))
  const points = dated.map((p) => p.o)

  // Year over year, like with like: a full year with the year before, a part of a year with the
  // same part a year earlier. Averages and points are not points of annual growth.
  const byClassYear = new Map<string, DatedObservation>()
  for (const o of points) {
    const y = calendarYearOf(o)
    const key = `${comparisonClass(o)}\u0000${y}`
    if (y !== undefined && !byClassYear.has(key)) byClassYear.set(key, o)
  }
  const yoy: Array<YearOverYear> = []
  for (const to of points) {
    const y = calendarYearOf(to)
    if (y === undefined || byClassYear.get(`${comparisonClass(to)}\u0000${y}`) !== to) continue
    const from = byClassYear.get(`${comparisonClass(to)}\u0000${y - 1}`)
    if (from !== undefined) yoy.push({ from, to, growth: growthRate(from.value, to.value) })
  }

  const spans: Array<GrowthSpan> = []
  for (let i = 0; i < dated.length; i++) {
    for (let j = i + 1; j < dated.length; j++) {
      const a = dated[i]
      const b = dated[j]
      if (a !== undefined && b !== undefined && comparisonClass(a.o) === comparisonClass(b.o)) {
        spans.push(spanOf(a.o, b.o))
      }
    }
  }

  const covered = new Set<number>()
  for (const { date } of dated) {
    const first = startYear(date)
    const last = endYear(date)
    for (let y = first; y <= last && y - first < 10_000; y++) covered.add(y)
  }
  const years = [...covered].sort((a, b) => a - b)
  const gaps: Array<SeriesGap> = []
  for (let i = 1; i < years.length; i++) {
    const before = years[i]
    const after = years[i - 1]
    if (before !== undefined && after !== undefined && before - after > 1) {
      gaps.push({ afterYear: after, beforeYear: before })
    }
  }

  const spanned = overallPoints(points)
  const first = spanned[0]
  const last = spanned[spanned.length - 1]
  const overall =
    first !== undefined && last !== undefined && spanned.length > 1
      ? spanOf(first, last)
      : undefined
  const latest = points[points.length - 1] ?? undated[undated.length - 1]
  return {
    series,
    points,
    undated,
    yoy,
    spans,
    ...(overall !== undefined ? { overall } : {}),
    ...(latest !== undefined ? { latest } : {}),
    gaps,
  }
}

/**
 * The change and the CAGR of a series from its first dated point to its last, in one call; or
 * `undefined` when it has fewer than two dated points. Undated observations are left out. The
 * growth values follow `growthRate` and `cagr`: `Undefined` with a reason on a zero base, two
 * points of the same period, or figures in different units.
 * @example
 * const g = overallGrowth(trade)
 * if (g) console.log(formatGrowth(g.change, "en"), formatGrowth(g.cagr, "en")) // "+50%" "+22.5%"
 * @since 0.1.0
 * @category metrics
 */
export const overallGrowth = (series: IndicatorSeries): GrowthSpan | undefined => {
  const points = overallPoints(series.observations.filter(isDated).sort(compareObservations))
  const first = points[0]
  const last = points[points.length - 1]
  return first !== undefined && last !== undefined && points.length > 1
    ? spanOf(first, last)
    : undefined
}
