/**
 * A parser for the English forms of figures found in reporting ("13.5 million USD", "USD 13.5
 * million", "nearly 1 billion USD", "150,000 visitors", "2 flights a week", "100–200 ha"), and
 * `parseReportedQuantity`, which reads a figure in either language. Each returns `Either` a
 * quantity or a `QuantityParseError` whose message says what was expected.
 *
 * @since 0.3.0
 */
import { Either } from "effect"
import type { Qualifier, Quantity, RatePeriod, Unit } from "../model/Quantity"
import { parseVietnameseQuantity, QuantityParseError } from "./Vietnamese"

const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:more than|over|above|upwards of) /u, "over"],
  [/^(?:nearly|almost|just under|close to) /u, "nearly"],
  [/^(?:about|around|approximately|roughly|some) /u, "about"],
]

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bln: 1e9,
  bn: 1e9,
}

/**
 * The English number words that reporting writes out for small counts ("two projects", "one
 * billion"), one to ten, with their values. Use it wherever English text is read for a number.
 *
 * @example
 * ENGLISH_NUMBER_WORDS.three // 3
 * @since 0.1.0
 */
export const ENGLISH_NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}

const UNITS: ReadonlyArray<readonly [RegExp, Unit]> = [
  [/^(?:usd|us dollars?|dollars?)$/u, "USD"],
  [/^(?:visitors?|arrivals?|tourists?|visits?)$/u, "visitors"],
  [/^(?:flights?|direct flights?)$/u, "flights"],
  [/^(?:projects?)$/u, "projects"],
  [/^(?:ha|hectares?)$/u, "hectares"],
  [/^(?:people|persons?)$/u, "people"],
  [/^(?:days?)$/u, "days"],
  [/^(?:enterprises?|companies|businesses)$/u, "enterprises"],
  [/^(?:families)$/u, "families"],
  [/^(?:years?)$/u, "years"],
]

