/**
 * The dataset as the pages see it: the one embedded in @bilateral/data, or the directory that
 * BILATERAL_DATA names (exactly as for the CLI), loaded once per build process. `npm run build`
 * (scripts/build.mjs) has already checked that directory, printed its problems and stopped the
 * build if it is invalid, and made its path absolute. Pages read facts and derived views from
 * here; nothing in the web app parses data files or computes a metric.
 */
import {
  type BilateralIndex,
  formatProblem,
  loadDirectory,
  loadEmbeddedSync,
} from "@bilateral/data"
import { type DayDate, day, localize, partnerOf, type Relation } from "@bilateral/domain"
import { Effect, Either } from "effect"
import type { Lang } from "../i18n"

const load = async (): Promise<BilateralIndex> => {
  const dir = process.env.BILATERAL_DATA?.trim()
  if (!dir) return loadEmbeddedSync()
  const result = await Effect.runPromise(Effect.either(loadDirectory(dir)))
  if (Either.isRight(result)) return result.right
  throw new Error(`BILATERAL_DATA: ${dir}: ${result.left.problems.map(formatProblem).join("; ")}`)
}

// Loaded when the module is first imported (top-level await), so every helper below stays
// synchronous for the pages.
const loaded: BilateralIndex = await load()

/** The dataset the site is built from. */
export const data = (): BilateralIndex => loaded
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
