/**
 * Every address the site links to, in one place. Paths end with a slash (`trailingSlash: true`),
 * so each one maps to an `index.html` of the static export.
 */
import { provenanceAnchor } from "@bilateral/data"
import type { Provenance } from "@bilateral/domain"
import type { Lang } from "../i18n"

/** Query of the timeline page: every key is optional; empty values are dropped. */
export type TimelineQuery = {
  country?: string
  kind?: string
  level?: string
  from?: string | number
  to?: string | number
  person?: string
}

const TIMELINE_KEYS = ["country", "kind", "level", "from", "to", "person"] as const

export const timelineSearch = (query: TimelineQuery): string => {
  const params = new URLSearchParams()
  for (const key of TIMELINE_KEYS) {
    const value = query[key]
    if (value !== undefined && value !== "") params.set(key, String(value))
  }
  const text = params.toString()
  return text === "" ? "" : `?${text}`
}

/**
 * The pages under a relation's page, each holding one long section in full (every item, anchored);
 * the relation page shows a bounded summary of each with a link here. One page per part and
 * relation is written at build time.
 */
export const RELATION_PARTS = [
  "status",
  "indicators",
  "exchanges",
  "agreements",
  "cooperation",
  "statements",
  "claims",
] as const

/** One of the pages under a relation's page (`RELATION_PARTS`). */
export type RelationPart = (typeof RELATION_PARTS)[number]

export const isRelationPart = (value: string): value is RelationPart =>
  (RELATION_PARTS as ReadonlyArray<string>).includes(value)

/**
 * A relation's page, or one of its part pages, after `/{lang}/`: the form the search index stores
 * (`countries/kz/claims/#claim-x`). `routes.country` and `routes.relationPart` prefix the language.
 */
export const relationPath = (code: string, part?: RelationPart, hash?: string): string =>
  `countries/${code.toLowerCase()}/${part ? `${part}/` : ""}${hash ? `#${hash}` : ""}`

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  country: (lang: Lang, code: string, hash?: string) =>
    `/${lang}/${relationPath(code, undefined, hash)}`,
  /** A page under a relation's page that lists one long section in full (`RELATION_PARTS`). */
  relationPart: (lang: Lang, code: string, part: RelationPart, hash?: string) =>
    `/${lang}/${relationPath(code, part, hash)}`,
  timeline: (lang: Lang, query: TimelineQuery = {}) => `/${lang}/timeline/${timelineSearch(query)}`,
  /** One relation's whole timeline, where every event of the relation is listed (and anchored). */
  relationTimeline: (lang: Lang, code: string, hash?: string) =>
    `/${lang}/timeline/${code.toLowerCase()}/${hash ? `#${hash}` : ""}`,
  /** Where an event is shown: its entry on its relation's timeline. */
  event: (lang: Lang, code: string, id: string): string =>
    routes.relationTimeline(lang, code, anchors.event(id)),
  /** The compare page, with the relations on each side when given (`?a=kz&b=kg`). */
  compare: (lang: Lang, a?: string, b?: string) => `/${lang}/compare/${compareSearch(a, b)}`,
  /** The file of one relation's side of a comparison, written at build time (app/compare-data). */
  compareData: (slug: string) => `/compare-data/${slug.toLowerCase()}.json`,
  sources: (lang: Lang) => `/${lang}/sources/`,
  source: (lang: Lang, id: string, anchor?: string) =>
    `/${lang}/sources/${id}/${anchor ? `#${anchor}` : ""}`,
  provenance: (lang: Lang, p: Provenance) => `/${lang}/sources/${p.source}/#${provenanceAnchor(p)}`,
  downloads: (lang: Lang) => `/${lang}/downloads/`,
  file: (name: string) => `/downloads/${name}`,
  searchIndex: () => "/search-index.json",
} as const

/**
 * The ids of entries on a relation's pages, which addresses and the search index point at:
 * indicators, agreements, claims, statements and cooperation facts, each on its part page under
 * the relation (`routes.relationPart`, see
 * `lib/fact-links.ts`), whose cards are anchored by `cooperationCard`. Events are anchored on the
 * relation's timeline (`routes.event`), which lists all of them; the relation page lists only the
 * most recent few.
 */
export const anchors = {
  event: (id: string) => `event-${id}`,
  agreement: (id: string) => `agreement-${id}`,
  indicator: (id: string) => `indicator-${id}`,
  claim: (id: string) => `claim-${id}`,
  fact: (id: string) => `fact-${id}`,
  /** A card of the cooperation page: one kind of cooperation fact (`sister-regions`, `projects`…). */
  cooperationCard: (kind: string) => `cooperation-${kind}`,
} as const

/** The files of the downloads page, written at build time by the route handlers in app/downloads. */
export const DOWNLOADS = {
  json: "bilateral.json",
  csv: "bilateral.csv",
} as const

/** The compare page's query: `?a=kz&b=kg`, with only the sides that are given. */
export const compareSearch = (a?: string, b?: string): string => {
  const params = new URLSearchParams()
  if (a) params.set("a", a.toLowerCase())
  if (b) params.set("b", b.toLowerCase())
  const text = params.toString()
  return text === "" ? "" : `?${text}`
}
