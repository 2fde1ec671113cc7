/**
 * Checking the claims a source makes ("33 năm", "tăng hơn gấp đôi", "lần đầu tiên") against the
 * dataset. A claim holds, is contradicted, or cannot be checked; the explanation, in Vietnamese
 * and English, shows the figure computed.
 *
 * A dataset built from a few articles is not exhaustive: finding no earlier visit does not prove
 * there was none, so "first" and "none within" claims are only ever contradicted, never confirmed.
 *
 * @since 0.1.0
 */

// Effect's modules one by one, not its index: see SchemaFreeEntries.test.ts.
import * as Either from "effect/Either"
import {
  type Bilingual,
  formatDate,
  formatGrowth,
  formatMultiple,
  formatQuantity,
  type Lang,
  levelLabel,
  qualifierLabel,
} from "../format/Format"
import {
  compareDates,
  epochDay,
  firstDay,
  formatReported,
  fromEpochDay,
  lastDay,
  startYear,
} from "../model/Calendar"
import type { Claim, ClaimCheck } from "../model/Claim"
import type { Dataset } from "../model/Dataset"
import type { Event, Level, Visit } from "../model/Event"
import type { IndicatorSeries, Observation, ObservationPeriod } from "../model/Indicator"
import { localize } from "../model/Localize"
import { comparisonClass, observationSpanLabel, partKey } from "../model/ObservationPeriods"
import type { Qualifier } from "../model/Quantity"
import { isApproximate } from "../model/QuantityValue"
import type { ReportedDate } from "../model/ReportedDate"
import { reportCitedBy } from "../model/Reports"
import { changeHolds, changeToleranceLabel, parseReportedChange } from "../parse/Change"
import { cagr, growthRate, multiple } from "./Growth"

/**
 * The outcome of a claim check: it `holds`, is `contradicted` by the data, or `cannot-check`.
 * @example
 * const badge = (s: ClaimStatus) => ({ holds: "✓", contradicted: "✗", "cannot-check": "?" })[s]
 * @since 0.1.0
 * @category models
 */
export type ClaimStatus = "holds" | "contradicted" | "cannot-check"

/**
 * Every claim status, in display order. Use it for legends and filters.
 * @example
 * CLAIM_STATUSES.map((s) => results.filter((r) => r.status === s).length)
 * @since 0.1.0
 * @category constants
 */
export const CLAIM_STATUSES: ReadonlyArray<ClaimStatus> = ["holds", "contradicted", "cannot-check"]

/**
 * The result of checking a claim: its status, an explanation in both languages with the figure
 * computed, and that figure (years, a multiple, a rate as a fraction, or a count of
 * counterexamples).
 * @example
 * const r: ClaimResult = checkClaim(claim, dataset)
 * console.log(r.status, r.explanation.en)
 * @since 0.1.0
 * @category models
 */
export interface ClaimResult {
  readonly status: ClaimStatus
  readonly explanation: Bilingual
  readonly computed?: number
  /** For a `Change` claim whose figures were found: what was compared, and how. @since 0.3.0 */
  readonly change?: ChangeCheckDetail
}

/**
 * How a `Change` claim was checked, for a client to show beside the result: the source's own
 * wording, the two figures' periods compared ("6 tháng đầu năm 2023 → 6 tháng đầu năm 2024"), and
 * the tolerance that follows the stated precision (`changeToleranceLabel`).
 * @example
 * const line = (d: ChangeCheckDetail) => `"${d.reported}" · ${d.compared.en} · ${d.tolerance.en}`
 * @since 0.3.0
 * @category models
 */
export interface ChangeCheckDetail {
  readonly reported: string
  readonly compared: Bilingual
  readonly tolerance: Bilingual
}

/**
 * How far a multiple may be from the factor claimed: within 5% for an exact claim ("gấp đôi"),
 * 10% for "khoảng"; "gần" accepts up to 10% below the factor and "hơn" anything above it.
 * @example
 * MULTIPLE_TOLERANCE.about // 0.1
 * @since 0.1.0
 * @category constants
 */
export const MULTIPLE_TOLERANCE = { exact: 0.05, about: 0.1, nearly: 0.1 } as const

