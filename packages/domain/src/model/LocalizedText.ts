/**
 * Text in several languages, keyed by BCP 47 language code (`vi`, `en`, `ja`, ...).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * A language code such as `vi` or `en` (BCP 47, lower-case primary subtag, optional region).
 *
 * @example
 * Schema.decodeUnknownSync(LanguageCode)("vi") // "vi"
 * @since 0.1.0
 * @category schemas
 */
export const LanguageCode = Schema.String.pipe(
  Schema.pattern(/^[a-z]{2,3}(-[A-Z]{2})?$/, {
    message: () => "expected a language code such as vi or en",
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
 * Text per language. Use it for names, titles and summaries that the product shows in more than
 * one language. At least one language must be present.
 *
 * @example
 * const name: LocalizedText = { vi: "Cộng hòa Kazakhstan", en: "Republic of Kazakhstan" }
 * @since 0.1.0
 * @category schemas
 */
export const LocalizedText = Schema.Record({
  key: Schema.String,
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

/**
 * Picks the text for `lang`, falling back to the other languages in the order given, then to any
 * language present. Use it wherever a localized text is shown.
 *
 * @example
 * localize({ vi: "Hà Nội" }, "en") // "Hà Nội"
 * @since 0.1.0
 * @category helpers
 */
export const localize = (
  text: LocalizedText,
  lang: string,
  fallbacks: ReadonlyArray<string> = ["en", "vi"],
): string => {
  for (const code of [lang, ...fallbacks]) {
    const value = text[code]
    if (value !== undefined) return value
  }
  return Object.values(text)[0] ?? ""
}
