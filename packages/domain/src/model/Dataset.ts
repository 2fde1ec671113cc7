/**
 * A whole dataset: every entity and fact, as decoded from its files. Cross-references (ids) are
 * checked by the loader in @bilateral/data, not by this schema.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { Agreement } from "./Agreement"
import { Claim } from "./Claim"
import {
  CooperationArea,
  Measure,
  MultilateralSupport,
  Project,
  SisterRegion,
  Statement,
  TradeGood,
} from "./Cooperation"
import { Country, CountryCode, Membership, Organisation } from "./Country"
import { Event } from "./Event"
import { IndicatorSeries } from "./Indicator"
import { LocalizedText } from "./LocalizedText"
import { Person } from "./Person"
import { Source } from "./Provenance"
import { Relation } from "./Relation"

const list = <S extends Schema.Schema.Any>(item: S) =>
  Schema.optionalWith(Schema.Array(item), { default: () => [] })

/**
 * The collections of a dataset. Every collection may be empty; a data file may hold any of them.
 * @example
 * const empty = Schema.decodeUnknownSync(Dataset)({})
 * @since 0.1.0
 * @category schemas
 */
export const Dataset = Schema.Struct({
  sources: list(Source),
  countries: list(Country),
  organisations: list(Organisation),
  memberships: list(Membership),
  people: list(Person),
  relations: list(Relation),
  events: list(Event),
  agreements: list(Agreement),
  indicators: list(IndicatorSeries),
  sisterRegions: list(SisterRegion),
  support: list(MultilateralSupport),
  cooperationAreas: list(CooperationArea),
  projects: list(Project),
  tradeGoods: list(TradeGood),
  measures: list(Measure),
  statements: list(Statement),
  claims: list(Claim),
})
/**
 * A dataset, decoded: every collection present (empty by default).
 * @example
 * const visitsOf = (d: Dataset, relation: string) => d.events.filter((e) => e.relation === relation)
 * @since 0.1.0
 * @category models
 */
export type Dataset = typeof Dataset.Type

/**
 * The names of a dataset's collections.
 * @example
 * const c: Collection = "indicators"
 * @since 0.1.0
 * @category models
 */
export type Collection = keyof Dataset
/**
 * Every collection name, in the order files list them. Use it to validate the keys of a data
 * file or to count entries.
 * @example
 * COLLECTIONS.map((c) => [c, dataset[c].length])
 * @since 0.1.0
 * @category constants
 */
export const COLLECTIONS = Object.keys(Dataset.fields) as ReadonlyArray<Collection>

/**
 * What a dataset is about: the country whose relations it records, and optionally a title. A
 * dataset's `dataset.yaml` holds it under `about:`; when no file does, the subject is inferred
 * from the relations (see `inferSubject`).
 * @example
 * const about: typeof DatasetAbout.Encoded = { country: "VN", title: { vi: "Quan hệ song phương của Việt Nam", en: "Vietnam's bilateral relations" } }
 * @since 0.1.0
 * @category schemas
 */
export const DatasetAbout = Schema.Struct({
  country: CountryCode,
  title: Schema.optional(LocalizedText),
})
/**
 * What a dataset is about, decoded.
 * @example
 * const subject = (about: DatasetAbout | undefined) => about?.country
 * @since 0.1.0
 * @category models
 */
export type DatasetAbout = typeof DatasetAbout.Type

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
