/**
 * Thin wrappers over the domain's formatters for text output: a dash for absent values, ages in
 * words, and any comparison value (quantity, number or text) printed per language.
 */
import type { Growth, Quantity, ReportedDate } from "@bilateral/domain"
import { formatDate, formatGrowth, formatNumber, formatQuantity } from "@bilateral/domain/format"
import type { Lang } from "../cli/Args"
import { undefinedGrowthName } from "../i18n/Messages"

/** Shown where a value is absent. */
export const DASH = "—"

/** A reported date per language, or a dash. */
export const dateText = (date: ReportedDate | undefined, lang: Lang): string =>
  date === undefined ? DASH : formatDate(date, lang)

/** A quantity per language ("13,5 triệu USD", "13.5 million USD"), or a dash. */
export const quantityText = (q: Quantity | undefined, lang: Lang): string =>
  q === undefined ? DASH : formatQuantity(q, lang)

/** A growth figure as a signed percentage, or why it is undefined. */
export const growthText = (g: Growth, lang: Lang): string =>
  g._tag === "Rate" ? formatGrowth(g, lang) : undefinedGrowthName(g.reason, lang)

/** A span of years with one decimal at most ("2", "1,5"). */
export const yearsText = (years: number, lang: Lang): string =>
  formatNumber(Math.round(years * 10) / 10, lang)

/** An age as words: "32 năm 9 tháng" / "32 years 9 months". */
export const ageText = (
  age: { years: number; months: number; days: number },
  lang: Lang,
): string => {
  if (lang === "vi") {
    return [
      `${age.years} năm`,
      age.months > 0 ? `${age.months} tháng` : "",
      age.days > 0 ? `${age.days} ngày` : "",
    ]
      .filter((s) => s !== "")
      .join(" ")
  }
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`
  return [
    unit(age.years, "year"),
    age.months > 0 ? unit(age.months, "month") : "",
    age.days > 0 ? unit(age.days, "day") : "",
  ]
    .filter((s) => s !== "")
    .join(" ")
}

/** Whether a value is a quantity (it has a numeric value and a unit). */
export const isQuantity = (value: unknown): value is Quantity =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { value?: unknown }).value === "number" &&
  typeof (value as { unit?: unknown }).unit === "string"
