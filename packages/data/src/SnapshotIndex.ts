/**
 * A dataset snapshot indexed without the schemas. The loader checks a dataset once (at build time,
 * for the embedded one) and `snapshotOf` writes down both its decoded form and its encoding;
 * `indexSnapshot` reads that back into a `BilateralIndex`, and the encoders here find the JSON of
 * any entry (or quantity, or part of a year) of it by looking it up in the encoding, so that the
 * JSON printed is byte for byte what the schemas would write.
 *
 * @since 0.1.0
 */
import type {
  Collection,
  Dataset,
  DatasetAbout,
  ObservationPeriod,
  Quantity,
} from "@bilateral/domain"
import { COLLECTIONS } from "@bilateral/domain/metrics"
import { type BilateralIndex, makeIndex } from "./BilateralIndex"
import type { EncodedDataset } from "./export/EncodeCollections"
import { type PeriodJson, type QuantityJson, seriesMetricsEncoder } from "./export/SeriesJson"

/**
 * A checked dataset as `snapshotOf` writes it: decoded, encoded (as the dataset files and the
 * interchange format write it), and what its dataset.yaml says it is about.
 * @since 0.1.0
 * @category models
 */
export interface DatasetSnapshot {
  readonly dataset: Dataset
  readonly encoded: EncodedDataset
  readonly about?: DatasetAbout
}

/** Each decoded object of an indexed snapshot → its encoded counterpart. */
const encodedOf = new WeakMap<object, unknown>()
/**
 * Snapshots indexed but not yet paired: most runs never encode anything, and most that do encode
 * whole entries only, so entries are paired first and the values inside them on demand.
 */
const entriesToPair: Array<DatasetSnapshot> = []
const valuesToPair: Array<{ snapshot: DatasetSnapshot; collections: Array<Collection> }> = []

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null

/**
 * Pairs a decoded value with its encoding, and their children key by key. Where encoding changes
 * the shape (a date object becomes ISO text) the pairing stops, since the decoded object has no
 * single encoded object; the entries, quantities and parts of a year above it are paired.
 */
const pair = (decoded: unknown, encoded: unknown): void => {
  if (!isObject(decoded) || !isObject(encoded)) return
  if (Array.isArray(decoded) !== Array.isArray(encoded)) return
  if (!encodedOf.has(decoded)) encodedOf.set(decoded, encoded)
  const children = encoded as Record<string, unknown>
  for (const [key, child] of Object.entries(decoded)) pair(child, children[key])
}

/** Pairs each entry of each collection with its encoding (the collections are encoded item by item). */
const pairEntries = ({ dataset, encoded }: DatasetSnapshot): void => {
  for (const collection of COLLECTIONS) {
    const items: ReadonlyArray<unknown> = encoded[collection] ?? []
    dataset[collection].forEach((entry, i) => {
      if (!encodedOf.has(entry)) encodedOf.set(entry, items[i])
    })
  }
}

const lookUp = <A>(value: object, what: string): A => {
  let found = encodedOf.get(value)
  if (found === undefined && entriesToPair.length > 0) {
    for (const snapshot of entriesToPair.splice(0)) {
      pairEntries(snapshot)
      const collections = COLLECTIONS.filter((c) => c !== "indicators")
      valuesToPair.push({ snapshot, collections: ["indicators", ...collections] })
    }
    found = encodedOf.get(value)
  }
  // Then the values inside the entries, a collection at a time (the indicators first: they hold
  // the quantities and parts of a year that are encoded most) until the value is found.
  while (found === undefined && valuesToPair.length > 0) {
    const next = valuesToPair[0]
    const collection = next?.collections.shift()
    if (next === undefined || collection === undefined) {
      valuesToPair.shift()
      continue
    }
    pair(next.snapshot.dataset[collection], next.snapshot.encoded[collection])
    found = encodedOf.get(value)
  }
  if (found === undefined) {
    throw new Error(`${what} is not part of an indexed snapshot: index it with indexSnapshot`)
  }
  return found as A
}

/**
 * Indexes a snapshot (see `snapshotOf` in the main entry), making its values encodable by the
 * encoders of this module.
 * @example
 * const index = indexSnapshot(JSON.parse(snapshotText))
 * @since 0.1.0
 * @category constructors
 */
export const indexSnapshot = (snapshot: DatasetSnapshot): BilateralIndex => {
  entriesToPair.push(snapshot)
  return makeIndex(snapshot.dataset, snapshot.about)
}

/**
 * Encodes the collections given, the others empty: the same JSON as `encodeCollections` of the
 * main entry, for entries of an indexed snapshot.
 * @example
 * encodeCollections({ events: index.factsOf("vn-kz").events }).events
 * @since 0.1.0
 * @category encoding
 */
export const encodeCollections = (part: Partial<Dataset>): EncodedDataset => {
  const out: Record<string, ReadonlyArray<unknown>> = {}
  for (const collection of COLLECTIONS) {
    out[collection] = (part[collection] ?? []).map((entry) =>
      lookUp(entry, `a ${collection} entry`),
    )
  }
  return out as unknown as EncodedDataset
}

/**
 * Encodes a quantity of an indexed snapshot: the same JSON as `encodeQuantity` of the main entry.
 * @since 0.1.0
 * @category encoding
 */
export const encodeQuantity = (q: Quantity): QuantityJson => lookUp(q, "a quantity")

/**
 * Encodes the domain's `seriesMetrics` of a series of an indexed snapshot: the same JSON as
 * `encodeSeriesMetrics` of the main entry.
 * @since 0.1.0
 * @category encoding
 */
export const encodeSeriesMetrics = seriesMetricsEncoder({
  quantity: encodeQuantity,
  period: (p: ObservationPeriod): PeriodJson => lookUp(p, "a part of a year"),
})
