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

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  country: (lang: Lang, code: string, hash?: string) =>
    `/${lang}/countries/${code.toLowerCase()}/${hash ? `#${hash}` : ""}`,
  timeline: (lang: Lang, query: TimelineQuery = {}) => `/${lang}/timeline/${timelineSearch(query)}`,
  compare: (lang: Lang, pair?: readonly [string, string]) =>
    pair === undefined
      ? `/${lang}/compare/`
      : `/${lang}/compare/${pair[0].toLowerCase()}-${pair[1].toLowerCase()}/`,
  sources: (lang: Lang) => `/${lang}/sources/`,
  source: (lang: Lang, id: string, anchor?: string) =>
    `/${lang}/sources/${id}/${anchor ? `#${anchor}` : ""}`,
  provenance: (lang: Lang, p: Provenance) => `/${lang}/sources/${p.source}/#${provenanceAnchor(p)}`,
  downloads: (lang: Lang) => `/${lang}/downloads/`,
  file: (name: string) => `/downloads/${name}`,
  searchIndex: () => "/search-index.json",
} as const

/** The files of the downloads page, written at build time by the route handlers in app/downloads. */
export const DOWNLOADS = {
  json: "bilateral.json",
  csv: "bilateral.csv",
} as const

/** Splits a compare path segment ("kz-kg") into its two partner codes. */
export const parsePair = (segment: string): [string, string] | undefined => {
  const match = /^([a-z]{2})-([a-z]{2})$/.exec(segment)
  return match?.[1] && match[2] && match[1] !== match[2] ? [match[1], match[2]] : undefined
}
