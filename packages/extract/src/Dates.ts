/**
 * Dates as an article writes them, in Vietnamese and English, found in a paragraph with their
 * offsets and read at their reported precision: a day, a month, a year or part of one, a range,
 * the first months of a year. Forms without a year ("Sáng 3/3", "từ ngày 20 đến 22/8", "on May
 * 6") and relative ones ("năm ngoái", "last year") are resolved against a reference year: one
 * written earlier in the paragraph, else the publication date; without either they stay
 * unresolved and say so.
 *
 * @since 0.1.0
 */
import {
  type DatePoint,
  day,
  daysInMonth,
  ENGLISH_NUMBER_WORDS,
  formatReported,
  month,
  type ObservationPeriod,
  type ReportedDate,
  range,
  type YearPart,
  year,
} from "@bilateral/domain"
import type { Span } from "./Text"

/** A date found in a paragraph. `date` is absent when the year could not be resolved. */
export interface DateMention extends Span {
  readonly text: string
  readonly date?: ReportedDate
  /** Why the date is uncertain (a year taken from the publication date, none found, ...). */
  readonly doubt?: string
  /** The text wrote the year itself (not taken from context). */
  readonly explicitYear: boolean
  /** A period such as "4 tháng đầu năm 2023", "the first four months of 2023". */
  readonly partOfYear?: boolean
  /**
   * Which part of its year a part-of-year date is, in the model's terms: the first N months, a
   * quarter ("quý I", "Q1") or a half ("6 tháng đầu năm", "nửa đầu năm", "first half").
   */
  readonly part?: ObservationPeriod
}

/** What a year-less date is read against. */
export interface DateContext {
  /** The publication date, when known. */
  readonly published?: ReportedDate | undefined
  /** The last day the article named before this paragraph ("cùng ngày", "the same day"). */
  readonly lastDay?: ReportedDate | undefined
}

