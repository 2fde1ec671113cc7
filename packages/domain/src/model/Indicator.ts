/**
 * Indicators as time series: trade, tourist arrivals, flights per week, investment, diaspora.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { IndicatorId, OrganisationId, RelationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Provenances } from "./Provenance"
import { Quantity } from "./Quantity"
import { ReportedDate } from "./ReportedDate"

export * from "./ObservationPeriods"
export * from "./Reports"

/**
 * What an indicator measures: trade, exports, imports, tourist arrivals, flights, FDI capital or
 * projects, investing enterprises, diaspora, other.
 * @example
 * Schema.decodeUnknownSync(IndicatorKind)("tourist-arrivals")
 * @since 0.1.0
 * @category schemas
 */
export const IndicatorKind = Schema.Literal(
  "trade",
  "exports",
  "imports",
  "tourist-arrivals",
  "flights",
  "fdi-capital",
  "fdi-projects",
  "investment-enterprises",
  "diaspora",
  "other",
)
/**
 * A kind of indicator.
 * @example
 * const k: IndicatorKind = "trade"
 * @since 0.1.0
 * @category models
 */
export type IndicatorKind = typeof IndicatorKind.Type

/**
 * How an observation relates to its date: `annual` (the year's total), `period-average` (a yearly
 * average over a range: "2017–2021: 1,36 triệu USD/năm"), `level` (the level at a point in time,
 * such as flights per week), `cumulative` (a stock up to a date: registered FDI as of 31/10/2024).
 * @example
 * Schema.decodeUnknownSync(ObservationBasis)("period-average")
 * @since 0.1.0
 * @category schemas
 */
export const ObservationBasis = Schema.Literal("annual", "period-average", "level", "cumulative")
/**
 * A basis of observation.
 * @example
 * const b: ObservationBasis = "level"
 * @since 0.1.0
 * @category models
 */
export type ObservationBasis = typeof ObservationBasis.Type

/**
 * A rank among others ("83/148": position 83 of 148).
 * @example
 * Schema.decodeUnknownSync(Rank)({ position: 83, of: 148 })
 * @since 0.1.0
 * @category schemas
 */
export const Rank = Schema.Struct({
  position: Schema.Int.pipe(Schema.positive()),
  of: Schema.Int.pipe(Schema.positive()),
}).pipe(
  Schema.filter(
    (r) => r.position <= r.of || `expected a rank position of at most ${r.of}, got ${r.position}`,
  ),
)
/**
 * A rank, decoded.
 * @example
 * const text = (r: Rank) => `${r.position}/${r.of}`
 * @since 0.1.0
 * @category models
 */
export type Rank = typeof Rank.Type

const between = (min: number, max: number, what: string) =>
  Schema.Int.pipe(
    Schema.between(min, max, { message: () => `expected ${what} from ${min} to ${max}` }),
  )

/**
 * The part of a year an observation covers, when it is not the whole year: the first N months
 * ("4 tháng đầu năm 2023"), a quarter ("quý 1/2025"), a half ("6 tháng đầu năm 2018") or the
 * year to a day ("từ đầu năm đến 31/3"). The observation's `date` is then the year (`"2018"`) and
 * its basis `annual`. Growth compares it only with the same part of another year.
 * @example
 * Schema.decodeUnknownSync(ObservationPeriod)({ _tag: "FirstMonths", months: 4 })
 * Schema.decodeUnknownSync(ObservationPeriod)({ _tag: "Half", half: 1 })
 * @since 0.3.0
 * @category schemas
 */
export const ObservationPeriod = Schema.Union(
  Schema.TaggedStruct("FirstMonths", { months: between(1, 11, "a number of months") }),
  Schema.TaggedStruct("Quarter", { quarter: between(1, 4, "a quarter") }),
  Schema.TaggedStruct("Half", { half: between(1, 2, "a half") }),
  Schema.TaggedStruct("YearToDate", {
    month: between(1, 12, "a month"),
    day: between(1, 31, "a day of the month"),
  }),
)
/**
 * A part of a year, decoded; `partLabel` names it, `partKey` keys it.
 * @example
 * const q1: ObservationPeriod = { _tag: "Quarter", quarter: 1 }
 * @since 0.3.0
 * @category models
 */
export type ObservationPeriod = typeof ObservationPeriod.Type

/**
 * Who reported a figure: an organisation of the dataset (a customs office, a ministry, a
 * statistics agency), or a name (a news outlet, an agency not listed), or both.
 * @example
 * const r: typeof Reporter.Encoded = { name: { vi: "Tổng cục Hải quan", en: "Vietnam Customs" } }
 * @since 0.3.0
 * @category schemas
 */
