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
  type RelationView,
  relationView,
  relationViews,
} from "@bilateral/data"
import { type DayDate, day, localize, type Relation } from "@bilateral/domain"
import { Effect, Either } from "effect"
import { dictionary, type Lang } from "../i18n"

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

/** The country the dataset is about, by code (see `index.subject`), if any. */
export const subjectCode = (): string | undefined => data().subject

/** The subject's name in `lang`, if the dataset has one. */
export const subjectName = (lang: Lang): string | undefined => {
  const code = subjectCode()
  return code === undefined ? undefined : countryName(code, lang)
}

/** The overview's title: the dataset's own title (dataset.yaml), else one naming its subject. */
export const datasetTitle = (lang: Lang): string => {
  const title = data().about?.title
  return title ? localize(title, lang) : dictionary(lang).overview.title(subjectName(lang))
}

/** What every page shows about a relation (@bilateral/data's `relationView`), as of the build. */
export const viewOf = (relation: Relation): RelationView =>
  relationView(data(), relation.id, asOf())

/** The views of every relation, in the dataset's order. */
export const views = (): ReadonlyArray<RelationView> => relationViews(data(), asOf())

/** The partner's name in `lang`: the relation's other country than the subject. */
export const partnerName = (relation: Relation, lang: Lang): string =>
  countryName(data().partnerOf(relation), lang)

/**
 * How lists, pickers and badges name a relation: its partner ("Kazakhstan") when it involves the
 * subject, else its title ("Kazakhstan – Uzbekistan"), so that no two relations share a name.
 */
export const relationLabel = (relation: Relation, lang: Lang): string => {
  const subject = subjectCode()
  return subject !== undefined && (relation.countries as ReadonlyArray<string>).includes(subject)
    ? partnerName(relation, lang)
    : relationTitle(relation, lang)
}

/**
 * The relation's code as badges and narrow tables show it: the partner's ISO code ("KZ"), or both
 * countries' codes ("KZ–UZ") for a relation that does not involve the subject.
 */
export const partnerBadge = (relation: Relation): string => {
  const subject = subjectCode()
  return subject !== undefined && (relation.countries as ReadonlyArray<string>).includes(subject)
    ? data().partnerOf(relation)
    : relation.countries.join("–")
}

/** "Việt Nam – Kazakhstan": the relation's two countries, from its view. */
export const relationTitle = (relation: Relation, lang: Lang): string =>
  viewOf(relation).title[lang]

/** The relation's address on the site ("kz"; see `index.slugOf`). */
export const slugOf = (relation: Relation): string => data().slugOf(relation)

/** The relation with this address, if any. */
export const relationBySlug = (slug: string): Relation | undefined => data().relationBySlug(slug)

/** A language's name in `lang` ("Tiếng Anh", "English"), from the runtime's Unicode data. */
export const languageName = (code: string, lang: Lang): string =>
  new Intl.DisplayNames([lang], { type: "language" }).of(code) ?? code

/** The relation's colour: its view's tone, an index into @bilateral/data's `relationColor`. */
export const toneOf = (relation: Relation): number => viewOf(relation).tone
