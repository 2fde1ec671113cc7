/**
 * @bilateral/data: the Bilateral dataset (YAML files, embedded in this package), its loading and
 * validation, and queries over it. Load it with `loadEmbedded` (or `loadEmbeddedSync()`), or read
 * another dataset with `loadDirectory(dir)`. The
 * export formats (the interchange JSON and the facts CSV) are built here too, so every app writes
 * the same documents: `buildInterchange(dataset)`, `buildFactsCsv(dataset)`.
 *
 * @since 0.1.0
 */
export * from "./BilateralData"
export * from "./BilateralIndex"
export { ENTRY_NAMES } from "./Collections"
export { paragraphsOf, provenancesIn } from "./CrossChecks"
export { type DatasetFile, decodeFileBytes, LIMITS, type ParseMode } from "./DatasetFile"
export * from "./DatasetProblem"
export { readDatasetDirectory, readSourcesDirectory } from "./DirectoryFiles"
export * from "./export/Csv"
export * from "./export/Encode"
export * from "./export/EncodeCollections"
export * from "./export/FactsCsv"
export * from "./export/Interchange"
export * from "./IsoCountries"
export { type LoadOptions, type LoadReport, loadFiles, relationOfPath } from "./Loader"
export * from "./ProvenanceAnchor"
export type { SearchHit } from "./Search"
export type { DatasetSnapshot } from "./SnapshotIndex"
export type { SourcedFact } from "./SourcedFacts"
export * from "./views"
