/**
 * Search over the names in a dataset: people (with their aliases), places, agreements, events,
 * countries and organisations. Matching ignores case and diacritics ("ha noi" finds "Hà Nội").
 *
 * @since 0.1.0
 */
import type { Dataset, LocalizedText } from "@bilateral/domain"
import { foldText } from "@bilateral/domain/text"

/**
 * One search result. `label` is the text that matched; `relation` and `eventId` say where a hit
 * belongs when it belongs somewhere (a place names the event it appears in).
 * @since 0.1.0
 * @category models
 */
export interface SearchHit {
  readonly kind: "person" | "place" | "agreement" | "event" | "country" | "organisation"
  readonly id: string
  readonly label: string
  readonly relation?: string
  readonly eventId?: string
  /** The fact a place belongs to when it is not an event's: a project or a sister-region pair. */
  readonly fact?: { readonly collection: "projects" | "sisterRegions"; readonly id: string }
}

interface Candidate {
  readonly hit: Omit<SearchHit, "label">
  readonly texts: ReadonlyArray<string>
}

const KIND_ORDER: ReadonlyArray<SearchHit["kind"]> = [
  "country",
  "person",
  "organisation",
  "agreement",
  "event",
  "place",
]

const textsOf = (...texts: ReadonlyArray<LocalizedText | string | undefined>): string[] =>
  texts.flatMap((t) => (t === undefined ? [] : typeof t === "string" ? [t] : Object.values(t)))

const candidatesOf = (dataset: Dataset): ReadonlyArray<Candidate> => {
  const out: Candidate[] = []
  const where = (relation: string | undefined, eventId?: string) => ({
    ...(relation === undefined ? {} : { relation }),
    ...(eventId === undefined ? {} : { eventId }),
  })
  for (const c of dataset.countries)
    out.push({
      hit: { kind: "country", id: c.code },
      texts: textsOf(c.name, c.officialName, c.code),
    })
  for (const p of dataset.people)
    out.push({ hit: { kind: "person", id: p.id }, texts: [p.name, ...p.aliases] })
  for (const o of dataset.organisations)
    out.push({ hit: { kind: "organisation", id: o.id }, texts: textsOf(o.name, o.abbreviation) })
  for (const a of dataset.agreements)
    out.push({
      hit: {
        kind: "agreement",
        id: a.id,
        ...where(a.relations.length === 1 ? a.relations[0] : undefined),
      },
      texts: textsOf(a.title),
    })
  for (const e of dataset.events) {
    out.push({
      hit: { kind: "event", id: e.id, ...where(e.relation, e.id) },
      texts: textsOf(e.summary),
    })
    for (const placeName of e.places)
      out.push({
        hit: { kind: "place", id: placeName, ...where(e.relation, e.id) },
        texts: [placeName],
      })
  }
  for (const p of dataset.projects)
    for (const placeName of p.places)
      out.push({
        hit: {
          kind: "place",
          id: placeName,
          ...where(p.relation),
          fact: { collection: "projects", id: p.id },
        },
        texts: [placeName],
      })
  for (const s of dataset.sisterRegions)
    for (const region of s.regions) {
      const texts = textsOf(region.name)
      out.push({
        hit: {
          kind: "place",
          id: texts[0] ?? s.id,
          ...where(s.relation),
          fact: { collection: "sisterRegions", id: s.id },
        },
        texts,
      })
    }
  return out
}

const score = (
  folded: string,
  query: string,
  tokens: ReadonlyArray<string>,
): number | undefined => {
  if (!tokens.every((t) => folded.includes(t))) return undefined
  if (folded === query) return 0
  if (folded.startsWith(query)) return 1
  if (` ${folded}`.includes(` ${query}`)) return 2
  return 3
}

/**
 * Makes a search function over a dataset. Every word of the query must appear in a name; exact
 * matches come first, then names that start with the query, then the rest.
 * @example
 * makeSearch(dataset)("to lam") // [{ kind: "person", id: "to-lam", label: "Tô Lâm" }, ...]
 * @since 0.1.0
 * @category queries
 */
export const makeSearch = (dataset: Dataset): ((query: string) => ReadonlyArray<SearchHit>) => {
  const candidates = candidatesOf(dataset).map((c) => ({
    ...c,
    folded: c.texts.map((t) => [foldText(t), t] as const),
  }))
  return (query) => {
    const q = foldText(query)
    if (q === "") return []
    const tokens = q.split(" ")
    const hits: Array<{ hit: SearchHit; score: number }> = []
    const seen = new Set<string>()
    for (const c of candidates) {
      let best: { score: number; label: string } | undefined
      for (const [folded, label] of c.folded) {
        const s = score(folded, q, tokens)
        if (s !== undefined && (best === undefined || s < best.score)) best = { score: s, label }
      }
      if (best === undefined) continue
      const key = `${c.hit.kind}\u0000${c.hit.id}\u0000${c.hit.relation ?? ""}\u0000${c.hit.eventId ?? c.hit.fact?.id ?? ""}`
      if (seen.has(key)) continue
      seen.add(key)
      hits.push({ hit: { ...c.hit, label: best.label }, score: best.score })
    }
    return hits
      .sort(
        (a, b) =>
          a.score - b.score ||
          KIND_ORDER.indexOf(a.hit.kind) - KIND_ORDER.indexOf(b.hit.kind) ||
          a.hit.label.localeCompare(b.hit.label, "vi"),
      )
      .map((h) => h.hit)
  }
}
