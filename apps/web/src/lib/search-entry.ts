/**
 * The shape of the prebuilt search index (`/search-index.json`), shared by the route that writes
 * it and the search box that reads it. Kept free of imports so the client bundle stays small.
 */
export type SearchKind = "person" | "place" | "agreement" | "event" | "country" | "organisation"

export type SearchEntry = {
  /** What it is. */
  kind: SearchKind
  /** The label per language. */
  label: { vi: string; en: string }
  /** Where it leads, after `/{lang}/` (such as `countries/kz/#agreement-visa`). */
  path: string
  /** Other words that should find it (aliases, offices, the relation's partner). */
  terms: string
  /** The partner country's name per language, shown beside the hit. */
  context?: { vi: string; en: string }
}

/**
 * Lower case, no diacritics, punctuation as spaces, so "Tô Lâm" and "to lam" match (the same
 * folding as @bilateral/data's search, which the client cannot import without the dataset).
 */
export const fold = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
