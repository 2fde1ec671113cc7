/**
 * Indicators as time series: trade, tourist arrivals, flights per week, investment, diaspora.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { IndicatorId, RelationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Provenances } from "./Provenance"
import { Quantity } from "./Quantity"
import { ReportedDate } from "./ReportedDate"

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

/**
 * One observation of a series. `date` is absent when the source says only "now" ("hiện có"); it is
 * then read as of the source's date. `basis` defaults to `annual`.
 * @example
 * const o: typeof Observation.Encoded = { date: "2024", value: { value: 13_500_000, unit: "USD" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Observation = Schema.Struct({
  date: Schema.optional(ReportedDate),
  value: Quantity,
  basis: Schema.optionalWith(ObservationBasis, { default: () => "annual" as const }),
  rank: Schema.optional(Rank),
  provenance: Provenances,
})
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
