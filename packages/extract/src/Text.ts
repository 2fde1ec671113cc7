/**
 * The article as text: paragraphs counted the way the dataset counts them (non-empty lines from
 * 1), sentences and clause units with their offsets, words, and quotes clipped verbatim from a
 * sentence to at most 25 words.
 *
 * @since 0.1.0
 */
import { paragraphsOf } from "@bilateral/data"
import { MAX_QUOTE_WORDS } from "@bilateral/domain"

/** A stretch of a paragraph: `start` and `end` are offsets into the paragraph's text. */
export interface Span {
  readonly start: number
  readonly end: number
}

/** A sentence, or a clause unit of one (list items split at ";"), with its offsets. */
export interface Unit extends Span {
  readonly text: string
  /** The sentence this unit belongs to. */
  readonly sentence: Span
}

/**
 * The paragraphs of an article: its non-empty lines, in NFC, numbered from 1 as the dataset's
 * provenances number them (`paragraphsOf` of @bilateral/data).
 * @example
 * splitParagraphs("a\n\nb\nc") // ["a", "b", "c"]
 */
export const splitParagraphs = (text: string): ReadonlyArray<string> =>
  paragraphsOf(text.normalize("NFC"))

/** Tokens that end with a period without ending a sentence. */
const ABBREVIATIONS = new Set([
  "gs",
  "ts",
  "pgs",
  "ths",
  "tp",
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "no",
  "u.s",
  "u.k",
  "jr",
  "sr",
  "prof",
  "gen",
  "col",
  "lt",
  "vs",
  "e.g",
  "i.e",
  // Month abbreviations: "on Jul. 3".
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
])

/**
 * Splits a paragraph into sentences at ".", "!" or "?" followed by a capital, a digit or an
 * opening quote; an initial ("A. Bakayev") and abbreviations ("GS.TS", "TP.HCM") do not end one.
 */
export const splitSentences = (paragraph: string): ReadonlyArray<Span> => {
  const spans: Span[] = []
  let start = 0
  const boundary = /[.!?]+(?:["”’)]*)(?=\s+["“(]?[\p{Lu}\d])/gu
  for (let m = boundary.exec(paragraph); m !== null; m = boundary.exec(paragraph)) {
    const before = paragraph.slice(start, m.index)
    const lastWord = /([\p{L}.]+)$/u.exec(before)?.[1] ?? ""
    if (/^\p{Lu}$/u.test(lastWord)) continue
    if (ABBREVIATIONS.has(lastWord.toLowerCase())) continue
    const end = m.index + m[0].length
    spans.push({ start, end })
    start = end
    while (start < paragraph.length && /\s/u.test(paragraph[start] ?? "")) start++
  }
  if (start < paragraph.length) spans.push({ start, end: paragraph.length })
  return spans.filter((s) => paragraph.slice(s.start, s.end).trim() !== "")
}

/**
 * The clause units of a paragraph: each sentence, split further at ";" (list items such as
 * "A thăm X (tháng 3/2009); B thăm Y (tháng 2/2014)" yield one unit each).
 */
export const splitUnits = (paragraph: string): ReadonlyArray<Unit> =>
  splitSentences(paragraph).flatMap((sentence) => {
    const units: Unit[] = []
    let start = sentence.start
    const text = paragraph.slice(sentence.start, sentence.end)
    const semi = /;\s*/gu
    for (let m = semi.exec(text); m !== null; m = semi.exec(text)) {
      const end = sentence.start + m.index
      units.push({ start, end, text: paragraph.slice(start, end), sentence })
      start = sentence.start + m.index + m[0].length
    }
    units.push({ start, end: sentence.end, text: paragraph.slice(start, sentence.end), sentence })
    return units.filter((u) => u.text.trim() !== "")
  })

/** A word of a paragraph with its offsets. */
export interface Word extends Span {
  readonly text: string
}

/** The words of a text (letters and digits, joined by ".", "-", "'", "/" or ","), with offsets. */
export const wordsOf = (text: string, offset = 0): ReadonlyArray<Word> => {
  const words: Word[] = []
  const re = /[\p{L}\p{N}\p{M}]+(?:[.'’\-–/,][\p{L}\p{N}\p{M}]+)*/gu
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    words.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] })
  }
  return words
}

const countWords = (text: string): number => text.split(/\s+/u).filter((w) => w.length > 0).length

/** Offsets inside `unit` where a clause may start or end: after ",", ":", "(" and before them. */
const clauseBreaks = (paragraph: string, unit: Span): { starts: number[]; ends: number[] } => {
  const starts = [unit.start]
  const ends = [unit.end]
  const text = paragraph.slice(unit.start, unit.end)
  const re = /\s*[,:]\s+|\s+\(|\)\s*|\s+[-–—]\s+/gu
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    // A comma inside a number ("1,36") never matches: the pattern needs a space after it.
    ends.push(unit.start + m.index + (m[0].trimStart().startsWith(")") ? 1 : 0))
    starts.push(unit.start + m.index + m[0].length)
  }
  return { starts: starts.sort((a, b) => a - b), ends: ends.sort((a, b) => a - b) }
}

const tidy = (paragraph: string, span: Span): Span => {
  let { start, end } = span
  const strip = /[\s,;:]/u
  // A dateline's dash ("Hanoi (VNA) - Vietnamese …") does not open a quote.
  while (start < end && /[\s,;:\-–—]/u.test(paragraph[start] ?? "")) start++
  while (end > start && strip.test(paragraph[end - 1] ?? "")) end--
  // A trailing "(" or an opening parenthesis that is never closed reads badly: drop it.
  const text = paragraph.slice(start, end)
  const open = text.lastIndexOf("(")
  if (open >= 0 && text.indexOf(")", open) < 0 && text.slice(open).length < 3) {
    end = start + open
    while (end > start && /\s/u.test(paragraph[end - 1] ?? "")) end--
  }
  return { start, end }
}

