/** `bilateral show <code> --json`: every fact of one relation, encoded as in the dataset files. */
import { type BilateralIndex, encodeCollections } from "@bilateral/data/snapshot"
import type { Relation } from "@bilateral/domain"

/** Every source id cited anywhere inside `value` (any object with `source` and `quote`). */
export const citedSources = (value: unknown, into: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) {
    for (const item of value) citedSources(item, into)
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record.source === "string" && typeof record.quote === "string")
      into.add(record.source)
    for (const child of Object.values(record)) citedSources(child, into)
  }
  return into
}

/** The data of `show --json`: every fact of the relation, encoded as in the dataset files. */
export const showJson = (index: BilateralIndex, relation: Relation) => {
  const facts = index.factsOf(relation.id)
  const partner = facts.partner
  const sourceIds = citedSources(facts)
  const sources = [...sourceIds].flatMap((id) => {
    const source = index.source(id)
    return source ? [source] : []
  })
  const encoded = encodeCollections({
    relations: [relation],
    countries: [partner],
    events: facts.events,
    agreements: facts.agreements,
    indicators: facts.indicators,
    memberships: facts.memberships,
    sisterRegions: facts.sisterRegions,
    support: facts.support,
    cooperationAreas: facts.cooperationAreas,
    projects: facts.projects,
    tradeGoods: facts.tradeGoods,
    measures: facts.measures,
    statements: facts.statements,
    claims: facts.claims,
    sources,
  })
  return {
    relation: encoded.relations?.[0] ?? null,
    partner: encoded.countries?.[0] ?? null,
    events: encoded.events ?? [],
    agreements: encoded.agreements ?? [],
    indicators: encoded.indicators ?? [],
    memberships: encoded.memberships ?? [],
    sisterRegions: encoded.sisterRegions ?? [],
    support: encoded.support ?? [],
    cooperationAreas: encoded.cooperationAreas ?? [],
    projects: encoded.projects ?? [],
    tradeGoods: encoded.tradeGoods ?? [],
    measures: encoded.measures ?? [],
    statements: encoded.statements ?? [],
    claims: encoded.claims ?? [],
    sources: encoded.sources ?? [],
  }
}
