/**
 * @bilateral/data/snapshot: a checked dataset's snapshot indexed and printed as JSON without the
 * loader or the schemas. The main entry loads and checks a dataset and takes its snapshot
 * (`snapshotOf`); this entry reads the snapshot back (`indexSnapshot`) and answers the same queries
 * (`BilateralIndex`, the relation views) and writes the same JSON (`encodeCollections`,
 * `encodeQuantity`, `encodeSeriesMetrics`) for its values, importing neither YAML parser nor
 * `Schema`. Use it where start-up time matters, such as a command-line program that embeds the
 * snapshot at build time.
 *
 * @example
 * import { encodeCollections, indexSnapshot } from "@bilateral/data/snapshot"
 * const index = indexSnapshot(JSON.parse(snapshotText))
 * encodeCollections({ events: index.events({ relation: "vn-kz" }) }).events
 * @since 0.1.0
 */
export * from "./BilateralIndex"
export {
  encodeDate,
  encodeGrowth,
  type GrowthJson,
  type PeriodJson,
  type PointJson,
  type QuantityJson,
  type SeriesMetricsJson,
} from "./export/SeriesJson"
export type { SearchHit } from "./Search"
export * from "./SnapshotIndex"
export type { SourcedFact } from "./SourcedFacts"
export * from "./views"
