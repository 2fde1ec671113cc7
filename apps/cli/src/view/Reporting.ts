/**
 * What issue 10 added to the model, as text both the CLI and the TUI print: an observation's
 * period label, its several reports and their spread, growth between parts of a year, a `Change`
 * claim's wording, a session's commission, ordinal, co-chairs and levels, and the relation's status
 * timeline. Every label and figure comes from the domain; this module only joins them.
 */
import { type BilateralIndex, statusNames } from "@bilateral/data/snapshot"
import type {
  Claim,
  Event,
  Growth,
  Observation,
  Participant,
  Provenances,
  Relation,
  StatusChange,
} from "@bilateral/domain"
import { levelLabel } from "@bilateral/domain/format"
import {
  comparisonClass,
  localize,
  observationReports,
  observationSpanLabel,
  reporterName,
  reportSpread,
  statusTimeline,
} from "@bilateral/domain/metrics"
import type { Lang } from "../cli/Args"
import { t } from "../i18n/Messages"
import { dateText, growthText, quantityText } from "../render/Format"
import { countryName } from "./Relations"

/**
 * How an observation's period is labelled: the domain's span label ("6 tháng đầu năm 2024",
 * "first half of 2024", "yearly average 2017–2021"), else its date.
 */
export const spanText = (o: Observation, lang: Lang): string =>
  observationSpanLabel(o, lang) ?? dateText(o.date, lang)

/**
 * A year-over-year growth figure; between parts of a year it says it is on the same period a
 * year earlier ("+69,8% so với cùng kỳ").
 */
export const yoyText = (yoy: { readonly to: Observation; readonly growth: Growth }, lang: Lang) =>
  comparisonClass(yoy.to) === "whole"
    ? growthText(yoy.growth, lang)
    : `${growthText(yoy.growth, lang)} ${t("onSamePeriod", lang)}`

/** One report of a figure as text ("Vietnam Customs: 95 million USD"), with its provenance. */
export interface ReportText {
  readonly text: string
  readonly main: boolean
  readonly provenance: Provenances
}

/**
 * Every report of an observation, the main one (the one metrics use) first, each named by its
 * reporter; an empty list when the observation has one report without a named reporter.
 */
export const reportTexts = (
  index: BilateralIndex,
  o: Observation,
  lang: Lang,
): ReadonlyArray<ReportText> => {
  const reports = observationReports(o)
  if (reports.length === 1 && reports[0]?.reporter === undefined) return []
  return reports.map((r) => {
    const who =
      reporterName(r.reporter, index.dataset.organisations, lang) ?? t("reporterUnstated", lang)
    const main = r.main && reports.length > 1 ? ` (${t("mainReport", lang)})` : ""
    return {
      text: `${who}: ${quantityText(r.value, lang)}${main}`,
      main: r.main,
      provenance: r.provenance,
    }
  })
}

/** "Sources differ: 165–172 million USD" when an observation's reports differ, else undefined. */
export const spreadText = (o: Observation, lang: Lang): string | undefined => {
  const spread = reportSpread(o)
  if (!spread.differ) return undefined
  const { max: _max, reported: _reported, ...base } = o.value
  const at = (value: number) => quantityText({ ...base, value, qualifier: "exact" }, lang)
  return t("sourcesDiffer", lang, { min: at(spread.min), max: at(spread.max) })
}

/** A `Change` claim's wording as its source wrote it ("tăng 69,8% so với cùng kỳ"), else undefined. */
export const claimWording = (claim: Claim): string | undefined =>
  claim.check._tag === "Change" ? claim.check.reported : undefined

/** A participant as "Name, Office (Country)", with what the data gives. */
export const participantText = (index: BilateralIndex, p: Participant, lang: Lang): string => {
  const person = p.person === undefined ? undefined : (index.person(p.person)?.name ?? p.person)
  const office = p.office === undefined ? undefined : localize(p.office, lang)
  const what = p.description === undefined ? undefined : localize(p.description, lang)
  const who = [person, office, what].filter((x) => x !== undefined).join(", ")
  return p.country === undefined ? who : `${who} (${countryName(index, p.country, lang)})`
}

/**
 * The lines of a commission session or a consultation round: the commission's name (from the
 * relation's commissions by `commissionId`), the session's ordinal or the round, places, the
 * co-chairs or chairs with their offices and countries, and each side's level. Empty for other
 * events; without the places when `withPlaces` is false (a client that shows them already).
 */
export const sessionLines = (
  index: BilateralIndex,
  relation: Relation | undefined,
  e: Event,
  lang: Lang,
  withPlaces = true,
): string[] => {
  const sides = (levels: ReadonlyArray<{ country: string; level: Event["level"] }> | undefined) =>
    levels === undefined || levels.length === 0
      ? []
      : [
          `${t("sideLevels", lang)}: ${levels.map((s) => `${countryName(index, s.country, lang)}: ${levelLabel(s.level, lang)}`).join("; ")}`,
        ]
  const people = (key: "coChairs" | "chairs", ps: ReadonlyArray<Participant> | undefined) =>
    ps === undefined || ps.length === 0
      ? []
      : [`${t(key, lang)}: ${ps.map((p) => participantText(index, p, lang)).join("; ")}`]
  const places =
    withPlaces && e.places.length > 0 ? [`${t("places", lang)}: ${e.places.join(", ")}`] : []
  if (e._tag === "CommissionSession") {
    const commission = relation?.commissions?.find((c) => c.id === e.commissionId)
    return [
      `${t("commission", lang)}: ${localize(commission?.name ?? e.commission, lang)}`,
      ...(e.session === undefined ? [] : [`${t("session", lang)}: ${e.session}`]),
      ...places,
      ...people("coChairs", e.coChairs),
      ...sides(e.sideLevels),
    ]
  }
  if (e._tag === "PoliticalConsultation") {
    return [
      ...(e.round === undefined ? [] : [`${t("round", lang)}: ${e.round}`]),
      ...places,
      ...people("chairs", e.chairs),
      ...sides(e.sideLevels),
    ]
  }
  return []
}

/** The relation's status timeline (the domain's), with its commission sessions. */
export const relationStatus = (
  index: BilateralIndex,
  relation: Relation,
): ReadonlyArray<StatusChange> =>
  statusTimeline(relation, index.events({ relation: relation.id }), statusNames(index))

/** One change of the status timeline as "date  label". */
export const statusChangeText = (c: StatusChange, lang: Lang): string =>
  `${dateText(c.date, lang)}: ${c.label[lang]}`
