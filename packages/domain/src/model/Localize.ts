/**
 * Picking the text to show from a localized text, without the schemas; `LocalizedText` re-exports
 * it. This module builds no `Schema`, so the `metrics` entry can stay small.
 *
 * @since 0.1.0
 */
import type { LocalizedText } from "./LocalizedText"

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
