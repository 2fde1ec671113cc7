/**
 * What every client shows about a relation, computed once: its address and title, its colour, its
 * counts, its key figures (age, latest trade with its change, latest top-level visit, visits in
 * recent years), its visit counts, its claims with their checks, its upcoming anniversaries and
 * its side of any comparison. Web, CLI and TUI render these views and compute none of them, so a
 * figure is the same wherever it is read.
 *
 * A view reads only its relation's facts (plus the countries and relations lists), so building
 * the views of R relations costs time linear in the dataset.
 *
 * @since 0.2.0
 */
import type {
  Anniversary,
  Bilingual,
  Claim,
  ClaimResult,
  ClaimStatus,
  ComparisonRow,
  Country,
  Dataset,
  DayDate,
  GrowthSpan,
  IndicatorSeries,
  Observation,
  Relation,
  RelationAge,
  RelationProfile,
  ReportedDate,
  StatusChange,
  StatusNames,
  Visit,
  VisitCounts,
} from "@bilateral/domain"
import {
  checkClaim,
  latestObservation,
  latestTopLevelVisit,
  localize,
  pairProfiles,
  RECENT_YEARS,
  relationAge,
  relationProfile,
  seriesMetrics,
  statusTimeline,
  upcomingAnniversaries,
  visitCounts,
  visitsBetween,
} from "@bilateral/domain/metrics"
import type { BilateralIndex, RelationFacts } from "../BilateralIndex"

/**
 * The latest figure of an indicator with the change from the point before it in the same series.
 * @since 0.2.0
 * @category models
 */
export interface LatestFigure {
  readonly series: IndicatorSeries
  readonly observation: Observation & { readonly date: ReportedDate }
  /** The growth from the series' previous point to this one, when there is one. */
  readonly change?: GrowthSpan
}

/**
 * A claim of the relation with the result of checking it against the data.
 * @since 0.2.0
 * @category models
 */
export interface CheckedClaim {
  readonly claim: Claim
  readonly result: ClaimResult
}

/**
 * Everything a client shows about one relation. See the module comment.
 * @since 0.2.0
 * @category models
 */
export interface RelationView {
  readonly relation: Relation
  /** The relation's address on the site and the code users type: "kz". */
  readonly slug: string
  /** The relation's other country than the dataset's subject. */
  readonly partner: Country
  /** "Việt Nam – Kazakhstan" / "Vietnam – Kazakhstan". */
  readonly title: Bilingual
  /** The relation's colour: its place in the dataset's order, an index into `relationColor`. */
  readonly tone: number
  readonly counts: {
    readonly events: number
    readonly visits: number
    readonly agreements: number
    readonly indicators: number
    readonly claims: number
    readonly sources: number
  }
  readonly age?: RelationAge
  readonly latestTrade?: LatestFigure
  readonly latestTopVisit?: Visit & { readonly date: ReportedDate }
  /** The visits of the recent years, `from` to `to` inclusive (`to` is the as-of year). */
  readonly recent: {
    readonly from: number
    readonly to: number
    readonly visits: ReadonlyArray<Visit>
  }
  readonly visitCounts: VisitCounts
  readonly claims: ReadonlyArray<CheckedClaim>
  readonly claimTally: Readonly<Record<ClaimStatus, number>>
  readonly anniversaries: ReadonlyArray<Anniversary>
  /** The relation's status over time (recognitions, embassies, ambassadors, frameworks, commissions), names resolved. */
  readonly status: ReadonlyArray<StatusChange>
  /** The relation's side of a comparison; pair two with `pairProfiles` (or `compareViews`). */
  readonly profile: RelationProfile
  /** The facts the view was computed from. */
  readonly facts: RelationFacts
}

/** The dataset a relation's checks read: its own facts, every country and every relation. */
const scopedDataset = (index: BilateralIndex, facts: RelationFacts): Dataset => ({
  ...index.dataset,
  events: facts.events,
  agreements: facts.agreements,
  indicators: facts.indicators,
  sisterRegions: facts.sisterRegions,
  support: facts.support,
  cooperationAreas: facts.cooperationAreas,
  projects: facts.projects,
  tradeGoods: facts.tradeGoods,
  measures: facts.measures,
  statements: facts.statements,
  claims: facts.claims,
})

const latestTradeOf = (indicators: ReadonlyArray<IndicatorSeries>): LatestFigure | undefined => {
  const latest = latestObservation(indicators, "trade")
  if (latest === undefined) return undefined
  const metrics = seriesMetrics(latest.series)
  const at = metrics.points.indexOf(latest.observation)
  const previous = at > 0 ? metrics.points[at - 1] : undefined
  const change =
    previous === undefined
      ? undefined
      : metrics.spans.find((s) => s.from === previous && s.to === latest.observation)
  return { ...latest, ...(change !== undefined ? { change } : {}) }
}

