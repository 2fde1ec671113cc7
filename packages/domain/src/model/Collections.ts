/**
 * The names of a dataset's collections as a list, and the subject a dataset is about when it does
 * not say, without the schemas; `Dataset` re-exports both and checks that the list names exactly
 * its fields, in order. This module builds no `Schema`, so an index over decoded data stays small.
 *
 * @since 0.1.0
 */
import type { CountryCode } from "./Country"
import type { Collection } from "./Dataset"

/**
 * Every collection name, in the order files list them. Use it to validate the keys of a data
 * file or to count entries.
 * @example
 * COLLECTIONS.map((c) => [c, dataset[c].length])
 * @since 0.1.0
 * @category constants
 */
export const COLLECTIONS: ReadonlyArray<Collection> = [
  "sources",
  "countries",
  "organisations",
  "memberships",
  "people",
  "relations",
  "events",
  "agreements",
  "indicators",
  "sisterRegions",
  "support",
  "cooperationAreas",
  "projects",
  "tradeGoods",
  "measures",
  "statements",
  "claims",
]

/**
 * The country a dataset is about when it does not say: the one country common to every relation.
 * When both countries of every relation are common (a single relation), it is the relation's first
 * country, the side the `Relation` schema reserves for the subject. `undefined` when there is no
 * relation or no country common to all.
 * @example
 * inferSubject(dataset.relations) // "VN" for relations vn-kz and vn-kg
 * @since 0.1.0
 * @category helpers
 */
export const inferSubject = (
  relations: ReadonlyArray<{ readonly countries: readonly [CountryCode, CountryCode] }>,
): CountryCode | undefined => {
  const first = relations[0]
  if (first === undefined) return undefined
  const common = first.countries.filter((c) => relations.every((r) => r.countries.includes(c)))
  if (common.length === 1) return common[0]
  return common.length > 1 ? first.countries[0] : undefined
}