const PERIODS: ReadonlyArray<readonly [RegExp, RatePeriod]> = [
  [/(?:\/| a | per )day$/u, "day"],
  [/(?:\/| a | per )week$/u, "week"],
  [/(?:\/| a | per )month$/u, "month"],
  [/(?:\/| a | per )year$|(?: annually)$/u, "year"],
]

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[a-z]+)`

const readNumber = (text: string, scale: number): number | undefined => {
  const word = ENGLISH_NUMBER_WORDS[text]
  if (word !== undefined) return word * scale
  if (!/^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/u.test(text)) return undefined
  const [whole = "", fraction = ""] = text.replaceAll(",", "").split(".")
  return (Number(whole + fraction) * scale) / 10 ** fraction.length
}

const fail = (input: string, message: string) =>
  Either.left(new QuantityParseError({ input, message }))

/**
 * Reads a quantity written in English: optional qualifier ("nearly", "more than", "about"), a
 * number or a range ("100–200"), an optional scale ("thousand", "million", "billion"), a unit
 * before or after ("USD 13.5 million", "13.5 million USD", "150,000 visitors") and an optional
 * period ("a week", "per year", "/year").
 * @example
 * parseEnglishQuantity("nearly 1 billion USD") // Right({ value: 1e9, unit: "USD", qualifier: "nearly", ... })
 * parseEnglishQuantity("2 flights a week") // Right({ value: 2, unit: "flights", per: "week", ... })
 * @since 0.3.0
 * @category parsers
 */
export const parseEnglishQuantity = (text: string): Either.Either<Quantity, QuantityParseError> => {
  const input = text.normalize("NFC").replace(/\s+/gu, " ").trim()
  let rest = input.toLowerCase()
  let qualifier: Qualifier = "exact"
  for (const [pattern, q] of QUALIFIERS) {
    const m = pattern.exec(rest)
    if (m !== null) {
      qualifier = q
      rest = rest.slice(m[0].length)
      break
    }
  }
  let per: RatePeriod | undefined
  for (const [pattern, p] of PERIODS) {
    if (pattern.test(rest)) {
      per = p
      rest = rest.replace(pattern, "").trim()
      break
    }
  }
  let unitText = ""
  const leading = /^(usd|us\$|\$) ?/u.exec(rest)
  if (leading !== null) {
    unitText = "usd"
    rest = rest.slice(leading[0].length)
  }
  const scales = Object.keys(SCALES).join("|")
  const m = new RegExp(
    `^${NUMBER}(?: ?(${scales}))?(?: ?(?:–|—|-|to) ?${NUMBER}(?: ?(${scales}))?)?(?: (.+))?$`,
    "u",
  ).exec(rest)
  if (m === null) {
    return fail(
      text,
      `expected a quantity such as "13.5 million USD", "nearly 1 billion USD" or "150,000 visitors", got "${text}"`,
    )
  }
  const [, first = "", firstScale, second, secondScale, tail] = m
  if (tail !== undefined) {
    if (unitText !== "") return fail(text, `expected one unit, got "${text}"`)
    unitText = tail
  }
  const scaleOf = (s: string | undefined) => (s === undefined ? undefined : SCALES[s])
  const upper = scaleOf(secondScale) ?? scaleOf(firstScale) ?? 1
  const value = readNumber(
    first,
    second === undefined ? (scaleOf(firstScale) ?? 1) : (scaleOf(firstScale) ?? upper),
  )
  if (value === undefined)
    return fail(text, `expected a number such as "150,000" or "13.5", got "${first}" in "${text}"`)
  let max: number | undefined
  if (second !== undefined) {
    max = readNumber(second, upper)
    if (max === undefined || !(max > value)) {
      return fail(
        text,
        `expected a range whose upper bound is greater than the lower, got "${text}"`,
      )
    }
  }
  let unit: Unit | undefined
  if (unitText === "") unit = "count"
  else {
    unit = UNITS.find(([pattern]) => pattern.test(unitText))?.[1]
    const original = input.slice(input.length - unitText.length)
    if (unit === undefined && /^[A-Z]{3}$/u.test(original)) unit = original
  }
  if (unit === undefined) {
    return fail(
      text,
      `expected a unit (USD or another currency code, visitors, flights, projects, ha, people, days, enterprises, families, years), got "${unitText}" in "${text}"`,
    )
  }
  return Either.right({
    value,
    ...(max !== undefined ? { max } : {}),
    unit,
    qualifier,
    ...(per !== undefined ? { per } : {}),
    reported: input,
  })
}

/**
 * Reads a figure as reported in Vietnamese or English: the Vietnamese reading first, then the
 * English one; the error is the Vietnamese reading's when both fail. Use it to check a quantity's
 * `reported` wording against its value.
 * @example
 * parseReportedQuantity("13,5 triệu USD") // Right({ value: 13500000, ... })
 * parseReportedQuantity("13.5 million USD") // Right({ value: 13500000, ... })
 * @since 0.3.0
 * @category parsers
 */
export const parseReportedQuantity = (
  text: string,
): Either.Either<Quantity, QuantityParseError> => {
  const vi = parseVietnameseQuantity(text)
  if (Either.isRight(vi)) return vi
  const en = parseEnglishQuantity(text)
  return Either.isRight(en) ? en : vi
}

/**
 * Why a quantity's `reported` wording disagrees with its value, unit, qualifier, upper bound or
 * period, or `undefined` when it agrees (or has no wording). Values agree when they are equal to
 * a millionth. Use it to validate data files.
 * @example
 * reportedMismatch({ value: 1_350_000, unit: "USD", qualifier: "exact", reported: "13,5 triệu USD" })
 * // 'reported "13,5 triệu USD" reads 13500000 USD, but value is 1350000'
 * @since 0.3.0
 * @category parsers
 */
export const reportedMismatch = (q: Quantity): string | undefined => {
  if (q.reported === undefined) return undefined
  const parsed = parseReportedQuantity(q.reported)
  if (Either.isLeft(parsed))
    return `reported "${q.reported}" cannot be read: ${parsed.left.message}`
  const p = parsed.right
  const near = (a: number, b: number) =>
    Math.abs(a - b) <= 1e-6 * Math.max(Math.abs(a), Math.abs(b), 1)
  const says = `reported "${q.reported}" reads`
  if (!near(p.value, q.value)) return `${says} ${p.value} ${p.unit}, but value is ${q.value}`
  if (
    (p.max === undefined) !== (q.max === undefined) ||
    (p.max !== undefined && q.max !== undefined && !near(p.max, q.max))
  ) {
    return `${says} ${p.max === undefined ? "no range" : `a range up to ${p.max}`}, but max is ${q.max ?? "absent"}`
  }
  if (p.unit !== q.unit && p.unit !== "count")
    return `${says} unit ${p.unit}, but unit is ${q.unit}`
  if (p.qualifier !== q.qualifier)
    return `${says} qualifier ${p.qualifier}, but qualifier is ${q.qualifier}`
  if (p.per !== q.per)
    return `${says} ${p.per === undefined ? "no rate period" : `per ${p.per}`}, but per is ${q.per ?? "absent"}`
  return undefined
}
