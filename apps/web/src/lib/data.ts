/**
 * The dataset as the pages see it: the embedded @bilateral/data index, loaded once per build
 * process. Pages read facts from here and compute figures with @bilateral/domain; nothing in
 * the web app parses data files or computes a metric.
 */
import { type BilateralIndex, loadEmbeddedSync } from "@bilateral/data"
import { type DayDate, day, localize, partnerOf, type Relation } from "@bilateral/domain"
import type { Lang } from "../i18n"

let cached: BilateralIndex | undefined

export const data = (): BilateralIndex => {
  cached ??= loadEmbeddedSync()
  return cached
}

/**
 * The "as of" date for ages and "last five years": the build day (UTC), or BILATERAL_AS_OF
 * (YYYY-MM-DD) to pin it. Read once here, at the edge, so the domain stays clock-free.
 */
export const asOf = (): DayDate => {
  const pinned = /^(\d{4})-(\d{2})-(\d{2})$/.exec(process.env.BILATERAL_AS_OF ?? "")
  if (pinned) return day(Number(pinned[1]), Number(pinned[2]), Number(pinned[3]))
  const now = new Date()
  return day(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
}

/** A country's name in `lang`, or its code when the dataset has no country with that code. */
export const countryName = (code: string, lang: Lang): string => {
  const country = data().country(code)
  return country ? localize(country.name, lang) : code
}

/** The partner's ISO code in lower case: the relation's address on the site ("kz"). */
export const slugOf = (relation: Relation): string => partnerOf(relation).toLowerCase()

/** The relation whose partner has this code, if any. */
export const relationBySlug = (slug: string): Relation | undefined =>
  data().relations.find((r) => slugOf(r) === slug.toLowerCase())

/** 1 or 2: the colour of a relation on every page (its place in the dataset's order). */
export const toneOf = (relation: Relation): 1 | 2 =>
  data().relations.findIndex((r) => r.id === relation.id) % 2 === 0 ? 1 : 2
