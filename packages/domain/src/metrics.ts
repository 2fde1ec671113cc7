/**
 * @bilateral/domain/metrics: growth and CAGR, visit counts, relation age and anniversaries, claim
 * checks and the comparison of two relations, on values already decoded (by `Dataset` from the
 * main entry, or built by your own code). Use it where the schemas are not needed, such as a
 * browser page that receives decoded data: this entry builds no `Schema`, so a bundle that imports
 * it stays small. The package's main entry exports the same functions.
 *
 * @example
 * import { cagr } from "@bilateral/domain/metrics"
 * cagr(
 *   { date: { _tag: "Year", year: 2022 }, value: { value: 8e9, unit: "USD" } },
 *   { date: { _tag: "Year", year: 2024 }, value: { value: 1.2e10, unit: "USD" } },
 * ) // { _tag: "Rate", rate: 0.2247…, approximate: false }
 * @since 0.1.0
 */
export * from "./metrics/Claims"
export * from "./metrics/Compare"
export * from "./metrics/Growth"
export * from "./metrics/RelationAge"
export * from "./metrics/Visits"
