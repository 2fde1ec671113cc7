/**
 * @bilateral/domain: a pure, generic model of the relations between two countries, with derived
 * metrics. Depends on `effect` only; does no I/O and reads no clock.
 *
 * The exports are organised by concept, one module per concept, grouped by folder:
 * - `model/`: schemas and their types (countries, dates, quantities, people, relations, events,
 *   agreements, indicators, cooperation, claims, provenance, the whole dataset);
 * - `metrics/`: growth and CAGR, visit counts, relation age and anniversaries, claim checks, and the
 *   comparison of two relations;
 * - `format/`: printing numbers, quantities, dates and growth in Vietnamese and English;
 * - `parse/`: reading the Vietnamese forms of figures and dates;
 * - `text/`: folding text for matching that ignores case, diacritics and punctuation.
 *
 * @example
 * import { Schema } from "effect"
 * import { formatGrowth, IndicatorSeries, seriesMetrics } from "@bilateral/domain"
 * const series = Schema.decodeUnknownSync(IndicatorSeries)(yaml)
 * seriesMetrics(series).yoy.map((y) => formatGrowth(y.growth, "en")) // ["+66.7%", "+80%"]
 * @since 0.1.0
 */

export * from "./format/Format"
export * from "./format/Labels"
export * from "./metrics/Claims"
export * from "./metrics/Compare"
export * from "./metrics/Growth"
export * from "./metrics/GrowthSchema"
export * from "./metrics/RelationAge"
export * from "./metrics/StatusTimeline"
export * from "./metrics/Visits"
export * from "./model/Agreement"
export * from "./model/Claim"
export * from "./model/Cooperation"
export * from "./model/Country"
export * from "./model/Dataset"
export * from "./model/Event"
export * from "./model/Id"
export * from "./model/Indicator"
export * from "./model/LocalizedText"
export * from "./model/Person"
export * from "./model/Provenance"
export * from "./model/Quantity"
export * from "./model/Relation"
export * from "./model/ReportedDate"
export * from "./parse/Change"
export * from "./parse/English"
export * from "./parse/Vietnamese"
export * from "./text/Fold"
