/**
 * Printing numbers, quantities, dates, percentages and growth for readers, in Vietnamese or
 * English. Vietnamese groups thousands with "." and writes decimals with "," ("150.000",
 * "13,5 triệu USD"); English does the opposite ("150,000", "13.5 million USD").
 *
 * Pure and deterministic: no `Intl`, no locale data of the runtime.
 *
 * @since 0.1.0
 */

import type { Growth } from "../metrics/Growth"
import type { RelationAge } from "../metrics/RelationAge"
import type { DirectionCount } from "../metrics/Visits"
import type { EventKind, Level, VisitType } from "../model/Event"
import type { Qualifier, Quantity, RatePeriod, Unit } from "../model/Quantity"
import type { DatePoint, ReportedDate, YearPart } from "../model/ReportedDate"
import { label } from "./Labels"

/**
 * The languages the product prints in.
 * @example
 * const lang: Lang = "vi"
 * @since 0.1.0
 * @category models
 */
export type Lang = "vi" | "en"

/**
 * Every language the product prints in. Use it to render both versions of a text.
 * @example
 * LANGS.map((lang) => formatQuantity(q, lang)) // ["13,5 triệu USD", "13.5 million USD"]
 * @since 0.1.0
 * @category constants
 */
export const LANGS: ReadonlyArray<Lang> = ["vi", "en"]

/**
 * Text in both product languages. The domain returns its labels and explanations this way.
 * @example
 * const label: Bilingual = { vi: "Kim ngạch thương mại", en: "Trade" }
 * @since 0.1.0
 * @category models
 */
export interface Bilingual {
  readonly vi: string
  readonly en: string
}

const SEPARATORS: Record<Lang, { readonly thousands: string; readonly decimal: string }> = {
  vi: { thousands: ".", decimal: "," },
  en: { thousands: ",", decimal: "." },
}

const groupThousands = (digits: string, sep: string): string =>
  digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep)

/**
 * Prints a number with the language's separators and at most `maxDecimals` decimals (default 2),
 * trailing zeros dropped. `NaN` prints as "—" and infinities as "∞".
 * @example
 * formatNumber(150_000, "vi") // "150.000"
 * formatNumber(13.5, "vi") // "13,5"
 * formatNumber(150_000, "en") // "150,000"
 * @since 0.1.0
 * @category printers
 */
export const formatNumber = (
  n: number,
  lang: Lang,
  options: { readonly maxDecimals?: number } = {},
): string => {
  if (Number.isNaN(n)) return "—"
  if (!Number.isFinite(n)) return n > 0 ? "∞" : "-∞"
  const maxDecimals = Math.min(20, Math.max(0, Math.floor(options.maxDecimals ?? 2)))
  const abs = Math.abs(n)
  const fixed = abs >= 1e21 ? BigInt(Math.round(abs)).toString() : abs.toFixed(maxDecimals)
  const [whole = "0", fraction = ""] = fixed.split(".")
  const decimals = fraction.replace(/0+$/, "")
  const { thousands, decimal } = SEPARATORS[lang]
  const body = groupThousands(whole, thousands) + (decimals === "" ? "" : decimal + decimals)
  const isZero = /^[0.,]*$/.test(body)
  return n < 0 && !isZero ? `-${body}` : body
}

/**
 * The word for a qualifier, or "" for `exact`.
 * @example
 * qualifierLabel("nearly", "vi") // "gần"
 * @since 0.1.0
 * @category labels
 */
export const qualifierLabel = (qualifier: Qualifier, lang: Lang): string =>
  ({
    exact: { vi: "", en: "" },
    nearly: { vi: "gần", en: "nearly" },
    over: { vi: "hơn", en: "over" },
    about: { vi: "khoảng", en: "about" },
  })[qualifier][lang]

const UNIT_LABELS: Record<
  string,
  { readonly vi: string; readonly en: string; readonly one: string }
> = {
  USD: { vi: "USD", en: "USD", one: "USD" },
  visitors: { vi: "lượt", en: "visitors", one: "visitor" },
  flights: { vi: "chuyến", en: "flights", one: "flight" },
  projects: { vi: "dự án", en: "projects", one: "project" },
  hectares: { vi: "ha", en: "ha", one: "ha" },
  people: { vi: "người", en: "people", one: "person" },
  days: { vi: "ngày", en: "days", one: "day" },
  enterprises: { vi: "doanh nghiệp", en: "enterprises", one: "enterprise" },
  families: { vi: "gia đình", en: "families", one: "family" },
  years: { vi: "năm", en: "years", one: "year" },
  count: { vi: "", en: "", one: "" },
}

