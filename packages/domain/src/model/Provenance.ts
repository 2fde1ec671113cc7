/**
 * Where a fact comes from: the source document, a short verbatim quote, and its place in the text.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { LanguageCode } from "./LocalizedText"
import { ReportedDate } from "./ReportedDate"

/**
 * Identifier of a source document, such as `vn-kz-2025-05-golden-age`.
 * @example
 * const id = Schema.decodeUnknownSync(SourceId)("vn-kz-2025-05-golden-age")
 * @since 0.1.0
 * @category schemas
 */
export const SourceId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    message: () =>
      "expected a source id in lower-case kebab-case, such as vn-kz-2025-05-golden-age",
  }),
  Schema.brand("SourceId"),
)
/**
 * The branded type of `SourceId`.
 * @example
 * const id: SourceId = Schema.decodeUnknownSync(SourceId)("vn-kg-2025-03-pm-visit")
 * @since 0.1.0
 * @category models
 */
export type SourceId = typeof SourceId.Type

/**
 * The most words a provenance quote may have: a quote is the clause that states the fact, not
 * a paragraph.
 * @example
 * countWords(quote) <= MAX_QUOTE_WORDS
 * @since 0.1.0
 * @category constants
 */
export const MAX_QUOTE_WORDS = 25

/**
 * Counts the words of a quote the way the quote limit counts them (runs of non-space).
 * @example
 * countWords("đạt 4,5 triệu USD năm 2022") // 6
 * @since 0.1.0
 * @category helpers
 */
export const countWords = (text: string): number =>
  text.split(/\s+/u).filter((w) => w.length > 0).length

/**
 * A short verbatim quote: the clause of the source that states the fact, at most 25 words.
 *
 * @example
 * Schema.decodeUnknownSync(Quote)("đạt 4,5 triệu USD năm 2022")
 * @since 0.1.0
 * @category schemas
 */
export const Quote = Schema.NonEmptyTrimmedString.pipe(
  Schema.filter(
    (quote) =>
      countWords(quote) <= MAX_QUOTE_WORDS ||
      `expected a quote of at most ${MAX_QUOTE_WORDS} words, got ${countWords(quote)}`,
  ),
)
/**
 * A verbatim quote of at most 25 words.
 * @example
 * const q: Quote = Schema.decodeUnknownSync(Quote)("13,5 triệu USD trong năm 2024")
 * @since 0.1.0
 * @category models
 */
export type Quote = typeof Quote.Type

/**
 * The provenance of one fact. `paragraph` is the 1-based paragraph of the source text (paragraphs
 * are separated by line breaks) where the quote stands.
 *
 * @example
 * const p: typeof Provenance.Encoded = { source: "vn-kg-2025-03-pm-visit", quote: "đạt 4,5 triệu USD năm 2022", paragraph: 24 }
 * @since 0.1.0
 * @category schemas
 */
export const Provenance = Schema.Struct({
  source: SourceId,
  quote: Quote,
  paragraph: Schema.optional(Schema.Int.pipe(Schema.positive())),
})
/**
 * The provenance of one fact, decoded.
 * @example
 * const p: Provenance = fact.provenance[0]
 * @since 0.1.0
 * @category models
 */
export type Provenance = typeof Provenance.Type

/**
 * One or more provenances; every fact carries at least one.
 * @example
 * Schema.decodeUnknownSync(Provenances)([{ source: "vn-kg-2025-03-pm-visit", quote: "7,5 triệu USD năm 2023" }])
 * @since 0.1.0
 * @category schemas
 */
export const Provenances = Schema.NonEmptyArray(Provenance)
/**
 * A non-empty list of provenances.
 * @example
 * const first = (ps: Provenances) => ps[0].source
 * @since 0.1.0
 * @category models
 */
export type Provenances = typeof Provenances.Type

/**
 * A link to a source: an absolute `http:` or `https:` URL without spaces. Other schemes
 * (`javascript:`, `data:`, `file:`) are refused, so that a link shown to people only ever opens a
 * web page.
 * @example
 * Schema.decodeUnknownSync(WebLink)("https://example.org/article")
 * @since 0.1.0
 * @category schemas
 */
export const WebLink = Schema.String.pipe(
  Schema.filter((url) => /^https?:\/\/[^\s/?#]+[^\s]*$/iu.test(url), {
    message: () =>
      "expected a link starting with http:// or https://, such as https://example.org/article",
  }),
)

/**
 * A source document: an article, a communiqué, a statistics release.
 * `date` is the date the text itself shows, when it shows one; `outlet` only where known.
 *
 * @example
 * const s: typeof Source.Encoded = { id: "vn-kg-2025-03-pm-visit", title: { vi: "..." }, language: "vi", date: "2025-03" }
 * @since 0.1.0
 * @category schemas
 */
export const Source = Schema.Struct({
  id: SourceId,
  title: Schema.Record({ key: Schema.String, value: Schema.NonEmptyTrimmedString }),
  language: LanguageCode,
  outlet: Schema.optional(Schema.NonEmptyTrimmedString),
  date: Schema.optional(ReportedDate),
  url: Schema.optional(WebLink),
  file: Schema.optional(Schema.NonEmptyTrimmedString),
  note: Schema.optional(Schema.NonEmptyTrimmedString),
})
/**
 * A source document, decoded.
 * @example
 * const title = (s: Source) => s.title.vi ?? s.title.en
 * @since 0.1.0
 * @category models
 */
export type Source = typeof Source.Type
