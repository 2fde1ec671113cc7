/**
 * How the CLI and the TUI name relations and find the one a user typed. Codes, partners and titles
 * come from the index (`slugOf`, `partnerOf`) and from the relation's view (`relationView`): this
 * module only looks them up, so a relation reads the same here as on the web.
 */
import { type BilateralIndex, type RelationView, relationView } from "@bilateral/data/snapshot"
import type { DayDate, Relation } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import type { Lang } from "../cli/Args"
import { quoted, UserError } from "../cli/Errors"

/** The code users type for a relation and the CLI prints (`kz`): the data's slug. */
export const relationCode = (index: BilateralIndex, relation: Relation): string =>
  index.slugOf(relation)

/** A country's name per language, or its code when the dataset does not name it. */
export const countryName = (index: BilateralIndex, code: string, lang: Lang): string => {
  const country = index.country(code)
  return country ? localize(country.name, lang) : code
}

/**
 * Whether the relation is one of the dataset's subject with a partner (not one between two other
 * countries, whose "partner" is only its second country).
 */
export const involvesSubject = (index: BilateralIndex, relation: Relation): boolean =>
  index.subject !== undefined && relation.countries.includes(index.subject)

/**
 * The short name of a relation in lists, headers and columns: the partner's name ("Kazakhstan")
 * for a relation of the dataset's subject, else the relation's title ("Kazakhstan – Kyrgyzstan").
 */
export const relationName = (
  index: BilateralIndex,
  relation: Relation,
  lang: Lang,
  asOf: DayDate,
): string =>
  involvesSubject(index, relation)
    ? countryName(index, index.partnerOf(relation), lang)
    : relationView(index, relation.id, asOf).title[lang]

/** The view of a relation as of a day (the data's `relationView`, computed once per index). */
export const viewOf = (index: BilateralIndex, relation: Relation, asOf: DayDate): RelationView =>
  relationView(index, relation.id, asOf)

/**
 * What the dataset is about, as a heading: "Quan hệ song phương của Việt Nam" / "Vietnam's
 * bilateral relations", or "Quan hệ song phương" / "Bilateral relations" when it has no subject.
 */
export const datasetHeading = (index: BilateralIndex, lang: Lang): string => {
  const subject = index.subject === undefined ? undefined : countryName(index, index.subject, lang)
  if (lang === "vi")
    return subject === undefined ? "Quan hệ song phương" : `Quan hệ song phương của ${subject}`
  return subject === undefined ? "Bilateral relations" : `${subject}'s bilateral relations`
}

/** The codes a user may type, for error messages: `kz (Kazakhstan), kg (Kyrgyzstan)`. */
export const acceptedCountries = (index: BilateralIndex, lang: Lang): string =>
  index.relations
    .map((r) => `${relationCode(index, r)} (${countryName(index, index.partnerOf(r), lang)})`)
    .join(", ")

/**
 * Finds the relation a user named by code or name.
 * @throws UserError listing the accepted codes and names when none matches.
 */
export const resolveOrFail = (
  index: BilateralIndex,
  code: string | undefined,
  lang: Lang,
  command = "this command",
): Relation => {
  if (code === undefined || code.trim() === "") {
    throw new UserError(
      `${command} expects a country code or name: one of ${acceptedCountries(index, lang)}`,
    )
  }
  const relation = index.relationBySlug(code) ?? index.resolveRelation(code)
  if (!relation) {
    throw new UserError(
      `unknown country ${quoted(code)}: expected one of ${acceptedCountries(index, lang)}`,
    )
  }
  return relation
}
