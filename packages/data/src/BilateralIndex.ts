/**
 * The indexed dataset: lookups by id, events by relation, kind, level, period and person, all the
 * facts of one relation, the facts each source supports, and search.
 *
 * @since 0.1.0
 */
import type {
  Agreement,
  Claim,
  CooperationArea,
  Country,
  CountryCode,
  Dataset,
  DatasetAbout,
  Event,
  EventKind,
  IndicatorSeries,
  Level,
  Measure,
  Membership,
  MultilateralSupport,
  Organisation,
  Participant,
  Person,
  Project,
  Relation,
  ReportedDate,
  SisterRegion,
  Source,
  Statement,
  TradeGood,
} from "@bilateral/domain"
import { compareDates, endYear, inferSubject, startYear } from "@bilateral/domain/metrics"
import { foldText } from "@bilateral/domain/text"
import { makeSearch, type SearchHit } from "./Search"
import { factsBySourceOf, type SourcedFact } from "./SourcedFacts"

/**
 * Everything the dataset holds about one relation. `memberships` are those of the relation's two
 * countries; `agreements` those that apply to the relation, multilateral ones included.
 * @since 0.1.0
 * @category models
 */
export interface RelationFacts {
  readonly relation: Relation
  readonly partner: Country
  readonly events: ReadonlyArray<Event>
  readonly agreements: ReadonlyArray<Agreement>
  readonly indicators: ReadonlyArray<IndicatorSeries>
  readonly memberships: ReadonlyArray<Membership>
  readonly sisterRegions: ReadonlyArray<SisterRegion>
  readonly support: ReadonlyArray<MultilateralSupport>
  readonly cooperationAreas: ReadonlyArray<CooperationArea>
  readonly projects: ReadonlyArray<Project>
  readonly tradeGoods: ReadonlyArray<TradeGood>
  readonly measures: ReadonlyArray<Measure>
  readonly statements: ReadonlyArray<Statement>
  readonly claims: ReadonlyArray<Claim>
}

/**
 * Which events to list. `from` and `to` are years, inclusive; an event counts when its date
 * overlaps them, and undated events are left out when either is given. `person` is a person id
 * among the event's participants.
 * @since 0.1.0
 * @category models
 */
export interface EventFilter {
  readonly relation?: string | undefined
  readonly kind?: EventKind | undefined
  readonly level?: Level | undefined
  readonly from?: number | undefined
  readonly to?: number | undefined
  readonly person?: string | undefined
}

/**
 * A loaded, checked dataset with its queries. Every reference in it resolves.
 * @since 0.1.0
 * @category models
 */
export interface BilateralIndex {
  readonly dataset: Dataset
  /** What the dataset says it is about (its dataset.yaml), when it says. */
  readonly about: DatasetAbout | undefined
  /**
   * The country whose relations the dataset records: `about.country` when the dataset says, else
   * the one country common to every relation (see `inferSubject`), else `undefined`.
   */
  readonly subject: CountryCode | undefined
  /**
   * The relation's other country than the subject. For a relation that does not involve the
   * subject (or when there is none), its second country.
   */
  partnerOf(relation: Relation): CountryCode
  /**
   * The relation's short name in URLs and commands: the partner's ISO code in lower case ("kz")
   * when the relation involves the subject, else the relation's id.
   */
  slugOf(relation: Relation): string
  /** The relation whose `slugOf` is `slug`, ignoring case. */
  relationBySlug(slug: string): Relation | undefined
  /** Every relation, by id. */
  readonly relations: ReadonlyArray<Relation>
  relation(id: string): Relation | undefined
  /**
   * The relation with a partner named by ISO code ("kz", "KG") or by name in any language
   * ("Kazakhstan", "Cộng hòa Kyrgyzstan"), ignoring case and diacritics; a relation id works too.
   */
  resolveRelation(codeOrName: string): Relation | undefined
  /** A country by ISO code, in any case. */
  country(code: string): Country | undefined
  person(id: string): Person | undefined
  organisation(id: string): Organisation | undefined
  source(id: string): Source | undefined
  event(id: string): Event | undefined
  agreement(id: string): Agreement | undefined
  indicator(id: string): IndicatorSeries | undefined
  /** Events matching the filter, by date, undated ones last. */
  events(filter?: EventFilter): ReadonlyArray<Event>
  /** Everything about one relation. Throws on an id that is not a relation's: resolve it first. */
  factsOf(relationId: string): RelationFacts
  /** The facts a source supports, each with the anchor of its quote. */
  factsBySource(sourceId: string): ReadonlyArray<SourcedFact>
  /** People (and aliases), places, agreements, events, countries and organisations matching a query. */
  search(query: string): ReadonlyArray<SearchHit>
}