export const Reporter = Schema.Struct({
  organisation: Schema.optional(OrganisationId),
  name: Schema.optional(LocalizedText),
}).pipe(
  Schema.filter((r) =>
    r.organisation !== undefined || r.name !== undefined
      ? undefined
      : "expected a reporter with an organisation id, a name, or both",
  ),
)
/**
 * A reporter, decoded.
 * @example
 * const label = (r: Reporter) => (r.name ? localize(r.name, "en") : r.organisation)
 * @since 0.3.0
 * @category models
 */
export type Reporter = typeof Reporter.Type

/**
 * Another report of an observation's figure: who reported it, the value as they gave it (with its
 * wording in `value.reported`), and where it is said. An observation's own `value` and
 * `provenance` are its main report, the one metrics use; `otherReports` lists the rest, so a
 * client can show the spread and a claim can be checked against the report its source gives.
 * @example
 * const r: typeof ObservationReport.Encoded = {
 *   reporter: { name: { en: "A news agency" } },
 *   value: { value: 800_000_000, unit: "USD", reported: "800 triệu USD" },
 *   provenance,
 * }
 * @since 0.3.0
 * @category schemas
 */
export const ObservationReport = Schema.Struct({
  reporter: Reporter,
  value: Quantity,
  provenance: Provenances,
})
/**
 * Another report of a figure, decoded.
 * @example
 * const values = (o: Observation) => (o.otherReports ?? []).map((r: ObservationReport) => r.value)
 * @since 0.3.0
 * @category models
 */
export type ObservationReport = typeof ObservationReport.Type

/**
 * One observation of a series. `date` is absent when the source says only "now" ("hiện có"); it is
 * then read as of the source's date. `basis` defaults to `annual`. `period` marks a part of the
 * year (the first 6 months of 2018: `date: "2018"`, `period: { _tag: FirstMonths, months: 6 }`);
 * a yearly average over years is `basis: period-average` with a range of years as its date.
 * `reporter` names who gave the figure and `otherReports` holds other reports of it.
 * @example
 * const o: typeof Observation.Encoded = { date: "2024", value: { value: 13_500_000, unit: "USD" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Observation = Schema.Struct({
  date: Schema.optional(ReportedDate),
  value: Quantity,
  basis: Schema.optionalWith(ObservationBasis, { default: () => "annual" as const }),
  /** Part of the year only; `date` is then a year and `basis` annual. @since 0.3.0 */
  period: Schema.optional(ObservationPeriod),
  rank: Schema.optional(Rank),
  /** Who gave `value` (the main report), when the source names them. @since 0.3.0 */
  reporter: Schema.optional(Reporter),
  /** Other reports of the same figure; metrics use `value`. @since 0.3.0 */
  otherReports: Schema.optional(Schema.Array(ObservationReport)),
  provenance: Provenances,
}).pipe(
  Schema.filter((o) => {
    if (o.period === undefined) return undefined
    if (o.date?._tag !== "Year" || o.date.part !== undefined) {
      return {
        path: ["period"],
        message:
          'expected the date of a part-year observation to be its year, such as "2018", with period saying which part',
      }
    }
    if (o.basis !== "annual") {
      return {
        path: ["period"],
        message: `expected a part-year observation on the annual basis (a total over the part), not ${o.basis}`,
      }
    }
    return undefined
  }),
)
/**
 * An observation, decoded.
 * @example
 * const label = (o: Observation) => formatQuantity(o.value, "vi")
 * @since 0.1.0
 * @category models
 */
export type Observation = typeof Observation.Type

/**
 * A series of observations of one indicator for one relation. `from` and `to` give its direction
 * where it has one (arrivals from KZ to VN; investment from KG into VN).
 * @example
 * const s: typeof IndicatorSeries.Encoded = {
 *   id: "kz-vn-arrivals", relation: "vn-kz", kind: "tourist-arrivals", title: { en: "Kazakh visitors" },
 *   from: "KZ", to: "VN",
 *   observations: [
 *     { date: "2023", value: { value: 62_500, unit: "visitors" }, provenance },
 *     { date: "2024", value: { value: 150_000, unit: "visitors" }, provenance },
 *   ],
 * }
 * @since 0.1.0
 * @category schemas
 */
export const IndicatorSeries = Schema.Struct({
  id: IndicatorId,
  relation: RelationId,
  kind: IndicatorKind,
  title: LocalizedText,
  from: Schema.optional(CountryCode),
  to: Schema.optional(CountryCode),
  observations: Schema.NonEmptyArray(Observation),
})
/**
 * A series, decoded; pass it to `seriesMetrics`.
 * @example
 * const growth = (s: IndicatorSeries) => seriesMetrics(s).yoy
 * @since 0.1.0
 * @category models
 */
export type IndicatorSeries = typeof IndicatorSeries.Type