const sourcesOf = (facts: RelationFacts): number => {
  const ids = new Set<string>()
  const add = (
    items: ReadonlyArray<{ readonly provenance: ReadonlyArray<{ readonly source: string }> }>,
  ) => {
    for (const item of items) for (const p of item.provenance) ids.add(p.source)
  }
  add(facts.events)
  add(facts.agreements)
  add(facts.claims)
  add(facts.indicators.flatMap((s) => s.observations))
  if (facts.relation.established !== undefined) add([facts.relation.established])
  return ids.size
}

const build = (index: BilateralIndex, relation: Relation, asOf: DayDate): RelationView => {
  const facts = index.factsOf(relation.id)
  const scoped = scopedDataset(index, facts)
  const claims = facts.claims.map((claim) => ({ claim, result: checkClaim(claim, scoped) }))
  const claimTally: Record<ClaimStatus, number> = { holds: 0, contradicted: 0, "cannot-check": 0 }
  for (const c of claims) claimTally[c.result.status]++
  const [first, second] = relation.countries
  const name = (code: string, lang: "vi" | "en") => {
    const country = index.country(code)
    return country === undefined ? code : localize(country.name, lang)
  }
  const age = relationAge(relation, asOf)
  const latestTrade = latestTradeOf(facts.indicators)
  const latestTopVisit = latestTopLevelVisit(facts.events)
  const from = asOf.year - (RECENT_YEARS - 1)
  return {
    relation,
    slug: index.slugOf(relation),
    partner: facts.partner,
    title: {
      vi: `${name(first, "vi")} – ${name(second, "vi")}`,
      en: `${name(first, "en")} – ${name(second, "en")}`,
    },
    tone: index.relations.indexOf(relation),
    counts: {
      events: facts.events.length,
      visits: facts.events.filter((e) => e._tag === "Visit").length,
      agreements: facts.agreements.length,
      indicators: facts.indicators.length,
      claims: facts.claims.length,
      sources: sourcesOf(facts),
    },
    ...(age !== undefined ? { age } : {}),
    ...(latestTrade !== undefined ? { latestTrade } : {}),
    ...(latestTopVisit !== undefined ? { latestTopVisit } : {}),
    recent: { from, to: asOf.year, visits: visitsBetween(facts.events, from, asOf.year) },
    visitCounts: visitCounts(facts.events),
    claims,
    claimTally,
    anniversaries: upcomingAnniversaries(scoped, relation.id, asOf),
    status: statusTimeline(relation, facts.events, statusNames(index)),
    profile: relationProfile(facts, asOf, {
      partner: index.partnerOf(relation),
      side:
        index.subject !== undefined && relation.countries.includes(index.subject)
          ? index.partnerOf(relation)
          : relation.countries.join("–"),
    }),
    facts,
  }
}

/**
 * The names a status timeline prints for the countries and people of an index.
 * @example
 * statusTimeline(relation, events, statusNames(index))
 * @since 0.3.0
 * @category views
 */
export const statusNames = (index: BilateralIndex): StatusNames => ({
  country: (code) => index.country(code)?.name,
  person: (id) => index.person(id)?.name,
})

const cache = new WeakMap<BilateralIndex, Map<string, Map<string, RelationView>>>()

/**
 * The view of one relation as of a day, computed on first use and kept for the index's life.
 * Use it wherever a client shows a relation's figures. Throws on an id that is not a relation's:
 * resolve it first (`index.resolveRelation`).
 * @example
 * const view = relationView(index, "vn-kz", day(2025, 6, 1))
 * view.latestTrade?.observation.value // the latest trade figure, the same in every client
 * @since 0.2.0
 * @category views
 */
export const relationView = (
  index: BilateralIndex,
  relationId: string,
  asOf: DayDate,
): RelationView => {
  const byDay = cache.get(index) ?? new Map<string, Map<string, RelationView>>()
  cache.set(index, byDay)
  const key = `${asOf.year}-${asOf.month}-${asOf.day}`
  const views = byDay.get(key) ?? new Map<string, RelationView>()
  byDay.set(key, views)
  const known = views.get(relationId)
  if (known !== undefined) return known
  const relation = index.relation(relationId)
  if (relation === undefined) {
    throw new Error(
      `unknown relation "${relationId}": expected one of ${index.relations.map((r) => r.id).join(", ")}`,
    )
  }
  const view = build(index, relation, asOf)
  views.set(relationId, view)
  return view
}

/**
 * The views of every relation, in the dataset's order (by id).
 * @example
 * relationViews(index, asOf).map((v) => v.title.en)
 * @since 0.2.0
 * @category views
 */
export const relationViews = (index: BilateralIndex, asOf: DayDate): ReadonlyArray<RelationView> =>
  index.relations.map((r) => relationView(index, r.id, asOf))

/**
 * Two relations side by side: the rows of their two profiles, paired.
 * @example
 * compareViews(relationView(index, "vn-kz", asOf), relationView(index, "vn-kg", asOf))
 * @since 0.2.0
 * @category views
 */
export const compareViews = (a: RelationView, b: RelationView): ReadonlyArray<ComparisonRow> =>
  pairProfiles(a.profile, b.profile)
