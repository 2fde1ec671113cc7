/**
 * The names of the model's vocabularies (event kinds, levels, statuses, collections…) in one
 * language, as the dictionaries' `labels`: read from @bilateral/domain's `VOCABULARIES`, the one
 * table every client prints, so the site never words a kind or level its own way. The
 * `@bilateral/domain/format` entry imports nothing, so client code may use it too.
 */
import { VOCABULARIES } from "@bilateral/domain/format"

type Vocabularies = typeof VOCABULARIES

/** Every vocabulary's values with their names in one language. */
export type VocabularyLabels = {
  readonly [V in keyof Vocabularies]: { readonly [K in keyof Vocabularies[V]]: string }
}

/** The vocabularies' names in `lang`. */
export const vocabularyLabels = (lang: "vi" | "en"): VocabularyLabels =>
  Object.fromEntries(
    Object.entries(VOCABULARIES).map(([vocabulary, values]) => [
      vocabulary,
      Object.fromEntries(
        Object.entries(values as Record<string, { vi: string; en: string }>).map(([value, n]) => [
          value,
          n[lang],
        ]),
      ),
    ]),
  ) as VocabularyLabels