/**
 * The word for a unit: "lượt" / "visitors", "chuyến" / "flights", "ha". Currency codes print as
 * themselves; `count` prints as "". Pass `count` 1 for the English singular.
 * @example
 * unitLabel("visitors", "vi") // "lượt"
 * unitLabel("projects", "en", 1) // "project"
 * @since 0.1.0
 * @category labels
 */
export const unitLabel = (unit: Unit, lang: Lang, count?: number): string => {
  const label = UNIT_LABELS[unit]
  if (label === undefined) return unit
  return lang === "en" && count === 1 ? label.one : label[lang]
}

/**
 * The word for a rate period: "năm" / "year".
 * @example
 * periodLabel("week", "vi") // "tuần"
 * @since 0.1.0
 * @category labels
 */
export const periodLabel = (period: RatePeriod, lang: Lang): string =>
  ({
    day: { vi: "ngày", en: "day" },
    week: { vi: "tuần", en: "week" },
    month: { vi: "tháng", en: "month" },
    year: { vi: "năm", en: "year" },
  })[period][lang]

/**
 * The name of a level of exchange, for filters and tables.
 * @example
 * levelLabel("deputy-minister", "vi") // "Thứ trưởng"
 * levelLabel("state", "en") // "Head of state"
 * @since 0.1.0
 * @category labels
 */
export const levelLabel = (level: Level, lang: Lang): string => label("level", level, lang)

/**
 * The name of a kind of event.
 * @example
 * eventKindLabel("PhoneCall", "vi") // "Điện đàm"
 * @since 0.1.0
 * @category labels
 */
export const eventKindLabel = (kind: EventKind, lang: Lang): string =>
  label("eventKind", kind, lang)

/**
 * The name of a type of visit.
 * @example
 * visitTypeLabel("state", "vi") // "thăm cấp Nhà nước"
 * @since 0.1.0
 * @category labels
 */
export const visitTypeLabel = (visitType: VisitType, lang: Lang): string =>
  label("visitType", visitType, lang)

const SCALES: ReadonlyArray<{ readonly factor: number; readonly vi: string; readonly en: string }> =
  [
    { factor: 1e9, vi: "tỷ", en: "billion" },
    { factor: 1e6, vi: "triệu", en: "million" },
  ]

/**
 * Whether `value / factor` prints exactly with at most two decimals: `value` is a whole multiple of
 * a hundredth of `factor` (13 500 000 is 1350 hundredths of a million). Division of such integers
 * is exact in floating point, so the test has no tolerance.
 */
const printsExactly = (value: number, factor: number): boolean =>
  Number.isInteger(value / (factor / 100))

const scaleFor = (values: ReadonlyArray<number>) =>
  SCALES.find((s) => values.every((v) => v >= s.factor && printsExactly(v, s.factor)))

/**
 * Prints a quantity as a reader would write it: qualifier, number (in millions or billions when
 * that is exact to two decimals), range, unit and rate period.
 * @example
 * formatQuantity(quantity(13_500_000, "USD"), "vi") // "13,5 triệu USD"
 * formatQuantity(quantity(1e9, "USD", { qualifier: "nearly" }), "en") // "nearly 1 billion USD"
 * formatQuantity(quantity(2, "flights", { per: "week" }), "vi") // "2 chuyến/tuần"
 * formatQuantity(quantity(100, "hectares", { max: 200 }), "en") // "100–200 ha"
 * @since 0.1.0
 * @category printers
 */
export const formatQuantity = (q: Quantity, lang: Lang): string => {
  const values = q.max === undefined ? [q.value] : [q.value, q.max]
  const scale = scaleFor(values)
  const factor = scale?.factor ?? 1
  const numbers = values.map((v) => formatNumber(v / factor, lang)).join("–")
  const scaleWord = scale === undefined ? "" : ` ${scale[lang]}`
  const unit = unitLabel(q.unit, lang, q.max === undefined && scale === undefined ? q.value : 2)
  const per = q.per === undefined ? "" : `/${periodLabel(q.per, lang)}`
  const qualifier = qualifierLabel(q.qualifier, lang)
  const unitPart = unit === "" ? per : ` ${unit}${per}`
  return `${qualifier === "" ? "" : `${qualifier} `}${numbers}${scaleWord}${unitPart}`
}

