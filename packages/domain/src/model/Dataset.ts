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

export * from "./Collections"

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