/** The people taking part in an event, whatever their role. @since 0.1.0 @category helpers */
export const participantsOf = (event: Event): ReadonlyArray<Participant> => {
  switch (event._tag) {
    case "Visit":
      return [
        event.leader,
        ...event.delegation,
        ...(event.invitedBy === undefined ? [] : [event.invitedBy]),
        ...event.met,
      ]
    case "PoliticalConsultation":
      return event.chairs
    case "PhoneCall":
    case "Meeting":
      return event.participants
    case "CommissionSession":
      return []
  }
}

const byDate =
  <A>(dateOf: (a: A) => ReportedDate | undefined) =>
  (a: A, b: A): number => {
    const x = dateOf(a)
    const y = dateOf(b)
    if (x === undefined || y === undefined)
      return (x === undefined ? 1 : 0) - (y === undefined ? 1 : 0)
    return compareDates(x, y)
  }

const byId = <A, K extends string>(items: ReadonlyArray<A>, key: (a: A) => K) =>
  new Map<string, A>(items.map((a) => [key(a), a] as const))

/**
 * Indexes a checked dataset. Use the loaders (`loadEmbedded`, `loadDirectory`) rather than this
 * directly: they check the dataset first, and the index assumes every reference resolves. `about`
 * is what the dataset's dataset.yaml says (`LoadReport.about`); without it the subject is inferred.
 * @since 0.1.0
 * @category constructors
 */