const MONTHS_EN: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
}
const MONTH_EN = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)`
const COUNT_WORDS: Record<string, number> = {
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
  "mười một": 11,
  ...ENGLISH_NUMBER_WORDS,
  eleven: 11,
}
const PARTS: Record<string, YearPart> = {
  đầu: "early",
  giữa: "mid",
  cuối: "late",
  early: "early",
  mid: "mid",
  late: "late",
}

const QUARTERS: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
}

/**
 * The part of its year a part-of-year date covers, as the model names it: a quarter when the text
 * says one, the first half for six months from January (the domain labels it "6 tháng đầu năm"),
 * else the first N months. Undefined for a span the model has no part for.
 */
const partOf = (date: ReportedDate | undefined, text: string): ObservationPeriod | undefined => {
  if (date === undefined) return undefined
  const [first, last] = date._tag === "Range" ? [date.start, date.end] : [date, date]
  if (!("month" in first) || !("month" in last) || first.month === undefined) return undefined
  const [a, b] = [first.month, last.month ?? first.month]
  if (/quý|quarter|\bQ[1-4]\b/iu.test(text) && b === a + 2 && a % 3 === 1)
    return { _tag: "Quarter", quarter: (a + 2) / 3 }
  if (a !== 1) return undefined
  if (b === 6) return { _tag: "Half", half: 1 }
  return b >= 1 && b <= 11 ? { _tag: "FirstMonths", months: b } : undefined
}

const monthOf = (name: string): number => MONTHS_EN[name.toLowerCase().replace(".", "")] ?? 0
const countOf = (text: string): number => COUNT_WORDS[text.toLowerCase()] ?? Number(text)

const validDay = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)

/** The year of a reference date (the publication's). */
const yearOfDate = (date: ReportedDate | undefined): number | undefined => {
  if (date === undefined) return undefined
  return date._tag === "Range" ? date.start.year : date.year
}

type Reader = (m: RegExpExecArray, ref: Reference) => Read | undefined
interface Read {
  readonly date?: ReportedDate
  readonly explicitYear: boolean
  readonly doubt?: string
  readonly partOfYear?: boolean
}
interface Reference {
  /** The year from earlier in the paragraph, else the publication's. */
  readonly year?: number
  readonly from: "text" | "published" | "none"
  readonly publishedYear?: number
  readonly lastDay?: ReportedDate
}

/** A point from day, month and year, or undefined when that day does not exist. */
const dayPoint = (y: number, m: number, d: number): DatePoint | undefined =>
  validDay(y, m, d) ? day(y, m, d) : undefined

const withYear = (
  ref: Reference,
  build: (y: number) => ReportedDate | undefined,
  text: string,
): Read => {
  if (ref.year === undefined) {
    return { explicitYear: false, doubt: `no year for "${text}": pass --published YYYY-MM-DD` }
  }
  const date = build(ref.year)
  if (date === undefined) return { explicitYear: false, doubt: `"${text}" is not a date` }
  return {
    date,
    explicitYear: false,
    doubt:
      ref.from === "published"
        ? `year ${ref.year} taken from the publication date`
        : `year ${ref.year} taken from an earlier date in the paragraph`,
  }
}

const rangeOf = (a: DatePoint | undefined, b: DatePoint | undefined): ReportedDate | undefined =>
  a === undefined || b === undefined ? undefined : range(a, b)

/**
 * An English day or range of days in one month ("May 5-7, 2025", "5-7 May"), from the groups
 * that hold the month, the first day and the last day; the year is group 4, else the reference.
 */
const englishDays = (
  m: RegExpExecArray,
  ref: Reference,
  month: string | undefined,
  first: string | undefined,
  last: string | undefined,
): Read | undefined => {
  const mo = monthOf(month ?? "")
  const d1 = Number(first)
  const d2 = last === undefined ? undefined : Number(last)
  if (d2 !== undefined && d2 <= d1) return undefined
  const build = (y: number) =>
    d2 === undefined ? dayPoint(y, mo, d1) : rangeOf(dayPoint(y, mo, d1), dayPoint(y, mo, d2))
  if (m[4] !== undefined) {
    const date = build(Number(m[4]))
    return date && { date, explicitYear: true }
  }
  return withYear(ref, build, m[0])
}

/** The patterns, most specific first; a later one never overlaps an earlier match. */
const PATTERNS: ReadonlyArray<readonly [RegExp, Reader]> = [
  // ISO: 2025-05-06
  [
    /\b(\d{4})-(\d{2})-(\d{2})\b/gu,
    (m) => {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
      const p = dayPoint(y, mo, d)
      return p && { date: p, explicitYear: true }
    },
  ],
  // 30/9-2/10/2023, 30/10 - 2/11/2022, 31-8 đến ngày 2-9
  [
    /\b(\d{1,2})[/-](\d{1,2})\s*(?:[-–]|đến(?: ngày)?)\s*(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?\b/gu,
    (m, ref) => {
      const build = (y: number) =>
        rangeOf(dayPoint(y, Number(m[2]), Number(m[1])), dayPoint(y, Number(m[4]), Number(m[3])))
      if (m[5] !== undefined) {
        const date = build(Number(m[5]))
        return date && { date, explicitYear: true }
      }
      return withYear(ref, build, m[0])
    },
  ],
  // 5-7/5/2025, ngày 6 và 7/3/2025, từ ngày 20 đến 22/8, 12 - 14/10, 2 và 3-12
  [
    /\b(?:(?:từ\s+)?ngày\s+)?(\d{1,2})\s*(?:[-–]|và|đến(?: ngày)?)\s*(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}))?\b/gu,
    (m, ref) => {
      const build = (y: number) =>
        rangeOf(dayPoint(y, Number(m[3]), Number(m[1])), dayPoint(y, Number(m[3]), Number(m[2])))
      if (Number(m[1]) >= Number(m[2])) return undefined
      if (m[4] !== undefined) {
        const date = build(Number(m[4]))
        return date && { date, explicitYear: true }
      }
      return withYear(ref, build, m[0])
    },
  ],
  // ngày 29 tháng 6 năm 1992
  [
    /\b(\d{1,2}) tháng (\d{1,2}) năm (\d{4})\b/gu,
    (m) => {
      const p = dayPoint(Number(m[3]), Number(m[2]), Number(m[1]))
      return p && { date: p, explicitYear: true }
    },
  ],
  // 29/6/1992, 18-1-1950
  [
    /\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b/gu,
    (m) => {
      const p = dayPoint(Number(m[4]), Number(m[3]), Number(m[1]))
      return p && { date: p, explicitYear: true }
    },
  ],
  // 4 tháng đầu năm 2023, 7 tháng đầu năm nay, the first four months of 2023
  [
    /\b(\d{1,2}|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mười một) tháng đầu (?:năm (\d{4})|năm nay|năm ngoái)/gu,
    (m, ref) => {
      const n = countOf(m[1] ?? "")
      if (!(n >= 1 && n <= 12)) return undefined
      const build = (y: number) => (n === 1 ? month(y, 1) : range(month(y, 1), month(y, n)))
      if (m[2] !== undefined) {
        return { date: build(Number(m[2])), explicitYear: true, partOfYear: true }
      }
      const shift = m[0].endsWith("ngoái") ? -1 : 0
      if (ref.publishedYear === undefined) {
        return { explicitYear: false, doubt: `no year for "${m[0]}": pass --published YYYY-MM-DD` }
      }
      return {
        date: build(ref.publishedYear + shift),
        explicitYear: false,
        partOfYear: true,
        doubt: `year read from the publication date (${ref.publishedYear})`,
      }
    },
  ],
  [
    /\b(?:the )?first (\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven) months of (?:(\d{4})|this year|last year)/giu,
    (m, ref) => {
      const n = countOf(m[1] ?? "")
      if (!(n >= 1 && n <= 12)) return undefined
      const build = (y: number) => (n === 1 ? month(y, 1) : range(month(y, 1), month(y, n)))
      if (m[2] !== undefined) {
        return { date: build(Number(m[2])), explicitYear: true, partOfYear: true }
      }
      const shift = /last year$/iu.test(m[0]) ? -1 : 0
      if (ref.publishedYear === undefined) {
        return { explicitYear: false, doubt: `no year for "${m[0]}": pass --published YYYY-MM-DD` }
      }
      return {
        date: build(ref.publishedYear + shift),
        explicitYear: false,
        partOfYear: true,
        doubt: `year read from the publication date (${ref.publishedYear})`,
      }
    },
  ],
  // tháng 3-5/2025
  [
    /\btháng (\d{1,2})\s*[-–]\s*(\d{1,2})[/-](\d{4})\b/gu,
    (m) => {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])]
      if (a < 1 || b > 12 || a >= b) return undefined
      return { date: range(month(y, a), month(y, b)), explicitYear: true, partOfYear: a === 1 }
    },
  ],
  // tháng 3/2009, tháng 10-2022, tháng 3 năm 2009, (11/2023)
  [
    /\b(?:tháng (\d{1,2})(?:[/-]| năm )(\d{4})|(\d{1,2})\/(\d{4}))\b/gu,
    (m) => {
      const mo = Number(m[1] ?? m[3])
      const y = Number(m[2] ?? m[4])
      if (mo < 1 || mo > 12 || y < 1900 || y > 2100) return undefined
      return { date: month(y, mo), explicitYear: true }
    },
  ],
  // Sáng 3/3, ngày 17/2, tối ngày 12/12, (ngày 15-1)
  [
    /\b(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s+(?:ngày\s+)?|ngày\s+)(\d{1,2})[/-](\d{1,2})\b(?![/-]\d)/gu,
    (m, ref) => withYear(ref, (y) => dayPoint(y, Number(m[2]), Number(m[1])), m[0]),
  ],
  // English: May 5-7, 2025; November 11-12; May 6 and 7, 2025; July 12, 1995; May 6
  [
    new RegExp(
      String.raw`\b${MONTH_EN} (\d{1,2})(?:st|nd|rd|th)?(?:\s*(?:[-–]|to|and)\s*(\d{1,2})(?:st|nd|rd|th)?)?(?:,? (\d{4}))?\b`,
      "gu",
    ),
    (m, ref) => englishDays(m, ref, m[1], m[2], m[3]),
  ],
  // English: 5-7 May 2025, 12 July 1995, 6 May
  [
    new RegExp(
      String.raw`\b(\d{1,2})(?:\s*(?:[-–]|to|and)\s*(\d{1,2}))? ${MONTH_EN}(?:,? (\d{4}))?\b`,
      "gu",
    ),
    (m, ref) => englishDays(m, ref, m[3], m[1], m[2]),
  ],
  // English: January-April this year, January–May 2023 (a part of a year when it starts in January)
  [
    new RegExp(
      String.raw`\b${MONTH_EN}\s*[-–]\s*${MONTH_EN}(?:,? (\d{4})| (this|last) year)?`,
      "gu",
    ),
    (m, ref) => {
      const [a, b] = [monthOf(m[1] ?? ""), monthOf(m[2] ?? "")]
      if (a === 0 || b === 0 || a >= b) return undefined
      const build = (y: number) => range(month(y, a), month(y, b))
      const partOfYear = a === 1
      if (m[3] !== undefined) return { date: build(Number(m[3])), explicitYear: true, partOfYear }
      if (m[4] !== undefined) {
        if (ref.publishedYear === undefined)
          return {
            explicitYear: false,
            doubt: `no year for "${m[0]}": pass --published YYYY-MM-DD`,
          }
        const y = ref.publishedYear - (m[4] === "last" ? 1 : 0)
        return {
          date: build(y),
          explicitYear: false,
          partOfYear,
          doubt: `year read from the publication date (${ref.publishedYear})`,
        }
      }
      const read = withYear(ref, build, m[0])
      return { ...read, partOfYear }
    },
  ],
  // quý I năm 2025, quý 2/2024, quý III năm nay, the first quarter of 2025, Q1 2025
  [
    /\bquý (IV|I{1,3}|[1-4])(?:\s*(?:\/|năm)\s*(\d{4})|\s+năm (nay|ngoái))?|\b(?:the )?(first|second|third|fourth) quarter of (?:(\d{4})|(this|last) year)|\bQ([1-4])\s+(\d{4})\b/giu,
    (m, ref) => {
      const q = QUARTERS[(m[1] ?? m[4] ?? m[7] ?? "").toLowerCase()] ?? 0
      if (q === 0) return undefined
      const build = (y: number) => range(month(y, q * 3 - 2), month(y, q * 3))
      const explicit = m[2] ?? m[5] ?? m[8]
      if (explicit !== undefined)
        return { date: build(Number(explicit)), explicitYear: true, partOfYear: true }
      const relative = m[3] ?? m[6]
      if (relative === undefined) return { ...withYear(ref, build, m[0]), partOfYear: true }
      if (ref.publishedYear === undefined)
        return { explicitYear: false, doubt: `no year for "${m[0]}": pass --published YYYY-MM-DD` }
      return {
        date: build(ref.publishedYear - (/ngoái|last/u.test(relative) ? 1 : 0)),
        explicitYear: false,
        partOfYear: true,
        doubt: `year read from the publication date (${ref.publishedYear})`,
      }
    },
  ],
  // the first half of 2024, nửa đầu năm 2024: the first six months
  [
    /\b(?:the )?first half of (?:(\d{4})|(this|last) year)|\bnửa đầu năm (?:(\d{4})|(nay|ngoái))/giu,
    (m, ref) => {
      const build = (y: number) => range(month(y, 1), month(y, 6))
      const explicit = m[1] ?? m[3]
      if (explicit !== undefined)
        return { date: build(Number(explicit)), explicitYear: true, partOfYear: true }
      if (ref.publishedYear === undefined)
        return { explicitYear: false, doubt: `no year for "${m[0]}": pass --published YYYY-MM-DD` }
      const y = ref.publishedYear - (/last|ngoái/u.test(m[2] ?? m[4] ?? "") ? 1 : 0)
      return {
        date: build(y),
        explicitYear: false,
        partOfYear: true,
        doubt: `year read from the publication date (${ref.publishedYear})`,
      }
    },
  ],
  // English: March 2009, in July 2013
  [
    new RegExp(String.raw`\b${MONTH_EN},? (\d{4})\b`, "gu"),
    (m) => {
      const mo = monthOf(m[1] ?? "")
      return mo === 0 ? undefined : { date: month(Number(m[2]), mo), explicitYear: true }
    },
  ],
  // giữa năm 2025, cuối năm 2024, mid-2025, early 2024
  [
    /\b(đầu|giữa|cuối) năm (\d{4})\b|\b(early|mid|late)[- ](\d{4})\b/giu,
    (m) => {
      const part = PARTS[(m[1] ?? m[3] ?? "").toLowerCase()]
      return { date: year(Number(m[2] ?? m[4]), part), explicitYear: true }
    },
  ],
  // cùng ngày, the same day: the last day named before
  [
    /(?:(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa)\s+)?cùng ngày|\b(?:[Oo]n )?the same day\b|\b[Ll]ater that day\b/gu,
    (m, ref) =>
      ref.lastDay === undefined
        ? { explicitYear: false, doubt: `"${m[0].trim()}": no day named before it` }
        : {
            date: ref.lastDay,
            explicitYear: false,
            doubt: `"${m[0].trim()}" read as the last day named before it`,
          },
  ],
  // năm ngoái, năm nay, last year, this year
  [
    /\b(năm ngoái|năm trước|năm nay|last year|this year)\b/giu,
    (m, ref) => {
      if (ref.publishedYear === undefined) {
        return { explicitYear: false, doubt: `no year for "${m[0]}": pass --published YYYY-MM-DD` }
      }
      const shift = /ngoái|trước|last/iu.test(m[0]) ? -1 : 0
      return {
        date: year(ref.publishedYear + shift),
        explicitYear: false,
        doubt: `"${m[0]}" read against the publication date (${ref.publishedYear})`,
      }
    },
  ],
  // 2017-2021, giai đoạn 2017 - 2021, from 2017 to 2021, between 2017 and 2021
  [
    /\b(?:between |from )?(\d{4})\s*(?:[-–]|to|and|đến)\s*(?:năm )?(\d{4})\b/gu,
    (m) => {
      const [a, b] = [Number(m[1]), Number(m[2])]
      if (a >= b || a < 1900 || b > 2100) return undefined
      return { date: range(year(a), year(b)), explicitYear: true }
    },
  ],
  // năm 2024, (2023), in 2024
  [
    /\b(?:năm )?((?:19|20)\d{2})\b(?![/-]\d)/gu,
    (m) => ({ date: year(Number(m[1])), explicitYear: true }),
  ],
]

/**
 * Every date in a paragraph, in text order, read at its reported precision.
 * @example
 * findDates("Sáng 3/3, hai bên đã hội đàm.", { published: day(2025, 3, 4) })
 * // [{ text: "Sáng 3/3", date: day(2025, 3, 3), explicitYear: false, ... }]
 */
export const findDates = (paragraph: string, context: DateContext): ReadonlyArray<DateMention> => {
  const publishedYear = yearOfDate(context.published)
  const taken: Array<Span & { read: Read; text: string }> = []
  const overlaps = (s: number, e: number) => taken.some((t) => s < t.end && e > t.start)
  // First pass: every match with its own year, so that year-less ones can borrow the nearest
  // earlier one.
  const found: Array<{
    start: number
    end: number
    text: string
    reader: Reader
    m: RegExpExecArray
  }> = []
  for (const [pattern, reader] of PATTERNS) {
    pattern.lastIndex = 0
    for (let m = pattern.exec(paragraph); m !== null; m = pattern.exec(paragraph)) {
      const start = m.index
      const end = m.index + m[0].length
      if (found.some((f) => start < f.end && end > f.start)) continue
      found.push({ start, end, text: m[0], reader, m })
    }
  }
  found.sort((a, b) => a.start - b.start)
  let lastYear: number | undefined
  let lastDay = context.lastDay
  for (const f of found) {
    const base: Reference =
      lastYear !== undefined
        ? {
            year: lastYear,
            from: "text",
            ...(publishedYear !== undefined ? { publishedYear } : {}),
          }
        : publishedYear !== undefined
          ? { year: publishedYear, from: "published", publishedYear }
          : { from: "none" }
    const ref: Reference = lastDay === undefined ? base : { ...base, lastDay }
    const read = f.reader(f.m, ref)
    if (read === undefined || overlaps(f.start, f.end)) continue
    taken.push({ start: f.start, end: f.end, read, text: f.text })
    if (read.date?._tag === "Day") lastDay = read.date
    if (read.explicitYear && read.date !== undefined) {
      const d = read.date
      lastYear = d._tag === "Range" ? d.end.year : d.year
    }
  }
  return taken.map((t) => {
    const part = t.read.partOfYear ? partOf(t.read.date, t.text) : undefined
    return {
      start: t.start,
      end: t.end,
      text: t.text,
      explicitYear: t.read.explicitYear,
      ...(t.read.date !== undefined ? { date: t.read.date } : {}),
      ...(t.read.doubt !== undefined ? { doubt: t.read.doubt } : {}),
      ...(t.read.partOfYear ? { partOfYear: true } : {}),
      ...(part !== undefined ? { part } : {}),
    }
  })
}

/**
 * A date in the export's ISO 8601 form (`2025-05-05/2025-05-07`, `mid-2025`).
 * @example
 * isoOf(month(2009, 3)) // "2009-03"
 */
export const isoOf = (date: ReportedDate): string => formatReported(date)

/**
 * Reads a publication date line at the head of an article: "date 2025-03", "Published: May 6,
 * 2025", "06/05/2025 08:30" or "Thứ Ba, 06/05/2025". Returns the date and the paragraph it was
 * on, or undefined.
 */
export const publicationLine = (
  paragraphs: ReadonlyArray<string>,
): { readonly date: ReportedDate; readonly paragraph: number } | undefined => {
  for (const [i, p] of paragraphs.slice(0, 3).entries()) {
    const iso =
      /^\s*(?:date|published|ngày đăng|cập nhật)?:?\s*(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?\b/iu.exec(p)
    if (iso !== null && /^\s*(?:date|published|ngày đăng|cập nhật)/iu.test(p)) {
      const [y, mo, d] = [Number(iso[1]), iso[2], iso[3]]
      if (mo === undefined) return { date: year(y), paragraph: i + 1 }
      if (d === undefined) return { date: month(y, Number(mo)), paragraph: i + 1 }
      const point = dayPoint(y, Number(mo), Number(d))
      if (point) return { date: point, paragraph: i + 1 }
    }
    const head = p.length < 80 ? p : ""
    // "19/03/2025 21:05", "Thứ Ba, 22-10-2024, 08:45", "08:45, 22/10/2024"
    const vi =
      /^(?:[\p{L} ]+,\s*)?(?:\d{1,2}:\d{2},?\s*)?(\d{1,2})([/-])(\d{1,2})\2(\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2})?(?:\s*\(?GMT[+\d:]*\)?)?\s*$/u.exec(
        head,
      )
    if (vi !== null) {
      const point = dayPoint(Number(vi[4]), Number(vi[3]), Number(vi[1]))
      if (point) return { date: point, paragraph: i + 1 }
    }
    const en = new RegExp(
      String.raw`^(?:(?:Published|Updated|Posted)(?: on)?:?\s*)?(?:[A-Z][a-z]+,\s*)?${MONTH_EN} (\d{1,2}),? (\d{4})(?:[ ,|-]+\d{1,2}:\d{2}.*)?$`,
      "u",
    ).exec(head.trim())
    if (en !== null) {
      const point = dayPoint(Number(en[3]), monthOf(en[1] ?? ""), Number(en[2]))
      if (point) return { date: point, paragraph: i + 1 }
    }
  }
  return undefined
}