const MONTHS_EN = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
] as const

/**
 * The short English name of a month (1 → "Jan"); an out-of-range month prints as its number.
 * @example
 * monthNameEn(3) // "Mar"
 * @since 0.1.0
 * @category labels
 */
export const monthNameEn = (m: number): string => MONTHS_EN[m - 1] ?? String(m)

const yearPartVi: Record<YearPart, string> = { early: "đầu năm", mid: "giữa năm", late: "cuối năm" }
const yearPartEn: Record<YearPart, string> = { early: "early ", mid: "mid-", late: "late " }

const pointVi = (p: DatePoint): string => {
  switch (p._tag) {
    case "Day":
      return `${p.day}/${p.month}/${p.year}`
    case "Month":
      return `tháng ${p.month}/${p.year}`
    case "Year":
      return p.part === undefined ? String(p.year) : `${yearPartVi[p.part]} ${p.year}`
  }
}

const pointEn = (p: DatePoint): string => {
  switch (p._tag) {
    case "Day":
      return `${p.day} ${monthNameEn(p.month)} ${p.year}`
    case "Month":
      return `${monthNameEn(p.month)} ${p.year}`
    case "Year":
      return p.part === undefined ? String(p.year) : `${yearPartEn[p.part]}${p.year}`
  }
}

const rangeVi = (start: DatePoint, end: DatePoint): string => {
  if (start._tag === "Day" && end._tag === "Day" && start.year === end.year) {
    return start.month === end.month
      ? `${start.day}–${end.day}/${end.month}/${end.year}`
      : `${start.day}/${start.month}–${end.day}/${end.month}/${end.year}`
  }
  if (start._tag === "Month" && end._tag === "Month" && start.year === end.year) {
    return `tháng ${start.month}–${end.month}/${end.year}`
  }
  if (start._tag === "Year" && end._tag === "Year") return `${pointVi(start)}–${pointVi(end)}`
  return `${pointVi(start)} – ${pointVi(end)}`
}

const rangeEn = (start: DatePoint, end: DatePoint): string => {
  if (start._tag === "Day" && end._tag === "Day" && start.year === end.year) {
    return start.month === end.month
      ? `${start.day}–${end.day} ${monthNameEn(end.month)} ${end.year}`
      : `${start.day} ${monthNameEn(start.month)} – ${end.day} ${monthNameEn(end.month)} ${end.year}`
  }
  if (start._tag === "Month" && end._tag === "Month" && start.year === end.year) {
    return `${monthNameEn(start.month)}–${monthNameEn(end.month)} ${end.year}`
  }
  if (start._tag === "Year" && end._tag === "Year") return `${pointEn(start)}–${pointEn(end)}`
  return `${pointEn(start)} – ${pointEn(end)}`
}

/**
 * Prints a reported date at its own precision, never adding a day that was not reported.
 * @example
 * formatDate(day(2025, 3, 6), "vi") // "6/3/2025"
 * formatDate(month(2009, 3), "en") // "Mar 2009"
 * formatDate(year(2025, "mid"), "vi") // "giữa năm 2025"
 * formatDate(range(day(2025, 5, 5), day(2025, 5, 7)), "en") // "5–7 May 2025"
 * @since 0.1.0
 * @category printers
 */
export const formatDate = (d: ReportedDate, lang: Lang): string => {
  if (d._tag === "Range") return lang === "vi" ? rangeVi(d.start, d.end) : rangeEn(d.start, d.end)
  return lang === "vi" ? pointVi(d) : pointEn(d)
}

/**
 * Prints a fraction as a percentage with at most one decimal: 0.8 → "80%", 0.667 → "66,7%"
 * (vi) or "66.7%" (en). With `signed`, a positive rate gets "+".
 * @example
 * formatPercent(0.8, "vi", { signed: true }) // "+80%"
 * @since 0.1.0
 * @category printers
 */
