/**
 * What the CLI and the TUI both show about a relation: its name, the partner's code, the codes a
 * user may type, and the key figures of the list screen. Everything is read from the index and
 * computed by the domain.
 */
import type { BilateralIndex } from "@bilateral/data"
import {
  compareDates,
  type Event,
  type IndicatorSeries,
  isTopLevel,
  localize,
  type Observation,
  type Relation,
  seriesMetrics,
  type Visit,
} from "@bilateral/domain"
import type { Lang } from "../cli/Args"
import { UserError } from "../cli/Errors"

/** The partner's ISO code in lower case (`kz`), as users type it. */
export const partnerCode = (relation: Relation): string => relation.countries[1].toLowerCase()

/** A country's name per language, or its code when the dataset does not name it. */
export const countryName = (index: BilateralIndex, code: string, lang: Lang): string => {
  const country = index.country(code)
  return country ? localize(country.name, lang) : code
}

/** "Việt Nam – Kazakhstan". */
export const relationTitle = (index: BilateralIndex, relation: Relation, lang: Lang): string =>
  `${countryName(index, relation.countries[0], lang)} – ${countryName(index, relation.countries[1], lang)}`

/** The countries a user may name, for error messages: `kz (Kazakhstan), kg (Kyrgyzstan)`. */
export const acceptedCountries = (index: BilateralIndex, lang: Lang): string =>
  index.relations
    .map((r) => `${partnerCode(r)} (${countryName(index, r.countries[1], lang)})`)
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
  const relation = index.resolveRelation(code)
  if (!relation) {
    throw new UserError(
      `unknown country "${code}": expected one of ${acceptedCountries(index, lang)}`,
    )
  }
  return relation
}

/** The latest dated point of the trade series of a relation, with its series. */
export const latestOf = (
  series: ReadonlyArray<IndicatorSeries>,
  kind: IndicatorSeries["kind"],
): { series: IndicatorSeries; observation: Observation } | undefined => {
  let best: { series: IndicatorSeries; observation: Observation } | undefined
  for (const s of series.filter((x) => x.kind === kind)) {
    const latest = seriesMetrics(s).latest
    if (!latest) continue
    if (
      !best ||
      (latest.date !== undefined &&
        (best.observation.date === undefined ||
          compareDates(latest.date, best.observation.date) > 0))
    ) {
      best = { series: s, observation: latest }
    }
  }
  return best
}

const isVisit = (e: Event): e is Visit => e._tag === "Visit"

/** The figures the relation list shows for each relation. */
export interface KeyFigures {
  readonly relation: Relation
  readonly events: number
  readonly visits: number
  readonly agreements: number
  readonly indicators: number
  readonly latestTrade?: { series: IndicatorSeries; observation: Observation }
  readonly lastTopVisit?: Visit
}

/** Counts and latest figures of one relation. */
export const keyFigures = (index: BilateralIndex, relation: Relation): KeyFigures => {
  const facts = index.factsOf(relation.id)
  const visits = facts.events.filter(isVisit)
  const top = visits
    .filter((v) => isTopLevel(v.level) && v.date !== undefined)
    .sort((a, b) => (a.date && b.date ? compareDates(a.date, b.date) : 0))
  const latestTrade = latestOf(facts.indicators, "trade")
  const lastTopVisit = top[top.length - 1]
  return {
    relation,
    events: facts.events.length,
    visits: visits.length,
    agreements: facts.agreements.length,
    indicators: facts.indicators.length,
    ...(latestTrade ? { latestTrade } : {}),
    ...(lastTopVisit ? { lastTopVisit } : {}),
  }
}