export const makeIndex = (dataset: Dataset, about?: DatasetAbout): BilateralIndex => {
  const relations = [...dataset.relations].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const relationsById = byId(relations, (r) => r.id)
  const countries = byId(dataset.countries, (c) => c.code)
  const people = byId(dataset.people, (p) => p.id)
  const organisations = byId(dataset.organisations, (o) => o.id)
  const sources = byId(dataset.sources, (s) => s.id)
  const events = byId(dataset.events, (e) => e.id)
  const agreements = byId(dataset.agreements, (a) => a.id)
  const indicators = byId(dataset.indicators, (s) => s.id)
  const sortedEvents = [...dataset.events].sort(byDate((e) => e.date))
  const sortedAgreements = [...dataset.agreements].sort(byDate((a) => a.signed ?? a.effective))

  const subject = about?.country ?? inferSubject(relations)
  const partnerOf = (relation: Relation): CountryCode => {
    const [a, b] = relation.countries
    return a === subject ? b : b === subject ? a : b
  }
  const involvesSubject = (relation: Relation): boolean =>
    subject !== undefined && relation.countries.includes(subject)
  const slugOf = (relation: Relation): string =>
    involvesSubject(relation) ? partnerOf(relation).toLowerCase() : relation.id
  const slugs = new Map<string, Relation>(relations.map((r) => [slugOf(r), r] as const))

  // Built on first lookup, like the collections below: listing relations needs no name.
  let names: Map<string, Relation> | undefined
  const namesOf = (): Map<string, Relation> => {
    if (names !== undefined) return names
    const built = new Map<string, Relation>()
    // Relations with the subject first, so that a partner's code or name picks its relation with
    // the subject rather than one between two other countries.
    const bySubjectFirst = [
      ...relations.filter(involvesSubject),
      ...relations.filter((r) => !involvesSubject(r)),
    ]
    for (const relation of relations) built.set(foldText(relation.id), relation)
    for (const relation of bySubjectFirst) {
      const partner = countries.get(partnerOf(relation))
      const keys = [
        slugOf(relation),
        partnerOf(relation),
        ...Object.values(partner?.name ?? {}),
        ...Object.values(partner?.officialName ?? {}),
      ]
      for (const key of keys) if (!built.has(foldText(key))) built.set(foldText(key), relation)
    }
    names = built
    return built
  }

  // Built on first use: most callers never search, or never list a source's facts.
  let sourced: ReadonlyMap<string, ReadonlyArray<SourcedFact>> | undefined
  let search: ((query: string) => ReadonlyArray<SearchHit>) | undefined

  const filterEvents = (filter: EventFilter = {}): ReadonlyArray<Event> =>
    sortedEvents.filter((e) => {
      if (filter.relation !== undefined && e.relation !== filter.relation) return false
      if (filter.kind !== undefined && e._tag !== filter.kind) return false
      if (filter.level !== undefined && e.level !== filter.level) return false
      if (filter.from !== undefined || filter.to !== undefined) {
        if (e.date === undefined) return false
        if (filter.from !== undefined && endYear(e.date) < filter.from) return false
        if (filter.to !== undefined && startYear(e.date) > filter.to) return false
      }
      if (filter.person !== undefined && !participantsOf(e).some((p) => p.person === filter.person))
        return false
      return true
    })

  // Every relation's facts, grouped once in one pass over each collection.
  const groupBy = <A extends { readonly relation: string }>(
    items: ReadonlyArray<A>,
  ): ReadonlyMap<string, ReadonlyArray<A>> => {
    const out = new Map<string, A[]>()
    for (const item of items) {
      const list = out.get(item.relation)
      if (list === undefined) out.set(item.relation, [item])
      else list.push(item)
    }
    return out
  }
  const eventsByRelation = groupBy(sortedEvents)
  const indicatorsByRelation = groupBy(dataset.indicators)
  const sisterRegionsByRelation = groupBy(dataset.sisterRegions)
  const supportByRelation = groupBy(dataset.support)
  const cooperationAreasByRelation = groupBy(dataset.cooperationAreas)
  const projectsByRelation = groupBy(dataset.projects)
  const tradeGoodsByRelation = groupBy(dataset.tradeGoods)
  const measuresByRelation = groupBy(dataset.measures)
  const statementsByRelation = groupBy(dataset.statements)
  const claimsByRelation = groupBy(dataset.claims)
  const agreementsByRelation = new Map<string, Agreement[]>()
  for (const agreement of sortedAgreements)
    for (const id of new Set(agreement.relations)) {
      const list = agreementsByRelation.get(id)
      if (list === undefined) agreementsByRelation.set(id, [agreement])
      else list.push(agreement)
    }
  const membershipsByCountry = new Map<string, Membership[]>()
  for (const m of dataset.memberships) {
    const list = membershipsByCountry.get(m.country)
    if (list === undefined) membershipsByCountry.set(m.country, [m])
    else list.push(m)
  }
  const membershipOrder = new Map<Membership, number>(dataset.memberships.map((m, i) => [m, i]))
  const factsCache = new Map<string, RelationFacts>()

  const factsOf = (relationId: string): RelationFacts => {
    const cached = factsCache.get(relationId)
    if (cached !== undefined) return cached
    const relation = relationsById.get(relationId)
    const partner = relation === undefined ? undefined : countries.get(partnerOf(relation))
    if (relation === undefined || partner === undefined) {
      throw new Error(
        `unknown relation "${relationId}": expected one of ${relations.map((r) => r.id).join(", ")}`,
      )
    }
    const none: ReadonlyArray<never> = []
    const [a, b] = relation.countries
    const memberships = new Set([
      ...(membershipsByCountry.get(a) ?? none),
      ...(membershipsByCountry.get(b) ?? none),
    ])
    const facts: RelationFacts = {
      relation,
      partner,
      events: eventsByRelation.get(relationId) ?? none,
      agreements: agreementsByRelation.get(relationId) ?? none,
      indicators: indicatorsByRelation.get(relationId) ?? none,
      // In the dataset's order.
      memberships: [...memberships].sort(
        (x, y) => (membershipOrder.get(x) ?? 0) - (membershipOrder.get(y) ?? 0),
      ),
      sisterRegions: sisterRegionsByRelation.get(relationId) ?? none,
      support: supportByRelation.get(relationId) ?? none,
      cooperationAreas: cooperationAreasByRelation.get(relationId) ?? none,
      projects: projectsByRelation.get(relationId) ?? none,
      tradeGoods: tradeGoodsByRelation.get(relationId) ?? none,
      measures: measuresByRelation.get(relationId) ?? none,
      statements: statementsByRelation.get(relationId) ?? none,
      claims: claimsByRelation.get(relationId) ?? none,
    }
    factsCache.set(relationId, facts)
    return facts
  }

  return {
    dataset,
    about,
    subject,
    partnerOf,
    slugOf,
    relationBySlug: (slug) => slugs.get(slug.trim().toLowerCase()),
    relations,
    relation: (id) => relationsById.get(id),
    resolveRelation: (codeOrName) => namesOf().get(foldText(codeOrName)),
    country: (code) => countries.get(code.trim().toUpperCase()),
    person: (id) => people.get(id),
    organisation: (id) => organisations.get(id),
    source: (id) => sources.get(id),
    event: (id) => events.get(id),
    agreement: (id) => agreements.get(id),
    indicator: (id) => indicators.get(id),
    events: filterEvents,
    factsOf,
    factsBySource: (sourceId) => {
      sourced ??= factsBySourceOf(dataset)
      return sourced.get(sourceId) ?? []
    },
    search: (query) => {
      search ??= makeSearch(dataset)
      return search(query)
    },
  }
}
