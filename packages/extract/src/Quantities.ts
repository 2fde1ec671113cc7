/**
 * Figures as an article writes them, found with their offsets: "gần 1 tỷ USD", "150.000 lượt",
 * "2 chuyến/tuần", "100–200 ha", "over 500,000 USD", "US$1.2 billion", "150,000 visitors". The
 * Vietnamese ones are read by the domain's parser (`parseVietnameseQuantity`), so a figure means
 * the same here as in the dataset.
 *
 * @since 0.1.0
 */

import { ENGLISH_NUMBER_WORDS, parseVietnameseQuantity, type Quantity } from "@bilateral/domain"
import { Either } from "effect"
import type { Span } from "./Text"

/** A figure found in a paragraph. */
export interface QuantityMention extends Span {
  readonly text: string
  readonly quantity: Quantity
}

const VI_QUALIFIER = String.raw`(?:(?:xấp xỉ|khoảng|chừng|gần|hơn|trên)\s+)?`
const VI_NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`
const VI_SCALE = String.raw`(?:\s+(?:nghìn|ngàn|triệu|tỷ|tỉ))?`
const VI_UNIT =
  "(?:USD|lượt khách|lượt|chuyến bay|chuyến|dự án|héc-ta|hecta|ha|người|doanh nghiệp|gia đình)"
const VI_QUANTITY = new RegExp(
  String.raw`${VI_QUALIFIER}${VI_NUMBER}${VI_SCALE}(?:\s*[-–]\s*${VI_NUMBER}${VI_SCALE})?\s*${VI_UNIT}(?:\s*\/\s*(?:năm|tuần|tháng|ngày))?(?![\p{L}])`,
  "gu",
)
/** Number words before a count ("hai doanh nghiệp"). */
const VI_WORD_COUNT =
  /\b(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (doanh nghiệp|dự án|gia đình)\b/gu

const EN_QUALIFIERS: ReadonlyArray<readonly [RegExp, Quantity["qualifier"]]> = [
  [/^(?:nearly|almost|close to|just under)\s+/iu, "nearly"],
  [/^(?:over|more than|above|in excess of|upwards of)\s+/iu, "over"],
  [/^(?:about|around|approximately|roughly|some|an estimated)\s+/iu, "about"],
]
const EN_QUANTITY =
  /(?:(?:nearly|almost|close to|just under|over|more than|above|in excess of|upwards of|about|around|approximately|roughly|some|an estimated)\s+)?(?:US\$|\$|USD\s?)?\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?:(?:nearly|almost|close to|just under|over|more than|above|in excess of|upwards of|about|around|approximately|roughly|some|an estimated)\s+)?(?:US\$|\$|USD\s?)?\d+(?:\.\d+)?/giu
const EN_SCALE: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
}
const EN_UNITS: ReadonlyArray<readonly [RegExp, Quantity["unit"]]> = [
  [/^(?:USD|US dollars|dollars)\b/iu, "USD"],
  [/^(?:tourist arrivals|arrivals|visitors|tourists|visits)\b/iu, "visitors"],
  [/^(?:direct flights|flights)\b/iu, "flights"],
  [/^(?:valid )?(?:investment )?projects\b/iu, "projects"],
  [/^(?:hectares|ha)\b/iu, "hectares"],
  [/^(?:people|nationals|citizens|residents|Vietnamese)\b/iu, "people"],
  [/^(?:enterprises|companies|firms|businesses)\b/iu, "enterprises"],
  [/^families\b/iu, "families"],
]

const viQuantities = (paragraph: string): QuantityMention[] => {
  const out: QuantityMention[] = []
  for (const re of [VI_QUANTITY, VI_WORD_COUNT]) {
    re.lastIndex = 0
    for (let m = re.exec(paragraph); m !== null; m = re.exec(paragraph)) {
      const text = m[0].replace(/\s*\/\s*/u, "/")
      const parsed = parseVietnameseQuantity(text.replace(/^(\d+)\s*(?=[a-zđ])/iu, "$1 "))
      if (Either.isLeft(parsed)) continue
      // "vượt 160 triệu USD", "vượt mốc 1 tỷ USD": over.
      const over =
        parsed.right.qualifier === "exact" &&
        /(?<![\p{L}])vượt(?: mốc| ngưỡng)?\s+$/u.test(
          paragraph.slice(Math.max(0, m.index - 14), m.index),
        )
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        text: m[0],
        quantity: {
          ...parsed.right,
          ...(over ? { qualifier: "over" as const } : {}),
          reported: m[0],
        },
      })
    }
  }
  return out
}

/** Number words before a count ("two investment projects"), from the domain's list. */
const EN_WORD_COUNT = new RegExp(
  String.raw`\b(${Object.keys(ENGLISH_NUMBER_WORDS).join("|")})\s+(?:(?:valid|investment|FDI)\s+)*(projects|enterprises|companies|firms)\b`,
  "giu",
)

const enQuantities = (paragraph: string): QuantityMention[] => {
  const out: QuantityMention[] = []
  EN_WORD_COUNT.lastIndex = 0
  for (let m = EN_WORD_COUNT.exec(paragraph); m !== null; m = EN_WORD_COUNT.exec(paragraph)) {
    const unit: Quantity["unit"] = /projects/iu.test(m[2] ?? "") ? "projects" : "enterprises"
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      quantity: {
        value: ENGLISH_NUMBER_WORDS[(m[1] ?? "").toLowerCase()] ?? 0,
        unit,
        qualifier: "exact",
        reported: m[0],
      },
    })
  }
  EN_QUANTITY.lastIndex = 0
  for (let m = EN_QUANTITY.exec(paragraph); m !== null; m = EN_QUANTITY.exec(paragraph)) {
    let text = m[0]
    // "exceeded 160 million USD", "surpassed USD 200 million": over.
    let qualifier: Quantity["qualifier"] =
      /\b(?:exceeded|exceeding|surpassed|surpassing|topped|topping)\s+$/iu.test(
        paragraph.slice(Math.max(0, m.index - 14), m.index),
      )
        ? "over"
        : "exact"
    for (const [re, q] of EN_QUALIFIERS) {
      if (re.test(text)) {
        qualifier = q
        text = text.replace(re, "")
      }
    }
    const currency = /^(?:US\$|\$|USD\s?)/u.test(text)
    const number = Number(text.replace(/^(?:US\$|\$|USD\s?)/u, "").replaceAll(",", ""))
    if (!Number.isFinite(number)) continue
    let end = m.index + m[0].length
    let rest = paragraph.slice(end)
    let value = number
    const scale = /^\s*(thousand|million|mln|billion|bn|m|b)\b/iu.exec(rest)
    if (scale !== null) {
      value = Math.round(number * (EN_SCALE[(scale[1] ?? "").toLowerCase()] ?? 1) * 1e6) / 1e6
      end += scale[0].length
      rest = paragraph.slice(end)
    }
    let unit: Quantity["unit"] | undefined = currency ? "USD" : undefined
    // "100,000 Kazakh tourists": a capitalised adjective may stand between figure and unit.
    let spaced = /^\s*/u.exec(rest)?.[0].length ?? 0
    const adjective =
      /^\p{Lu}[\p{L}-]+\s+(?=(?:tourist|arrival|visitor|nationals|citizens|people|enterprises|companies|firms|investors))/u.exec(
        rest.slice(spaced),
      )
    if (adjective !== null) spaced += adjective[0].length
    for (const [re, u] of EN_UNITS) {
      const um = re.exec(rest.slice(spaced))
      if (um !== null && unit === undefined) {
        unit = u
        end += spaced + um[0].length
        break
      }
    }
    if (unit === undefined) continue
    // Years are dates, not figures.
    if (!currency && scale === null && /^(?:19|20)\d{2}$/u.test(text)) continue
    let per: Quantity["per"] | undefined
    const rate = /^\s*(?:a|per|\/)\s*(year|week|month|day)\b/iu.exec(paragraph.slice(end))
    if (rate !== null) {
      per = (rate[1] ?? "").toLowerCase() as Quantity["per"]
      end += rate[0].length
    }
    out.push({
      start: m.index,
      end,
      text: paragraph.slice(m.index, end),
      quantity: {
        value,
        unit,
        qualifier,
        ...(per !== undefined ? { per } : {}),
        reported: paragraph.slice(m.index, end),
      },
    })
  }
  return out
}

/**
 * Every figure in a paragraph, in text order.
 * @example
 * findQuantities("đạt gần 1 tỷ USD trong năm 2024", "vi")[0]?.quantity
 * // { value: 1000000000, unit: "USD", qualifier: "nearly", reported: "gần 1 tỷ USD" }
 */
export const findQuantities = (
  paragraph: string,
  language: "vi" | "en",
): ReadonlyArray<QuantityMention> =>
  (language === "vi" ? viQuantities(paragraph) : enQuantities(paragraph)).sort(
    (a, b) => a.start - b.start,
  )
