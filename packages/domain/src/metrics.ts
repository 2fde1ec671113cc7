/**
 * @bilateral/domain/metrics: growth and CAGR, visit counts, relation age and anniversaries, claim
 * checks and the comparison of two relations, on values already decoded (by `Dataset` from the
 * main entry, or built by your own code). Use it where the schemas are not needed, such as a
 * browser page that receives decoded data: this entry builds no `Schema`, so a bundle that imports
 * it stays small. It also exports the schema-free helpers the metrics take their arguments from:
 * `day`, `month`, `year`, `range` and the other date arithmetic, `readReported` (ISO text to a
 * date), `quantity`, `pointValue`, `isApproximate`, `isTopLevel`, `isConcurrent`, `localize`, and
 * the dataset's `COLLECTIONS` with `inferSubject`. The package's main
 * entry exports the same functions.
 *
 * @example
 * import { cagr, quantity, year } from "@bilateral/domain/metrics"
 * cagr(
 *   { date: year(2022), value: quantity(8e9, "USD") },
 *   { date: year(2024), value: quantity(1.2e10, "USD") },
 * ) // { _tag: "Rate", rate: 0.2247…, approximate: false }
 * @since 0.1.0
 */
export * from "./metrics/Claims"
export * from "./metrics/Compare"
export * from "./metrics/Growth"
export * from "./metrics/RelationAge"
export * from "./metrics/StatusTimeline"
export * from "./metrics/Visits"
export * from "./model/Calendar"
export * from "./model/Collections"
export * from "./model/Embassies"
export * from "./model/Localize"
export * from "./model/ObservationPeriods"
export * from "./model/QuantityValue"
export * from "./model/Reports"
export * from "./model/TopLevels"
