/**
 * Parsers for the Vietnamese forms of figures and dates found in reporting: "13,5 triệu USD",
 * "gần 1 tỷ USD", "100–200 ha", "5-7/5/2025", "ngày 6 và 7/3/2025", "tháng 3/2009". Each returns
 * `Either` a typed value or a typed error whose message says what was expected.
 *
 * @since 0.1.0
 */
import { Either, Schema } from "effect"
import type { Qualifier, Quantity, RatePeriod, Unit } from "../model/Quantity"
import {
  DateParseError,
  type DatePoint,
  type DayDate,
  day as dayDate,
  daysInMonth,
  firstDay,
  lastDay,
  month as monthDate,
  type ReportedDate,
  range,
  type YearPart,
  year as yearDate,
} from "../model/ReportedDate"

/**
 * Why a quantity text could not be read; `message` says what was expected.
 * @example
 * Either.getLeft(parseVietnameseQuantity("13,5 triệu")) // QuantityParseError: ... expected a unit ...
 * @since 0.1.0
 * @category errors
 */
export class QuantityParseError extends Schema.TaggedError<QuantityParseError>()(
  "QuantityParseError",
  { input: Schema.String, message: Schema.String },
) {}

const normalize = (text: string): string => text.normalize("NFC").replace(/\s+/gu, " ").trim()

const QUALIFIERS: ReadonlyArray<readonly [string, Qualifier]> = [
  ["xấp xỉ", "about"],
  ["khoảng", "about"],
  ["chừng", "about"],
  ["gần", "nearly"],
  ["hơn", "over"],
  ["trên", "over"],
]

const SCALE_WORDS: Record<string, number> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
}

const NUMBER_WORDS: Record<string, number> = {
  một: 1,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
}

const UNIT_WORDS: ReadonlyArray<readonly [string, Unit]> = [
  ["lượt khách", "visitors"],
  ["lượt", "visitors"],
  ["chuyến bay", "flights"],
  ["chuyến", "flights"],
  ["dự án", "projects"],
  ["héc-ta", "hectares"],
  ["hecta", "hectares"],
  ["ha", "hectares"],
  ["người", "people"],
  ["ngày", "days"],
  ["doanh nghiệp", "enterprises"],
  ["gia đình", "families"],
  ["năm", "years"],
  ["usd", "USD"],
  ["đô la mỹ", "USD"],
]

const PERIOD_WORDS: Record<string, RatePeriod> = {
  ngày: "day",
  tuần: "week",
  tháng: "month",
  năm: "year",
}

const QUANTITY_EXAMPLES = `such as "13,5 triệu USD", "gần 1 tỷ USD", "150.000 lượt", "2 chuyến/tuần" or "100–200 ha"`

