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

/** What an indicator measures. @since 0.1.0 @category schemas */
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
/** @since 0.1.0 @category models */
export type IndicatorKind = typeof IndicatorKind.Type

/**
 * How an observation relates to its date: `annual` (the year's total), `period-average` (a yearly
 * average over a range: "2017–2021: 1,36 triệu USD/năm"), `level` (the level at a point in time,
 * such as flights per week), `cumulative` (a stock up to a date: registered FDI as of 31/10/2024).
 * @since 0.1.0
 * @category schemas
 */
export const ObservationBasis = Schema.Literal("annual", "period-average", "level", "cumulative")
/** @since 0.1.0 @category models */
export type ObservationBasis = typeof ObservationBasis.Type

/** A rank among others ("83/148": position 83 of 148). @since 0.1.0 @category schemas */
export const Rank = Schema.Struct({
  position: Schema.Int.pipe(Schema.positive()),
  of: Schema.Int.pipe(Schema.positive()),
}).pipe(
  Schema.filter(
    (r) => r.position <= r.of || `expected a rank position of at most ${r.of}, got ${r.position}`,
  ),
)
/** @since 0.1.0 @category models */
export type Rank = typeof Rank.Type

/**
 * One observation of a series. `date` is absent when the source says only "now" ("hiện có"); it is
 * then read as of the source's date.
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
/** @since 0.1.0 @category models */
export type Observation = typeof Observation.Type

/**
 * A series of observations of one indicator for one relation. `from` and `to` give its direction
 * where it has one (arrivals from KZ to VN; investment from KG into VN).
 * @example
 * // see packages/data/dataset/relations/vn-kg/indicators.yaml
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
/** @since 0.1.0 @category models */
export type IndicatorSeries = typeof IndicatorSeries.Type
