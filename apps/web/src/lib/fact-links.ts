/**
 * Where a sourced fact is shown on the site: its relation's page and the anchor of its entry, the
 * part page that lists its collection in full (indicators, agreements, cooperation, statements,
 * claims), or,
 * for an event,
 * its entry on the relation's timeline (the relation page lists only recent ones). The source
 * pages and the search index link every fact to that place.
 */
import type { SourcedFact } from "@bilateral/data"
import type { Lang } from "../i18n"
import { data, slugOf } from "./data"
import { anchors, type RelationPart, relationPath, routes } from "./routes"

/**
 * The part page under the relation that lists a collection's entries (`undefined`: the relation
 * page itself).
 */
export const partOf = (collection: SourcedFact["collection"]): RelationPart | undefined => {
  switch (collection) {
    case "indicators":
      return "indicators"
    case "agreements":
      return "agreements"
    case "claims":
      return "claims"
    case "statements":
      return "statements"
    case "sisterRegions":
    case "support":
    case "cooperationAreas":
    case "projects":
    case "tradeGoods":
    case "measures":
      return "cooperation"
    default:
      return undefined
  }
}

const anchorOf = (fact: Pick<SourcedFact, "collection" | "id">): string => {
  switch (fact.collection) {
    case "agreements":
      return anchors.agreement(fact.id)
    case "indicators":
      return anchors.indicator(fact.id)
    case "claims":
      return anchors.claim(fact.id)
    case "sisterRegions":
    case "support":
    case "cooperationAreas":
    case "projects":
    case "tradeGoods":
    case "measures":
    case "statements":
      return anchors.fact(fact.id)
    default:
      return "key-facts"
  }
}

/**
 * Where an entry of a relation's collection is shown, after `/{lang}/` (the search index's form):
 * its page under the relation (`partOf`) and its anchor.
 */
export const entryPath = (slug: string, fact: Pick<SourcedFact, "collection" | "id">): string =>
  relationPath(slug, partOf(fact.collection), anchorOf(fact))

const relationOf = (fact: SourcedFact) => {
  const index = data()
  if (fact.relation) return index.relation(fact.relation)
  if (fact.collection === "relations") return index.relation(fact.id)
  if (fact.collection === "agreements") {
    const first = index.agreement(fact.id)?.relations[0]
    return first ? index.relation(first) : undefined
  }
  const country =
    fact.collection === "countries"
      ? fact.id
      : fact.collection === "memberships"
        ? index.dataset.memberships.find((m) => m.id === fact.id)?.country
        : undefined
  return country
    ? (index.relations.find((r) => index.partnerOf(r) === country) ??
        index.relations.find((r) => (r.countries as ReadonlyArray<string>).includes(country)))
    : undefined
}

/**
 * The address of a fact on its relation's page or part page (an event's on its timeline), if it
 * has one.
 */
export const factHref = (lang: Lang, fact: SourcedFact): string | undefined => {
  const relation = relationOf(fact)
  if (!relation) return undefined
  return fact.collection === "events"
    ? routes.event(lang, slugOf(relation), fact.id)
    : `/${lang}/${entryPath(slugOf(relation), fact)}`
}
