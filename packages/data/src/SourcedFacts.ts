/**
 * The facts each source supports: every provenance in the dataset, nested ones included, with a
 * short bilingual label of the fact and the anchor of its quote.
 *
 * @since 0.1.0
 */
import type { Collection, Dataset, LocalizedText, Provenance, Quantity } from "@bilateral/domain"
import { COLLECTIONS, formatReported, isConcurrent, localize } from "@bilateral/domain/metrics"
import { idOf, provenancesIn } from "./DatasetEntries"
import type { NodePath } from "./DatasetFile"
import { provenanceAnchor } from "./ProvenanceAnchor"

/**
 * A fact supported by a source. `collection` and `id` name the entry that states it (for a
 * nested fact, such as an indicator's observation, the entry that holds it); `anchor` is
 * `provenanceAnchor(provenance)`.
 * @since 0.1.0
 * @category models
 */
export interface SourcedFact {
  readonly anchor: string
  readonly collection: Collection
  readonly id: string
  readonly label: { readonly vi: string; readonly en: string }
  readonly provenance: Provenance
  readonly relation?: string
}

type Label = { readonly vi: string; readonly en: string }

const both = (text: LocalizedText): Label => ({
  vi: localize(text, "vi"),
  en: localize(text, "en"),
})

const plainQuantity = (q: Quantity): string =>
  `${q.value}${q.max === undefined ? "" : `–${q.max}`} ${q.unit}${q.per === undefined ? "" : `/${q.per}`}`

/**
 * Lists, for every source id, the facts it supports, in collection order then file order.
 * @since 0.1.0
 * @category queries
 */
export const factsBySourceOf = (
  dataset: Dataset,
): ReadonlyMap<string, ReadonlyArray<SourcedFact>> => {
  const countries = new Map(dataset.countries.map((c) => [c.code as string, c] as const))
  const organisations = new Map(dataset.organisations.map((o) => [o.id as string, o] as const))
  const countryName = (code: string): Label => {
    const c = countries.get(code)
    return c === undefined ? { vi: code, en: code } : both(c.name)
  }
  const organisationName = (id: string): Label => {
    const o = organisations.get(id)
    return o === undefined ? { vi: id, en: id } : both(o.name)
  }

  const labelOf = (collection: Collection, entry: unknown, path: NodePath): Label => {
    switch (collection) {
      case "countries": {
        const name = countryName((entry as Dataset["countries"][number]).code)
        return { vi: `Độc lập của ${name.vi}`, en: `Independence of ${name.en}` }
      }
      case "memberships": {
        const m = entry as Dataset["memberships"][number]
        const c = countryName(m.country)
        const o = organisationName(m.organisation)
        return { vi: `${c.vi} là thành viên ${o.vi}`, en: `${c.en}, member of ${o.en}` }
      }
      case "relations": {
        const r = entry as Dataset["relations"][number]
        const [a, b] = [countryName(r.countries[0]), countryName(r.countries[1])]
        const index = typeof path[1] === "number" ? path[1] : 0
        switch (path[0]) {
          case "recognitions": {
            const x = r.recognitions[index]
            if (x === undefined) break
            const [by, of] = [countryName(x.by), countryName(x.of)]
            return { vi: `${by.vi} công nhận ${of.vi}`, en: `${by.en} recognises ${of.en}` }
          }
          case "established":
            return {
              vi: `Thiết lập quan hệ ngoại giao ${a.vi} – ${b.vi}`,
              en: `Diplomatic relations established, ${a.en} – ${b.en}`,
            }
          case "embassies": {
            const x = r.embassies[index]
            if (x === undefined) break
            const [sender, seat, to] = [
              countryName(x.sender),
              countryName(x.seat),
              countryName(x.accreditedTo),
            ]
            return isConcurrent(x)
              ? {
                  vi: `Đại sứ quán ${sender.vi} tại ${seat.vi} kiêm nhiệm ${to.vi}`,
                  en: `Embassy of ${sender.en} in ${seat.en}, also accredited to ${to.en}`,
                }
              : {
                  vi: `Đại sứ quán ${sender.vi} tại ${seat.vi}`,
                  en: `Embassy of ${sender.en} in ${seat.en}`,
                }
          }
          case "frameworks": {
            const x = r.frameworks[index]
            if (x !== undefined) return both(x.name)
          }
        }
        return { vi: `Quan hệ ${a.vi} – ${b.vi}`, en: `${a.en} – ${b.en} relations` }
      }
      case "events":
        return both((entry as Dataset["events"][number]).summary)
      case "agreements":
        return both((entry as Dataset["agreements"][number]).title)
      case "indicators": {
        const s = entry as Dataset["indicators"][number]
        const title = both(s.title)
        const o = typeof path[1] === "number" ? s.observations[path[1]] : undefined
        if (o === undefined) return title
        const when = o.date === undefined ? "" : ` ${formatReported(o.date)}`
        const plain = plainQuantity(o.value)
        return {
          vi: `${title.vi}${when}: ${o.value.reported ?? plain}`,
          en: `${title.en}${when}: ${plain}`,
        }
      }
      case "sisterRegions": {
        const [x, y] = (entry as Dataset["sisterRegions"][number]).regions.map((r) => both(r.name))
        return { vi: `${x?.vi} – ${y?.vi}`, en: `${x?.en} – ${y?.en}` }
      }
      case "support": {
        const s = entry as Dataset["support"][number]
        const [by, of, body] = [
          countryName(s.supporter),
          countryName(s.supported),
          organisationName(s.body),
        ]
        return {
          vi: `${by.vi} ủng hộ ${of.vi} tại ${body.vi}`,
          en: `${by.en} supports ${of.en} at ${body.en}`,
        }
      }
      case "cooperationAreas":
        return both((entry as Dataset["cooperationAreas"][number]).area)
      case "projects":
        return both((entry as Dataset["projects"][number]).title)
      case "tradeGoods":
        return both((entry as Dataset["tradeGoods"][number]).product)
      case "measures":
        return both((entry as Dataset["measures"][number]).title)
      case "statements":
        return both((entry as Dataset["statements"][number]).text)
      case "claims":
        return both((entry as Dataset["claims"][number]).text)
      default:
        break
    }
    const id = idOf(collection, entry) ?? collection
    return { vi: id, en: id }
  }

  const out = new Map<string, SourcedFact[]>()
  for (const collection of COLLECTIONS) {
    for (const entry of dataset[collection] as ReadonlyArray<unknown>) {
      const relation = (entry as { relation?: unknown }).relation
      const ownRelation =
        collection === "relations"
          ? idOf(collection, entry)
          : typeof relation === "string"
            ? relation
            : undefined
      for (const { provenance, path } of provenancesIn(entry)) {
        const fact: SourcedFact = {
          anchor: provenanceAnchor(provenance),
          collection,
          id: idOf(collection, entry) ?? "",
          label: labelOf(collection, entry, path),
          provenance,
          ...(ownRelation === undefined ? {} : { relation: ownRelation }),
        }
        const list = out.get(provenance.source)
        if (list === undefined) out.set(provenance.source, [fact])
        else list.push(fact)
      }
    }
  }
  return out
}
