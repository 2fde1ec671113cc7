/**
 * Encodes any subset of a dataset's collections with the domain's schemas, the same way the
 * dataset files and the interchange format write them.
 *
 * @since 0.1.0
 */
import { type Dataset, Dataset as DatasetSchema } from "@bilateral/domain"
import { Schema } from "effect"

/** The encoded (JSON) form of a whole dataset. */
export type EncodedDataset = typeof DatasetSchema.Encoded

const EMPTY: Dataset = Schema.decodeUnknownSync(DatasetSchema)({})

/**
 * Encodes the collections given; the others come back empty.
 * @example
 * encodeCollections({ events: facts.events }).events
 */
export const encodeCollections = (part: Partial<Dataset>): EncodedDataset =>
  Schema.encodeSync(DatasetSchema)({ ...EMPTY, ...part })
