/**
 * Text in several languages, keyed by ISO 639-1 language code (`vi`, `en`, `ja`, ...).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

export * from "./Localize"

/**
 * The ISO 639-1 language codes (two letters, lower case): the languages a text may be written in.
 * Use it to check a language key, or `isLanguageCode` for a key with a region.
 * @example
 * ISO_639_1.has("vi") // true
 * @since 0.1.0
 * @category constants
 */
export const ISO_639_1: ReadonlySet<string> = new Set([
  "aa",
  "ab",
  "ae",
  "af",
  "ak",
  "am",
  "an",
  "ar",
  "as",
  "av",
  "ay",
  "az",
  "ba",
  "be",
  "bg",
  "bi",
  "bm",
  "bn",
  "bo",
  "br",
  "bs",
  "ca",
  "ce",
  "ch",
  "co",
  "cr",
  "cs",
  "cu",
  "cv",
  "cy",
  "da",
  "de",
  "dv",
  "dz",
  "ee",
  "el",
  "en",
  "eo",
  "es",
  "et",
  "eu",
  "fa",
  "ff",
  "fi",
  "fj",
  "fo",
  "fr",
  "fy",
  "ga",
  "gd",
  "gl",
  "gn",
  "gu",
  "gv",
  "ha",
  "he",
  "hi",
  "ho",
  "hr",
  "ht",
  "hu",
  "hy",
  "hz",
  "ia",
  "id",
  "ie",
  "ig",
  "ii",
  "ik",
  "io",
  "is",
  "it",
  "iu",
  "ja",
  "jv",
  "ka",
  "kg",
  "ki",
  "kj",
  "kk",
  "kl",
  "km",
  "kn",
  "ko",
  "kr",
  "ks",
  "ku",
  "kv",
  "kw",
  "ky",
  "la",
  "lb",
  "lg",
  "li",
  "ln",
  "lo",
  "lt",
  "lu",
  "lv",
  "mg",
  "mh",
  "mi",
  "mk",
  "ml",
  "mn",
  "mr",
  "ms",
  "mt",
  "my",
  "na",
  "nb",
  "nd",
  "ne",
  "ng",
  "nl",
  "nn",
  "no",
  "nr",
  "nv",
  "ny",
  "oc",
  "oj",
  "om",
  "or",
  "os",
  "pa",
  "pi",
  "pl",
  "ps",
  "pt",
  "qu",
  "rm",
  "rn",
  "ro",
  "ru",
  "rw",
  "sa",
  "sc",
  "sd",
  "se",
  "sg",
  "si",
  "sk",
  "sl",
  "sm",
  "sn",
  "so",
  "sq",
  "sr",
  "ss",
  "st",
  "su",
  "sv",
  "sw",
  "ta",
  "te",
  "tg",
  "th",
  "ti",
  "tk",
  "tl",
  "tn",
  "to",
  "tr",
  "ts",
  "tt",
  "tw",
  "ty",
  "ug",
  "uk",
  "ur",
  "uz",
  "ve",
  "vi",
  "vo",
  "wa",
  "wo",
  "xh",
  "yi",
  "yo",
  "za",
  "zh",
  "zu",
])

/**
 * Whether `code` is a language code: an ISO 639-1 code in lower case, optionally followed by a
 * region in upper case (`vi`, `en`, `pt-BR`). Use it to check the keys of a text map.
 * @example
 * isLanguageCode("en") // true
 * isLanguageCode("du lịch") // false
 * @since 0.1.0
 * @category helpers
 */
export const isLanguageCode = (code: string): boolean => {
  const match = /^([a-z]{2})(-[A-Z]{2})?$/u.exec(code)
  return match !== null && ISO_639_1.has(match[1] ?? "")
}

/**
 * A language code such as `vi` or `en`: an ISO 639-1 code, optionally with a region (`pt-BR`).
 *
 * @example
 * Schema.decodeUnknownSync(LanguageCode)("vi") // "vi"
 * @since 0.1.0
 * @category schemas
 */
export const LanguageCode = Schema.String.pipe(
  Schema.filter((code) => isLanguageCode(code), {
    message: () => "expected an ISO 639-1 language code such as vi or en",
  }),
  Schema.brand("LanguageCode"),
)
/**
 * The branded type of `LanguageCode`.
 * @example
 * const vi: LanguageCode = Schema.decodeUnknownSync(LanguageCode)("vi")
 * @since 0.1.0
 * @category models
 */
export type LanguageCode = typeof LanguageCode.Type

/**
 * A key of a text map: a language code (see `isLanguageCode`), as plain text so that a text can
 * be read with any string. Identified as "LanguageKey" so that messages can say a key is not a
 * language.
 * @example
 * Schema.decodeUnknownSync(LanguageKey)("en") // "en"
 * @since 0.1.0
 * @category schemas
 */
export const LanguageKey = Schema.String.pipe(
  Schema.filter((code) => isLanguageCode(code), {
    message: () => "expected an ISO 639-1 language code such as vi or en",
    identifier: "LanguageKey",
  }),
)

/**
 * Text per language. Use it for names, titles and summaries that the product shows in more than
 * one language. At least one language must be present, and every key is a language code (an
 * ISO 639-1 code such as `vi` or `en`); decode with `onExcessProperty: "error"` to have other
 * keys reported rather than dropped.
 *
 * @example
 * const name: LocalizedText = { vi: "Cộng hòa Kazakhstan", en: "Republic of Kazakhstan" }
 * @since 0.1.0
 * @category schemas
 */
export const LocalizedText = Schema.Record({
  key: LanguageKey,
  value: Schema.NonEmptyTrimmedString,
}).pipe(
  Schema.filter((text) => Object.keys(text).length > 0 || "expected text in at least one language"),
)
/**
 * Text per language code; pass it to `localize` to show it.
 * @example
 * const name: LocalizedText = { vi: "Cộng hòa Kazakhstan", en: "Republic of Kazakhstan" }
 * @since 0.1.0
 * @category models
 */
export type LocalizedText = typeof LocalizedText.Type
