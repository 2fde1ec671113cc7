/**
 * The bulleted lists of `show`, one item per fact: memberships, sister regions, support in
 * multilateral bodies, cooperation areas, projects, traded goods, measures, statements, and the
 * sources cited.
 */
import type { BilateralIndex, RelationFacts } from "@bilateral/data/snapshot"
import type { Collection } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import type { Lang } from "../../cli/Args"
import { dateText, quantityText } from "../../render/Format"
import { countryName } from "../../view/Relations"

/** One membership: "Kazakhstan: EAEU (2015)". */
export const membershipItems = (
  index: BilateralIndex,
  facts: RelationFacts,
  lang: Lang,
): string[] =>
  facts.memberships.map((m) => {
    const org = index.organisation(m.organisation)
    const orgName = org ? (org.abbreviation ?? localize(org.name, lang)) : m.organisation
    return `${countryName(index, m.country, lang)}: ${orgName}${m.since ? ` (${dateText(m.since, lang)})` : ""}`
  })

/** A list of `show`: the collection it lists, and its items. */
export interface FactList {
  readonly key: Collection
  readonly items: (index: BilateralIndex, facts: RelationFacts, lang: Lang) => string[]
}

/** The lists `show` prints after the indicators, in order (the sources come last, apart). */
export const FACT_LISTS: ReadonlyArray<FactList> = [
  {
    key: "sisterRegions",
    items: (_, facts, lang) =>
      facts.sisterRegions.map((s) => s.regions.map((r) => localize(r.name, lang)).join(" – ")),
  },
  {
    key: "support",
    items: (index, facts, lang) =>
      facts.support.map((s) => {
        const body = index.organisation(s.body)
        return `${countryName(index, s.supporter, lang)} → ${countryName(index, s.supported, lang)}: ${body ? localize(body.name, lang) : s.body}${s.term ? ` (${dateText(s.term, lang)})` : ""}${s.note ? `: ${localize(s.note, lang)}` : ""}`
      }),
  },
  {
    key: "cooperationAreas",
    items: (_, facts, lang) => facts.cooperationAreas.map((c) => localize(c.area, lang)),
  },
  {
    key: "projects",
    items: (_, facts, lang) =>
      facts.projects.map(
        (p) =>
          `${localize(p.title, lang)}${p.size ? ` (${quantityText(p.size, lang)})` : ""}${p.date ? `, ${dateText(p.date, lang)}` : ""}`,
      ),
  },
  {
    key: "tradeGoods",
    items: (_, facts, lang) =>
      facts.tradeGoods.map((g) => `${localize(g.product, lang)} (${g.from} → ${g.to})`),
  },
  {
    key: "measures",
    items: (_, facts, lang) =>
      facts.measures.map(
        (m) =>
          `${localize(m.title, lang)}${m.duration ? ` (${quantityText(m.duration, lang)})` : ""}${m.date ? `, ${dateText(m.date, lang)}` : ""}`,
      ),
  },
  {
    key: "statements",
    items: (_, facts, lang) => facts.statements.map((s) => localize(s.text, lang)),
  },
]

/** One cited source: "id: title (outlet, date)", or its id alone when the dataset lacks it. */
export const sourceItems = (
  index: BilateralIndex,
  sourceIds: ReadonlySet<string>,
  lang: Lang,
): string[] =>
  [...sourceIds].map((id) => {
    const s = index.source(id)
    if (!s) return id
    const meta = [s.outlet, s.date ? dateText(s.date, lang) : undefined].filter(Boolean).join(", ")
    return `${id}: ${localize(s.title, lang)}${meta ? ` (${meta})` : ""}`
  })