/** Words that cannot end a clipped quote: they need the word after them. */
const DANGLING = new Set([
  "tới",
  "đến",
  "sang",
  "của",
  "với",
  "và",
  "tại",
  "ở",
  "cùng",
  "các",
  "những",
  "the",
  "of",
  "to",
  "in",
  "with",
  "and",
  "a",
  "an",
  "by",
  "for",
  "on",
])

/** Whether a text closes a parenthesis it never opened. */
const unbalanced = (text: string): boolean => {
  let depth = 0
  for (const c of text) {
    if (c === "(") depth++
    else if (c === ")" && --depth < 0) return true
  }
  return false
}

/**
 * The clause of `unit` that states a fact whose parts sit at `anchors`, clipped verbatim to at most
 * 25 words: the smallest stretch between clause breaks (",", ":", parentheses) that holds every
 * anchor, widened to the next break while it stays short, and cut word by word around the first
 * anchor when even the smallest stretch is too long. Returns the quote and its offsets.
 * @example
 * clipQuote("Sau khi X, Việt Nam đã công nhận Y vào ngày 27/12/1991.", unit, [{ start: 10, end: 40 }])
 */
export const clipQuote = (
  paragraph: string,
  unit: Span,
  anchors: ReadonlyArray<Span>,
): { readonly quote: string; readonly span: Span } => {
  const inUnit = anchors.filter((a) => a.start >= unit.start && a.end <= unit.end)
  // The first anchors matter most: drop the last ones while together they need too many words.
  const coreWords = (list: ReadonlyArray<Span>) =>
    countWords(
      paragraph.slice(Math.min(...list.map((a) => a.start)), Math.max(...list.map((a) => a.end))),
    )
  while (inUnit.length > 1 && coreWords(inUnit) > MAX_QUOTE_WORDS) inUnit.pop()
  const core: Span =
    inUnit.length === 0
      ? unit
      : {
          start: Math.min(...inUnit.map((a) => a.start)),
          end: Math.max(...inUnit.map((a) => a.end)),
        }
  const { starts, ends } = clauseBreaks(paragraph, unit)
  const startCandidates = starts.filter((s) => s <= core.start).reverse()
  const endCandidates = ends.filter((e) => e >= core.end)
  let si = 0
  let ei = 0
  let span = tidy(paragraph, {
    start: startCandidates[0] ?? unit.start,
    end: endCandidates[0] ?? unit.end,
  })
  const words = (s: Span) => countWords(paragraph.slice(s.start, s.end))
  // Widen a very short clause ("Hiện", "ông X") while it stays within the limit.
  while (words(span) < 6) {
    const wider =
      si + 1 < startCandidates.length
        ? { ...span, start: startCandidates[++si] ?? span.start }
        : ei + 1 < endCandidates.length
          ? { ...span, end: endCandidates[++ei] ?? span.end }
          : undefined
    if (wider === undefined) break
    const tidied = tidy(paragraph, wider)
    if (words(tidied) > MAX_QUOTE_WORDS) break
    // A start just after another item's "(2023)" would open the quote with a stray ")".
    if (unbalanced(paragraph.slice(tidied.start, tidied.end))) continue
    span = tidied
  }
  if (words(span) <= MAX_QUOTE_WORDS) return { quote: paragraph.slice(span.start, span.end), span }
  // Too long: keep whole words around the core, the first anchor first.
  const all = wordsOf(paragraph.slice(span.start, span.end), span.start)
  let lo = all.findIndex((w) => w.end > core.start)
  if (lo < 0) lo = 0
  let hi = lo
  const coreEnd = all.findIndex((w) => w.start >= core.end)
  const lastCore = coreEnd < 0 ? all.length - 1 : coreEnd - 1
  while (hi + 1 < all.length && hi - lo + 1 < MAX_QUOTE_WORDS && hi < lastCore) hi++
  // Then the rest of the clause to the right, when all of it fits: a clause cut short ("đang thăm
  // chính") reads worse than a quote that ends with the fact.
  if (all.length - lo <= MAX_QUOTE_WORDS) hi = all.length - 1
  const clipped = tidy(paragraph, {
    start: all[lo]?.start ?? span.start,
    end: all[hi]?.end ?? span.end,
  })
  // Words are counted by whitespace in the schema: a word joined by punctuation stays one here.
  let text = paragraph.slice(clipped.start, clipped.end)
  let end = clipped.end
  while (countWords(text) > MAX_QUOTE_WORDS) {
    end = paragraph.lastIndexOf(" ", end - 1)
    text = paragraph.slice(clipped.start, end)
  }
  // Do not stop inside a name ("tới Cộng hòa | Kazakhstan") or on a word that needs the next one.
  const kept = wordsOf(paragraph.slice(clipped.start, end), clipped.start)
  const next = (i: number) => all.find((w) => w.start >= (kept[i]?.end ?? end))
  let last = kept.length - 1
  const minimum = Math.min(6, kept.length)
  const dangling = (i: number) => {
    const w = kept[i]?.text ?? ""
    const n = next(i)?.text ?? ""
    if (n === "") return false
    const nameGoesOn = /^\p{Lu}/u.test(n) || (/^\p{Lu}/u.test(w) && /^(?:hòa|hoà)$/u.test(n))
    return nameGoesOn || DANGLING.has(w.toLowerCase())
  }
  while (last >= minimum && dangling(last)) last--
  const final = tidy(paragraph, { start: clipped.start, end: kept[last]?.end ?? end })
  return { quote: paragraph.slice(final.start, final.end), span: final }
}
