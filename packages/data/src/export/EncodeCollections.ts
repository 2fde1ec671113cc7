/**
 * Encodes any subset of a dataset's collections with the domain's schemas, the same way the
 * dataset files and the interchange format write them; and takes the snapshot of a loaded dataset
 * that the `/snapshot` entry indexes without the schemas.
 *
 * @since 0.1.0
 */
import { type Dataset, Dataset as DatasetSchema } from "@bilateral/domain"
import { Schema } from "effect"
import type { BilateralIndex } from "../BilateralIndex"
import type { DatasetSnapshot } from "../SnapshotIndex"

/** The encoded (JSON) form of a whole dataset. */
export type EncodedDataset = typeof DatasetSchema.Encoded

// Decoded on first use rather than at import: a program that imports this module to print JSON
// from a snapshot never calls it.
let empty: Dataset | undefined

/**
 * Encodes the collections given; the others come back empty.
 * @example
 * encodeCollections({ events: facts.events }).events
 */
export const encodeCollections = (part: Partial<Dataset>): EncodedDataset => {
  empty ??= Schema.decodeUnknownSync(DatasetSchema)({})
  return Schema.encodeSync(DatasetSchema)({ ...empty, ...part })
}

/**
 * The snapshot of a loaded, checked dataset: the decoded dataset, its encoding and what it says it
 * is about. Written as JSON (a build embeds it), it is read back with `indexSnapshot` from
 * `@bilateral/data/snapshot`, which answers queries and encodes JSON without the schemas.
 * @example
 * const text = JSON.stringify(snapshotOf(loadEmbeddedSync()))
 */
export const snapshotOf = (index: BilateralIndex): DatasetSnapshot => ({
  dataset: index.dataset,
  encoded: encodeCollections(index.dataset),
  ...(index.about === undefined ? {} : { about: index.about }),
})