export const formatPercent = (
  rate: number,
  lang: Lang,
  options: { readonly signed?: boolean } = {},
): string => {
  const text = formatNumber(rate * 100, lang, { maxDecimals: 1 })
  if (!Number.isFinite(rate)) return text
  const sign = options.signed === true && !text.startsWith("-") && text !== "0" ? "+" : ""
  return `${sign}${text}%`
}

/**
 * Prints a growth: a signed percentage, prefixed "khoảng" / "about" when approximate, or why it
 * is undefined.
 * @example
 * formatGrowth(growthRateOf(0.8), "vi") // "+80%"
 * formatGrowth(undefinedGrowth("zero-base"), "en") // "n/a (the base is zero)"
 * @since 0.1.0
 * @category printers
 */
export const formatGrowth = (g: Growth, lang: Lang): string => {
  if (g._tag === "Undefined") return label("undefinedGrowth", g.reason, lang)
  const text = formatPercent(g.rate, lang, { signed: true })
  return g.approximate ? `${qualifierLabel("about", lang)} ${text}` : text
}

/**
 * Prints a multiple: "gấp 2,4 lần" / "2.4 times".
 * @example
 * formatMultiple(2.4, "en") // "2.4 times"
 * @since 0.1.0
 * @category printers
 */
export const formatMultiple = (ratio: number, lang: Lang): string =>
  lang === "vi" ? `gấp ${formatNumber(ratio, "vi")} lần` : `${formatNumber(ratio, "en")} times`

const counted = (n: number, lang: Lang, vi: string, enOne: string, enMany: string): string =>
  lang === "vi"
    ? `${formatNumber(n, "vi")} ${vi}`
    : `${formatNumber(n, "en")} ${n === 1 ? enOne : enMany}`

/**
 * Prints the age of a relation (what `relationAge` returns) in years, months and days, leaving
 * out the parts that are zero and the parts finer than the date it counts from: an establishment
 * known to the month prints no days, one known to the year prints years only. An age of nothing
 * prints "0 ngày" / "0 days" (or "0 năm" / "0 years" from a year).
 * @example
 * formatAge({ years: 32, months: 10, days: 7 }, "vi") // "32 năm 10 tháng 7 ngày"
 * formatAge(relationAge(relation, day(2025, 6, 1))!, "en") // "125 years 3 months"
 * @since 0.2.0
 * @category printers
 */
export const formatAge = (
  age: Pick<RelationAge, "years" | "months" | "days"> & { readonly since?: ReportedDate },
  lang: Lang,
): string => {
  const point = age.since?._tag === "Range" ? age.since.start : age.since
  const finest = point?._tag === "Year" ? 1 : point?._tag === "Month" ? 2 : 3
  const parts = [
    counted(age.years, lang, "năm", "year", "years"),
    counted(age.months, lang, "tháng", "month", "months"),
    counted(age.days, lang, "ngày", "day", "days"),
  ]
  const amounts = [age.years, age.months, age.days]
  const shown = parts.filter((_, i) => i < finest && (amounts[i] ?? 0) > 0)
  return shown.length > 0 ? shown.join(" ") : (parts[finest - 1] ?? "")
}

/**
 * Prints a number of visits: "3 chuyến thăm" / "3 visits", "1 visit". Use it for any count from
 * `visitCounts` (`total`, a level, a year, `undated`).
 * @example
 * formatVisitCount(visitCounts(events).total, "en") // "5 visits"
 * @since 0.2.0
 * @category printers
 */
export const formatVisitCount = (count: number, lang: Lang): string =>
  counted(count, lang, "chuyến thăm", "visit", "visits")

/**
 * Prints the visits one way, guest to host: "VN → KZ: 3 chuyến thăm" / "VN → KZ: 3 visits".
 * Pass `name` to print countries by name instead of code.
 * @example
 * visitCounts(events).byDirection.map((d) => formatVisitDirection(d, "en"))
 * // ["VN → KZ: 3 visits", "KZ → VN: 2 visits"]
 * @since 0.2.0
 * @category printers
 */
export const formatVisitDirection = (
  direction: DirectionCount,
  lang: Lang,
  name: (code: string) => string = (code) => code,
): string =>
  `${name(direction.guest)} → ${name(direction.host)}: ${formatVisitCount(direction.count, lang)}`