/** A Vietnamese number: digits with "." thousands and "," decimals, or a number word. */
const NUMBER = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?|[\p{L}]+)`

/**
 * Reads a number written the Vietnamese way, returning its value times `scale`, computed from
 * integers so that "1,36" × 1 000 000 is exactly 1 360 000.
 */
const readNumber = (text: string, scale: number): number | undefined => {
  const word = NUMBER_WORDS[text]
  if (word !== undefined) return word * scale
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/u.exec(text)
  if (m === null) return undefined
  const whole = (m[1] ?? "").replaceAll(".", "")
  const fraction = m[2] ?? ""
  const digits = Number(whole + fraction)
  return (digits * scale) / 10 ** fraction.length
}

const failQuantity = (input: string, message: string) =>
  Either.left(new QuantityParseError({ input, message }))

/**
 * Reads a quantity written in Vietnamese: optional qualifier ("gần", "hơn", "trên", "khoảng"),
 * a number or a range ("100–200"), an optional scale ("nghìn", "triệu", "tỷ"), a unit ("USD",
 * "lượt", "chuyến", "dự án", "ha", "người", "ngày", "doanh nghiệp", "gia đình") and an optional
 * period ("/năm", "/tuần"). `reported` keeps the text as given.
 * @example
 * parseVietnameseQuantity("13,5 triệu USD")
 * // Right({ value: 13500000, unit: "USD", qualifier: "exact", reported: "13,5 triệu USD" })
 * parseVietnameseQuantity("1,36 triệu USD/năm") // Right({ value: 1360000, per: "year", ... })
 * @since 0.1.0
 * @category parsers
 */
export const parseVietnameseQuantity = (
  text: string,
): Either.Either<Quantity, QuantityParseError> => {
  const input = normalize(text)
  if (input === "") return failQuantity(text, `expected a quantity ${QUANTITY_EXAMPLES}, got ""`)
  let rest = input.toLowerCase()
  let qualifier: Qualifier = "exact"
  for (const [word, q] of QUALIFIERS) {
    if (rest.startsWith(`${word} `)) {
      qualifier = q
      rest = rest.slice(word.length + 1)
      break
    }
  }
  const scaleNames = Object.keys(SCALE_WORDS).join("|")
  const pattern = new RegExp(
    `^${NUMBER}(?: (${scaleNames}))?(?: ?(?:–|—|-|đến) ?${NUMBER}(?: (${scaleNames}))?)?(?: (.*)|(/.*))?$`,
    "u",
  )
  const m = pattern.exec(rest)
  const english = /^(\d+)\.(\d{1,2})(?!\d)/u.exec(rest)
  if (m === null && english !== null) {
    return failQuantity(
      text,
      `expected a Vietnamese number: decimals with "," ("${english[1]},${english[2]}") and thousands with "." ("1.500"), got "${english[0]}" in "${text}"`,
    )
  }
  if (m === null) {
    return failQuantity(text, `expected a quantity ${QUANTITY_EXAMPLES}, got "${text}"`)
  }
  const [, firstText = "", firstScale, secondText, secondScale, spacedUnit, bareRate] = m
  const unitText = spacedUnit ?? bareRate ?? ""
  const scaleOf = (name: string | undefined) => (name === undefined ? undefined : SCALE_WORDS[name])
  const upperScale = scaleOf(secondScale) ?? scaleOf(firstScale) ?? 1
  const lowerScale = scaleOf(firstScale) ?? upperScale
  const value = readNumber(
    firstText,
    secondText === undefined ? (scaleOf(firstScale) ?? 1) : lowerScale,
  )
  if (value === undefined) {
    return failQuantity(
      text,
      `expected a number such as "150.000" or "13,5" (thousands with ".", decimals with ","), got "${firstText}" in "${text}"`,
    )
  }
  let max: number | undefined
  if (secondText !== undefined) {
    max = readNumber(secondText, upperScale)
    if (max === undefined) {
      return failQuantity(
        text,
        `expected a number after the dash such as "200", got "${secondText}" in "${text}"`,
      )
    }
    if (!(max > value)) {
      return failQuantity(
        text,
        `expected the upper bound of the range to be greater than the lower, got "${text}"`,
      )
    }
  }
  if (!Number.isFinite(value) || (max !== undefined && !Number.isFinite(max))) {
    return failQuantity(text, `expected a finite number, got "${text}"`)
  }

  const slash = unitText.lastIndexOf("/")
  const unitWord = (slash < 0 ? unitText : unitText.slice(0, slash)).trim()
  const periodWord = slash < 0 ? undefined : unitText.slice(slash + 1).trim()
  let per: RatePeriod | undefined
  if (periodWord !== undefined) {
    per = PERIOD_WORDS[periodWord]
    if (per === undefined) {
      return failQuantity(
        text,
        `expected a period after "/" (ngày, tuần, tháng or năm), got "${periodWord}" in "${text}"`,
      )
    }
  }
  let unit: Unit | undefined
  if (unitWord === "") unit = "count"
  else {
    unit = UNIT_WORDS.find(([word]) => word === unitWord)?.[1]
    const original =
      input
        .slice(input.length - unitText.length)
        .split("/")[0]
        ?.trim() ?? ""
    if (unit === undefined && /^[A-Z]{3}$/u.test(original)) unit = original
  }
  if (unit === undefined) {
    return failQuantity(
      text,
      `expected a unit (USD or another currency code, lượt, chuyến, dự án, ha, người, ngày, doanh nghiệp, gia đình, năm), got "${unitWord}" in "${text}"`,
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

const DATE_EXAMPLES = `such as "29/6/1992", "tháng 3/2009", "5-7/5/2025", "ngày 6 và 7/3/2025", "giữa năm 2025", "năm 2024" or "2017-2021"`

const failDate = (input: string, message: string) =>
  Either.left(new DateParseError({ input, message }))

const PREFIXES = /^(?:(?:từ|vào|trong|ngày|giai đoạn|nhiệm kỳ|kể từ|đến|tính đến)\s+)+/u
const YEAR_PARTS: Record<string, YearPart> = { đầu: "early", giữa: "mid", cuối: "late" }

const checkDay = (input: string, d: number, m: number, y: number) => {
  if (m < 1 || m > 12)
    return failDate(input, `month ${m} does not exist: expected 1 to 12 in "${input}"`)
  if (d < 1 || d > daysInMonth(y, m)) {
    return failDate(
      input,
      `${d}/${m}/${y} does not exist: month ${m}/${y} has ${daysInMonth(y, m)} days`,
    )
  }
  return Either.right(dayDate(y, m, d))
}

const checkMonth = (input: string, m: number, y: number) =>
  m < 1 || m > 12
    ? failDate(input, `month ${m} does not exist: expected 1 to 12 in "${input}"`)
    : Either.right(monthDate(y, m))

const checkRange = (
  input: string,
  start: Either.Either<DatePoint, DateParseError>,
  end: Either.Either<DatePoint, DateParseError>,
): Either.Either<ReportedDate, DateParseError> =>
  Either.flatMap(start, (s) =>
    Either.flatMap(end, (e) => {
      if (firstDay(s) > firstDay(e) || lastDay(s) > lastDay(e)) {
        return failDate(input, `range "${input}" is reversed: expected the start before the end`)
      }
      if (firstDay(s) === firstDay(e) && lastDay(s) === lastDay(e)) {
        return failDate(
          input,
          `range "${input}" starts and ends on the same date: expected one date`,
        )
      }
      return Either.right(range(s, e))
    }),
  )

/**
 * Reads a date written in Vietnamese, keeping its precision: a day ("29/6/1992",
 * "ngày 29 tháng 6 năm 1992"), a month ("tháng 3/2009", "11/2023"), a year ("năm 2024", "2024"),
 * part of a year ("đầu/giữa/cuối năm 2025"), or a range ("5-7/5/2025", "ngày 6 và 7/3/2025",
 * "30/9-2/10/2023", "tháng 3-5/2025", "2017-2021"). Days are checked to exist and ranges to be
 * in order.
 * @example
 * parseVietnameseDate("ngày 6 và 7/3/2025") // Right(range(day(2025, 3, 6), day(2025, 3, 7)))
 * parseVietnameseDate("giữa năm 2025") // Right(year(2025, "mid"))
 * parseVietnameseDate("30/2/2024") // Left(DateParseError: 30/2/2024 does not exist ...)
 * @since 0.1.0
 * @category parsers
 */
export const parseVietnameseDate = (text: string): Either.Either<ReportedDate, DateParseError> => {
  const input = normalize(text)
  const s = input
    .toLowerCase()
    .replace(/[–—]/gu, "-")
    .replace(/\s*-\s*/gu, "-")
    .replace(/\s*\/\s*/gu, "/")
    .replace(PREFIXES, "")
  const n = (x: string | undefined) => Number(x ?? "")
  let m: RegExpExecArray | null

  // Two points of any precision joined by a spaced dash: "tháng 11/2023 – tháng 2/2024"
  const sides = input.split(/\s+[-–—]\s+/u)
  if (sides.length === 2) {
    const [start, end] = sides.map((side) =>
      Either.flatMap(parseVietnameseDate(side), (d) =>
        d._tag === "Range"
          ? failDate(side, "expected a single date on each side of the dash")
          : Either.right(d),
      ),
    )
    if (start !== undefined && end !== undefined && Either.isRight(start) && Either.isRight(end)) {
      return checkRange(text, start, end)
    }
  }

  // 5-7/5/2025, 6 và 7/3/2025
  m = /^(\d{1,2}) ?(-|và|đến) ?(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s)
  if (m !== null) {
    const [d1, d2, mo, y] = [n(m[1]), n(m[3]), n(m[4]), n(m[5])]
    if (m[2] === "và" && d2 !== d1 + 1) {
      return failDate(text, `expected two consecutive days joined by "và", got "${text}"`)
    }
    return checkRange(text, checkDay(text, d1, mo, y), checkDay(text, d2, mo, y))
  }
  // 30/9-2/10/2023
  m = /^(\d{1,2})\/(\d{1,2})-(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s)
  if (m !== null) {
    const y = n(m[5])
    return checkRange(
      text,
      checkDay(text, n(m[1]), n(m[2]), y),
      checkDay(text, n(m[3]), n(m[4]), y),
    )
  }
  // 30/12/2023-2/1/2024
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})-(\d{1,2})\/(\d{1,2})\/(\d{4})$/u.exec(s)
  if (m !== null) {
    return checkRange(
      text,
      checkDay(text, n(m[1]), n(m[2]), n(m[3])),
      checkDay(text, n(m[4]), n(m[5]), n(m[6])),
    )
  }
  // 29/6/1992, 29 tháng 6 năm 1992
  m = /^(\d{1,2})(?:\/| tháng )(\d{1,2})(?:\/| năm )(\d{4})$/u.exec(s)
  if (m !== null) return checkDay(text, n(m[1]), n(m[2]), n(m[3]))
  // tháng 3-5/2025
  m = /^tháng (\d{1,2})-(\d{1,2})\/(\d{4})$/u.exec(s)
  if (m !== null) {
    const y = n(m[3])
    return checkRange(text, checkMonth(text, n(m[1]), y), checkMonth(text, n(m[2]), y))
  }
  // tháng 3/2009, tháng 3 năm 2009, 11/2023
  m = /^(?:tháng )?(\d{1,2})(?:\/| năm )(\d{4})$/u.exec(s)
  if (m !== null) return checkMonth(text, n(m[1]), n(m[2]))
  // giữa năm 2025
  m = /^(đầu|giữa|cuối) năm (\d{4})$/u.exec(s)
  if (m !== null) return Either.right(yearDate(n(m[2]), YEAR_PARTS[m[1] ?? ""]))
  // năm 2024, 2024
  m = /^(?:năm )?(\d{4})$/u.exec(s)
  if (m !== null) return Either.right(yearDate(n(m[1])))
  // 2017-2021
  m = /^(?:năm )?(\d{4})-(?:năm )?(\d{4})$/u.exec(s)
  if (m !== null) {
    return checkRange(text, Either.right(yearDate(n(m[1]))), Either.right(yearDate(n(m[2]))))
  }
  if (/^\d{1,2}\/\d{1,2}$/u.test(s) || /^\d{1,2}-\d{1,2}\/\d{1,2}$/u.test(s)) {
    return failDate(
      text,
      `expected a year after the day and month, such as "3/3/2025", got "${text}"`,
    )
  }
  return failDate(text, `expected a Vietnamese date ${DATE_EXAMPLES}, got "${text}"`)
}

/**
 * Reads a Vietnamese day ("29/6/1992") as a `DayDate`, for "as of" parameters.
 * @example
 * parseVietnameseDay("6/5/2025") // Right({ _tag: "Day", year: 2025, month: 5, day: 6 })
 * @since 0.1.0
 * @category parsers
 */
export const parseVietnameseDay = (text: string): Either.Either<DayDate, DateParseError> =>
  Either.flatMap(parseVietnameseDate(text), (d) =>
    d._tag === "Day"
      ? Either.right(d)
      : failDate(text, `expected a single day such as "29/6/1992", got "${text}"`),
  )
