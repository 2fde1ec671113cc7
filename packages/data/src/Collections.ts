/**
 * Words for the dataset's collections, shared by the loader's messages and the queries.
 *
 * @since 0.1.0
 */
import type { Collection } from "@bilateral/domain"

/**
 * What one entry of each collection is called in messages.
 * @since 0.1.0
 * @category constants
 */
export const ENTRY_NAMES: { readonly [K in Collection]: string } = {
  sources: "source",
  countries: "country",
  organisations: "organisation",
  memberships: "membership",
  people: "person",
  relations: "relation",
  events: "event",
  agreements: "agreement",
  indicators: "indicator",
  sisterRegions: "sister region",
  support: "support entry",
  cooperationAreas: "cooperation area",
  projects: "project",
  tradeGoods: "trade good",
  measures: "measure",
  statements: "statement",
  claims: "claim",
}
