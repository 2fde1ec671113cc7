/**
 * Where a sourced fact is shown on the site: its relation's page and the anchor of its entry, or,
 * for an event, its entry on the relation's timeline (the relation page lists only recent ones).
 * The source pages link every quote back to the fact it supports.
 */
import type { SourcedFact } from "@bilateral/data"
import type { Lang } from "../i18n"
import { data, slugOf } from "./data"
import { anchors, routes } from "./routes"

const anchorOf = (fact: SourcedFact): string => {
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

/** The address of a fact on its relation's page (an event's on its timeline), if it has one. */
export const factHref = (lang: Lang, fact: SourcedFact): string | undefined => {
  const relation = relationOf(fact)
  if (!relation) return undefined
  return fact.collection === "events"
    ? routes.event(lang, slugOf(relation), fact.id)
    : routes.country(lang, slugOf(relation), anchorOf(fact))
}
