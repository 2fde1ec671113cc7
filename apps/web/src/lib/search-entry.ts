/**
 * The shape of the prebuilt search index (`/search-index.json`), shared by the route that writes
 * it and the search box that reads it. Types only: the client bundle stays small. The box matches
 * with `foldText` from @bilateral/domain/text, the folding @bilateral/data's search uses too.
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
