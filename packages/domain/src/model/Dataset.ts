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
import { Country, Membership, Organisation } from "./Country"
import { Event } from "./Event"
import { IndicatorSeries } from "./Indicator"
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