const cannot = (vi: string, en: string, computed?: number): ClaimResult => ({
  status: "cannot-check",
  explanation: { vi, en },
  ...(computed !== undefined ? { computed } : {}),
})

const result = (status: ClaimStatus, vi: string, en: string, computed?: number): ClaimResult => ({
  status,
  explanation: { vi, en },
  ...(computed !== undefined && Number.isFinite(computed) ? { computed } : {}),
})

const countryName = (dataset: Dataset, code: string, lang: Lang): string => {
  const country = dataset.countries.find((c) => c.code === code)
  return country === undefined ? code : localize(country.name, lang)
}

/** An event's summary as a name inside a sentence: without its closing full stop. */
const eventName = (e: Event, lang: Lang): string => localize(e.summary, lang).replace(/\s*\.$/u, "")

const eventWithDate = (e: Event, lang: Lang): string =>
  e.date === undefined ? eventName(e, lang) : `${eventName(e, lang)} (${formatDate(e.date, lang)})`

const joinOr = (items: ReadonlyArray<string>, or: string): string =>
  items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${or} ${items[items.length - 1]}`

const levelsText = (levels: ReadonlyArray<Level>, lang: Lang): string =>
  lang === "vi"
    ? `ở cấp ${joinOr(
        levels.map((l) => levelLabel(l, "vi").replace(/^Cấp /u, "")),
        "hoặc",
      )}`
    : `at ${joinOr(
        levels.map((l) => levelLabel(l, "en").toLowerCase()),
        "or",
      )} level`

/**
 * Finds the observation of a series for a reported date: the one with the same date, or else the
 * only one whose date lies within it. Without `period` only whole-period observations (full years,
 * averages, levels) are found; with it, only observations of that part of the year.
 * @example
 * observationAt(series, year(2024))?.value // 150 000 visitors
 * @since 0.1.0
 * @category helpers
 */
export const observationAt = (
  series: IndicatorSeries,
  date: ReportedDate,
  period?: ObservationPeriod,
): Observation | undefined => {
  const key = formatReported(date)
  const wanted = period === undefined ? "whole" : `part:${partKey(period)}`
  const candidates = series.observations.filter((o) => comparisonClass(o) === wanted)
  const same = candidates.find((o) => o.date !== undefined && formatReported(o.date) === key)
  if (same !== undefined) return same
  const within = candidates.filter(
    (o) =>
      o.date !== undefined &&
      firstDay(o.date) >= firstDay(date) &&
      lastDay(o.date) <= lastDay(date),
  )
  return within.length === 1 ? within[0] : undefined
}

/** The observation with its value and provenance replaced by the report the claim cites. */
const asCited = (o: Observation, claim: Claim): Observation => {
  const report = reportCitedBy(
    o,
    claim.provenance.map((p) => p.source),
  )
  return report.main ? o : { ...o, value: report.value, provenance: report.provenance }
}

/** The same date a year earlier: a year, or the date of a part-year figure. */
const yearBefore = (date: ReportedDate): ReportedDate | undefined =>
  date._tag === "Year" ? { ...date, year: date.year - 1 } : undefined

const noSeries = (id: string) =>
  cannot(
    `Chuỗi số liệu "${id}" không có trong bộ dữ liệu.`,
    `The series "${id}" is not in the dataset.`,
  )

const noObservation = (series: IndicatorSeries, date: ReportedDate) =>
  cannot(
    `Chuỗi "${localize(series.title, "vi")}" không có số liệu cho ${formatDate(date, "vi")}.`,
    `The series "${localize(series.title, "en")}" has no figure for ${formatDate(date, "en")}.`,
  )

const figure = (o: Observation, lang: Lang): string =>
  o.date === undefined
    ? formatQuantity(o.value, lang)
    : `${formatQuantity(o.value, lang)} (${observationSpanLabel(o, lang) ?? formatDate(o.date, lang)})`

const approximateNote = (a: Observation, b: Observation): Bilingual =>
  isApproximate(a.value) ||
  isApproximate(b.value) ||
  a.basis === "period-average" ||
  b.basis === "period-average"
    ? { vi: " Số liệu là gần đúng.", en: " The figures are approximate." }
    : { vi: "", en: "" }

const multipleHolds = (ratio: number, factor: number, qualifier: Qualifier): boolean => {
  switch (qualifier) {
    case "exact":
      return Math.abs(ratio - factor) <= MULTIPLE_TOLERANCE.exact * factor
    case "about":
      return Math.abs(ratio - factor) <= MULTIPLE_TOLERANCE.about * factor
    case "over":
      return ratio > factor
    case "nearly":
      return ratio <= factor && ratio >= (1 - MULTIPLE_TOLERANCE.nearly) * factor
  }
}

const claimedMultiple = (factor: number, qualifier: Qualifier, lang: Lang): string => {
  const word = qualifierLabel(qualifier, lang)
  const text = formatMultiple(factor, lang)
  return word === "" ? text : `${word} ${text}`
}

type Check<T extends ClaimCheck["_tag"]> = Extract<ClaimCheck, { _tag: T }>

const checkAnniversary = (claim: Claim, check: Check<"Anniversary">, dataset: Dataset) => {
  let date: ReportedDate | undefined
  let subject: Bilingual
  if (check.subject._tag === "Establishment") {
    const relation = dataset.relations.find((r) => r.id === claim.relation)
    if (relation === undefined) {
      return cannot(
        `Quan hệ "${claim.relation}" không có trong bộ dữ liệu.`,
        `The relation "${claim.relation}" is not in the dataset.`,
      )
    }
    date = relation.established?.date
    subject = {
      vi: "khi thiết lập quan hệ ngoại giao",
      en: "the establishment of diplomatic relations",
    }
    if (date === undefined) {
      return cannot(
        "Bộ dữ liệu không có ngày thiết lập quan hệ ngoại giao, nên không tính được số năm.",
        "The dataset has no date for the establishment of diplomatic relations, so the years cannot be counted.",
      )
    }
  } else {
    const eventId = check.subject.event
    const event = dataset.events.find((e) => e.id === eventId)
    if (event === undefined) {
      return cannot(
        `Sự kiện "${eventId}" không có trong bộ dữ liệu.`,
        `The event "${eventId}" is not in the dataset.`,
      )
    }
    subject = { vi: `"${eventName(event, "vi")}"`, en: `"${eventName(event, "en")}"` }
    date = event.date
    if (date === undefined) {
      return cannot(
        `Bộ dữ liệu không có thời điểm của ${subject.vi} (nguồn không nêu), nên không kiểm chứng được con số ${check.years} năm.`,
        `The dataset has no date for ${subject.en} (the source does not say when it took place), so the ${check.years} years cannot be checked.`,
      )
    }
  }
  const origin = startYear(date)
  const computed = check.year - origin
  const sum = (unit: string) => `${check.year} − ${origin} = ${computed} ${unit}`
  if (computed === check.years) {
    return result(
      "holds",
      `Từ ${subject.vi} (${formatDate(date, "vi")}) đến năm ${check.year}: ${sum("năm")}, khớp với con số ${check.years} năm.`,
      `From ${subject.en} (${formatDate(date, "en")}) to ${check.year}: ${sum("years")}, as claimed.`,
      computed,
    )
  }
  return result(
    "contradicted",
    `Từ ${subject.vi} (${formatDate(date, "vi")}) đến năm ${check.year}: ${sum("năm")}, không phải ${check.years} năm.`,
    `From ${subject.en} (${formatDate(date, "en")}) to ${check.year}: ${sum("years")}, not ${check.years}.`,
    computed,
  )
}

const checkMultiple = (claim: Claim, check: Check<"Multiple">, dataset: Dataset) => {
  const series = dataset.indicators.find((s) => s.id === check.series)
  if (series === undefined) return noSeries(check.series)
  const fromFound = observationAt(series, check.from, check.period)
  if (fromFound === undefined) return noObservation(series, check.from)
  const toFound = observationAt(series, check.to, check.period)
  if (toFound === undefined) return noObservation(series, check.to)
  const from = asCited(fromFound, claim)
  const to = asCited(toFound, claim)
  const ratio = multiple(from.value, to.value)
  if (ratio === undefined) {
    return cannot(
      `Không tính được bội số: ${figure(from, "vi")} bằng 0 hoặc không cùng đơn vị với ${figure(to, "vi")}.`,
      `No multiple can be computed: ${figure(from, "en")} is zero or not in the unit of ${figure(to, "en")}.`,
    )
  }
  const holds = multipleHolds(ratio, check.factor, check.qualifier)
  const growth = growthRate(from.value, to.value)
  const note = approximateNote(from, to)
  const vi = `${figure(to, "vi")} so với ${figure(from, "vi")}: ${formatMultiple(ratio, "vi")} (${formatGrowth(growth, "vi")}), ${holds ? "khớp với" : "không khớp với"} "${claimedMultiple(check.factor, check.qualifier, "vi")}".${note.vi}`
  const en = `${figure(to, "en")} against ${figure(from, "en")}: ${formatMultiple(ratio, "en")} (${formatGrowth(growth, "en")}), ${holds ? "consistent with" : "not consistent with"} "${claimedMultiple(check.factor, check.qualifier, "en")}".${note.en}`
  return result(holds ? "holds" : "contradicted", vi, en, ratio)
}

const checkIncrease = (claim: Claim, check: Check<"Increase">, dataset: Dataset) => {
  const series = dataset.indicators.find((s) => s.id === check.series)
  if (series === undefined) return noSeries(check.series)
  const toFound = observationAt(series, check.to, check.period)
  if (toFound === undefined) return noObservation(series, check.to)
  const to = asCited(toFound, claim)
  if (check.from === undefined) {
    return cannot(
      `Tuyên bố không nêu mốc so sánh, nên không kiểm chứng được mức tăng; số liệu được nêu: ${figure(to, "vi")}.`,
      `The claim names no starting point, so the increase cannot be checked; the figure given is ${figure(to, "en")}.`,
    )
  }
  const fromFound = observationAt(series, check.from, check.period)
  if (fromFound === undefined) return noObservation(series, check.from)
  const from = asCited(fromFound, claim)
  const growth = growthRate(from.value, to.value)
  if (growth._tag === "Undefined") {
    return cannot(
      `${figure(from, "vi")} → ${figure(to, "vi")}: mức tăng ${formatGrowth(growth, "vi")}.`,
      `${figure(from, "en")} → ${figure(to, "en")}: the increase is ${formatGrowth(growth, "en")}.`,
    )
  }
  const holds = growth.rate > 0
  const note = approximateNote(from, to)
  return result(
    holds ? "holds" : "contradicted",
    `${figure(from, "vi")} → ${figure(to, "vi")}: ${formatGrowth(growth, "vi")}, ${holds ? "đúng là tăng" : "không tăng"}.${note.vi}`,
    `${figure(from, "en")} → ${figure(to, "en")}: ${formatGrowth(growth, "en")}, ${holds ? "an increase as claimed" : "not an increase"}.${note.en}`,
    growth.rate,
  )
}

const formatStated = (rate: number, decimals: number, lang: Lang): string => {
  const text = (Math.abs(rate) * 100).toFixed(decimals)
  const sign = rate < 0 ? "−" : "+"
  return `${sign}${lang === "vi" ? text.replace(".", ",") : text}%`
}

const checkChange = (claim: Claim, check: Check<"Change">, dataset: Dataset) => {
  const parsed = parseReportedChange(check.reported)
  if (Either.isLeft(parsed)) {
    return cannot(`Không đọc được "${check.reported}".`, `"${check.reported}" cannot be read.`)
  }
  const change = parsed.right
  const series = dataset.indicators.find((s) => s.id === check.series)
  if (series === undefined) return noSeries(check.series)
  const fromDate = check.from ?? yearBefore(check.to)
  if (fromDate === undefined) {
    return cannot(
      `Tuyên bố "${check.reported}" không nêu mốc so sánh và ${formatDate(check.to, "vi")} không phải một năm.`,
      `The claim "${check.reported}" names no starting point and ${formatDate(check.to, "en")} is not a year.`,
    )
  }
  const toFound = observationAt(series, check.to, check.period)
  if (toFound === undefined) return noObservation(series, check.to)
  const fromFound = observationAt(series, fromDate, check.period)
  if (fromFound === undefined) return noObservation(series, fromDate)
  const from = asCited(fromFound, claim)
  const to = asCited(toFound, claim)
  const note = approximateNote(from, to)
  const stated = `"${check.reported}"`
  const when = (o: Observation, lang: Lang) =>
    observationSpanLabel(o, lang) ?? (o.date === undefined ? "" : formatDate(o.date, lang))
  const detail: ChangeCheckDetail = {
    reported: check.reported,
    compared: {
      vi: `${when(from, "vi")} → ${when(to, "vi")}`,
      en: `${when(from, "en")} → ${when(to, "en")}`,
    },
    tolerance: {
      vi: changeToleranceLabel(change, "vi"),
      en: changeToleranceLabel(change, "en"),
    },
  }
  const withDetail = (r: ClaimResult): ClaimResult => ({ ...r, change: detail })
  if (change._tag === "Multiple") {
    const ratio = multiple(from.value, to.value)
    if (ratio === undefined) {
      return withDetail(
        cannot(
          `Không tính được bội số: ${figure(from, "vi")} bằng 0 hoặc không cùng đơn vị với ${figure(to, "vi")}.`,
          `No multiple can be computed: ${figure(from, "en")} is zero or not in the unit of ${figure(to, "en")}.`,
        ),
      )
    }
    const holds = changeHolds(change, ratio)
    return withDetail(
      result(
        holds ? "holds" : "contradicted",
        `${figure(to, "vi")} so với ${figure(from, "vi")}: ${formatMultiple(ratio, "vi")}, ${holds ? "khớp với" : "không khớp với"} ${stated}.${note.vi}`,
        `${figure(to, "en")} against ${figure(from, "en")}: ${formatMultiple(ratio, "en")}, ${holds ? "consistent with" : "not consistent with"} ${stated}.${note.en}`,
        ratio,
      ),
    )
  }
  const growth =
    change.perYear && from.date !== undefined && to.date !== undefined
      ? cagr(
          { date: from.date, value: from.value, basis: from.basis },
          { date: to.date, value: to.value, basis: to.basis },
        )
      : growthRate(from.value, to.value)
  if (growth._tag === "Undefined") {
    return withDetail(
      cannot(
        `${figure(from, "vi")} → ${figure(to, "vi")}: mức thay đổi ${formatGrowth(growth, "vi")}.`,
        `${figure(from, "en")} → ${figure(to, "en")}: the change is ${formatGrowth(growth, "en")}.`,
      ),
    )
  }
  const holds = changeHolds(change, growth.rate)
  const precise = (lang: Lang) => formatStated(growth.rate, change.decimals + 1, lang)
  const how = change.perYear
    ? { vi: " bình quân mỗi năm", en: " a year on average" }
    : { vi: "", en: "" }
  return withDetail(
    result(
      holds ? "holds" : "contradicted",
      `${figure(from, "vi")} → ${figure(to, "vi")}: ${precise("vi")}${how.vi}, ${holds ? "khớp với" : "không khớp với"} ${stated}.${note.vi}`,
      `${figure(from, "en")} → ${figure(to, "en")}: ${precise("en")}${how.en}, ${holds ? "consistent with" : "not consistent with"} ${stated}.${note.en}`,
      growth.rate,
    ),
  )
}

type DatedVisit = Visit & { readonly date: ReportedDate }

const matchingVisits = (
  dataset: Dataset,
  event: Event,
  check: { readonly guest: string; readonly host: string; readonly levels: ReadonlyArray<Level> },
) => {
  const visits = dataset.events.filter(
    (e): e is Visit =>
      e._tag === "Visit" &&
      e.id !== event.id &&
      e.partOf !== event.id &&
      e.guest === check.guest &&
      e.host === check.host &&
      check.levels.includes(e.level),
  )
  const dated = visits
    .filter((v): v is DatedVisit => v.date !== undefined)
    .sort((a, b) => compareDates(a.date, b.date))
  return { dated, undated: visits.length - dated.length }
}

const directionText = (dataset: Dataset, guest: string, host: string, lang: Lang) =>
  lang === "vi"
    ? `từ ${countryName(dataset, guest, "vi")} đến ${countryName(dataset, host, "vi")}`
    : `from ${countryName(dataset, guest, "en")} to ${countryName(dataset, host, "en")}`

const NOT_EXHAUSTIVE: Bilingual = {
  vi: "Nhưng bộ dữ liệu không đầy đủ: việc thiếu bản ghi không chứng minh rằng không có chuyến thăm nào.",
  en: "But the dataset is not exhaustive: the absence of a record proves nothing.",
}

const undatedNote = (count: number): Bilingual =>
  count === 0
    ? { vi: "", en: "" }
    : {
        vi: ` ${count} chuyến thăm phù hợp không có ngày, nên không xếp được theo thời gian.`,
        en: ` ${count} matching visit${count === 1 ? " has" : "s have"} no date and cannot be placed in time.`,
      }

const lookUpVisitEvent = (dataset: Dataset, eventId: string) => {
  const event = dataset.events.find((e) => e.id === eventId)
  if (event === undefined) {
    return cannot(
      `Sự kiện "${eventId}" không có trong bộ dữ liệu.`,
      `The event "${eventId}" is not in the dataset.`,
    )
  }
  if (event.date === undefined) {
    return cannot(
      `Bộ dữ liệu không có ngày của "${eventName(event, "vi")}", nên không so sánh được với các chuyến thăm khác.`,
      `The dataset has no date for "${eventName(event, "en")}", so it cannot be compared with other visits.`,
    )
  }
  return { event, date: event.date }
}

const checkFirstVisit = (check: Check<"FirstVisit">, dataset: Dataset) => {
  const found = lookUpVisitEvent(dataset, check.event)
  if ("status" in found) return found
  const { event, date } = found
  const { dated, undated } = matchingVisits(dataset, event, check)
  const since = check.since
  const earlier = dated.filter(
    (v) =>
      lastDay(v.date) < firstDay(date) &&
      (since === undefined || firstDay(v.date) >= firstDay(since)),
  )
  const scope = (lang: Lang) =>
    `${levelsText(check.levels, lang)} ${directionText(dataset, check.guest, check.host, lang)}`
  const period = (lang: Lang) =>
    since === undefined
      ? lang === "vi"
        ? `trước ${formatDate(date, "vi")}`
        : `before ${formatDate(date, "en")}`
      : lang === "vi"
        ? `từ ${formatDate(since, "vi")} đến trước ${formatDate(date, "vi")}`
        : `between ${formatDate(since, "en")} and ${formatDate(date, "en")}`
  const first = earlier[0]
  if (first !== undefined) {
    return result(
      "contradicted",
      `Bộ dữ liệu có ${earlier.length} chuyến thăm ${scope("vi")} ${period("vi")}, sớm nhất: ${eventWithDate(first, "vi")}.`,
      `The dataset holds ${earlier.length} visit${earlier.length === 1 ? "" : "s"} ${scope("en")} ${period("en")}, the first: ${eventWithDate(first, "en")}.`,
      earlier.length,
    )
  }
  const note = undatedNote(undated)
  return cannot(
    `Bộ dữ liệu không có chuyến thăm nào ${scope("vi")} ${period("vi")}. ${NOT_EXHAUSTIVE.vi}${note.vi}`,
    `The dataset holds no visit ${scope("en")} ${period("en")}. ${NOT_EXHAUSTIVE.en}${note.en}`,
    0,
  )
}

const checkNoneWithin = (check: Check<"NoneWithin">, dataset: Dataset) => {
  const found = lookUpVisitEvent(dataset, check.event)
  if ("status" in found) return found
  const { event, date } = found
  const start = fromEpochDay(firstDay(date))
  const windowStart = epochDay(start.year - check.years, start.month, start.day)
  const { dated, undated } = matchingVisits(dataset, event, check)
  const before = dated.filter((v) => firstDay(v.date) < firstDay(date))
  const within = before.filter(
    (v) => firstDay(v.date) >= windowStart && lastDay(v.date) < firstDay(date),
  )
  const overlapping = before.filter(
    (v) => !within.includes(v) && lastDay(v.date) >= windowStart,
  ).length
  const scope = (lang: Lang) =>
    `${levelsText(check.levels, lang)} ${directionText(dataset, check.guest, check.host, lang)}`
  const first = within[0]
  if (first !== undefined) {
    return result(
      "contradicted",
      `Bộ dữ liệu có ${within.length} chuyến thăm ${scope("vi")} trong ${check.years} năm trước ${formatDate(date, "vi")}, ví dụ: ${eventWithDate(first, "vi")}.`,
      `The dataset holds ${within.length} visit${within.length === 1 ? "" : "s"} ${scope("en")} in the ${check.years} years before ${formatDate(date, "en")}, such as ${eventWithDate(first, "en")}.`,
      within.length,
    )
  }
  const previous = before.filter((v) => lastDay(v.date) < windowStart).at(-1)
  const previousText: Bilingual =
    previous === undefined
      ? { vi: "", en: "" }
      : {
          vi: ` Chuyến gần nhất trước đó trong bộ dữ liệu: ${eventWithDate(previous, "vi")}.`,
          en: ` The latest earlier one in the dataset: ${eventWithDate(previous, "en")}.`,
        }
  const overlapText: Bilingual =
    overlapping === 0
      ? { vi: "", en: "" }
      : {
          vi: ` ${overlapping} chuyến thăm có ngày không đủ chính xác để biết có nằm trong khoảng này không.`,
          en: ` ${overlapping} visit${overlapping === 1 ? "'s date is" : "s' dates are"} too imprecise to tell whether ${overlapping === 1 ? "it falls" : "they fall"} within it.`,
        }
  const note = undatedNote(undated)
  return cannot(
    `Bộ dữ liệu không có chuyến thăm nào ${scope("vi")} trong ${check.years} năm trước ${formatDate(date, "vi")}. ${NOT_EXHAUSTIVE.vi}${previousText.vi}${overlapText.vi}${note.vi}`,
    `The dataset holds no visit ${scope("en")} in the ${check.years} years before ${formatDate(date, "en")}. ${NOT_EXHAUSTIVE.en}${previousText.en}${overlapText.en}${note.en}`,
    0,
  )
}

/**
 * Checks a claim against the dataset:
 * - `Anniversary` holds when `year − startYear(subject's date) = years`; cannot be checked when the
 *   subject has no date.
 * - `Multiple` compares `to / from` with the factor, honouring the qualifier (see
 *   `MULTIPLE_TOLERANCE`).
 * - `Increase` holds when the series rose from `from` to `to`; cannot be checked without `from`.
 * - `Change` reads the source's wording ("tăng 69,8%", "tăng hơn gấp đôi", "tăng trung bình
 *   28%/năm") and holds when the figures agree within the precision written (`changeHolds`);
 *   without `from` it compares with the same period a year earlier ("so với cùng kỳ").
 * - `Multiple`, `Increase` and `Change` read each figure from the report the claim's own source
 *   gives (`reportCitedBy`), else from the observation's main report; `period` picks part-year
 *   figures.
 * - `FirstVisit` and `NoneWithin` are contradicted by a matching visit in the dataset; otherwise
 *   they cannot be checked, since a missing record proves nothing.
 * - `Qualitative` cannot be checked.
 * @example
 * checkClaim(claim33Years, dataset)
 * // { status: "holds", computed: 33, explanation: { vi: "Từ thiết lập quan hệ ngoại giao (29/6/1992) đến năm 2025: 2025 − 1992 = 33 năm, ...", en: "..." } }
 * @since 0.1.0
 * @category metrics
 */
export const checkClaim = (claim: Claim, dataset: Dataset): ClaimResult => {
  const check = claim.check
  switch (check._tag) {
    case "Anniversary":
      return checkAnniversary(claim, check, dataset)
    case "Multiple":
      return checkMultiple(claim, check, dataset)
    case "Increase":
      return checkIncrease(claim, check, dataset)
    case "Change":
      return checkChange(claim, check, dataset)
    case "FirstVisit":
      return checkFirstVisit(check, dataset)
    case "NoneWithin":
      return checkNoneWithin(check, dataset)
    case "Qualitative":
      return cannot(
        "Đây là một nhận định; số liệu không kiểm chứng được.",
        "This is a judgement that data cannot settle.",
      )
  }
}

/**
 * Checks every claim of the dataset, or of one relation. Use it for a relation's "claims" section.
 * @example
 * checkClaims(dataset, "vn-kz").filter((c) => c.result.status === "contradicted")
 * @since 0.1.0
 * @category metrics
 */
export const checkClaims = (
  dataset: Dataset,
  relationId?: string,
): ReadonlyArray<{ readonly claim: Claim; readonly result: ClaimResult }> =>
  dataset.claims
    .filter((c) => relationId === undefined || c.relation === relationId)
    .map((claim) => ({ claim, result: checkClaim(claim, dataset) }))
