/**
 * Builds the search index the header's search box fetches (`/search-index.json`): people,
 * places, agreements, events, countries and organisations, each with the page it leads to.
 */
import type { Event, LocalizedText } from "@bilateral/domain"
import { localize } from "@bilateral/domain"
import { data, slugOf } from "./data"
import { entryPath } from "./fact-links"
import { anchors, relationPath } from "./routes"
import type { SearchEntry } from "./search-entry"

const both = (text: LocalizedText) => ({ vi: localize(text, "vi"), en: localize(text, "en") })
const same = (text: string) => ({ vi: text, en: text })

export const buildSearchIndex = (): SearchEntry[] => {
  const index = data()
  const { dataset } = index
  const slug = (relationId: string) => {
    const relation = index.relation(relationId)
    return relation ? slugOf(relation) : undefined
  }
  const partner = (relationId: string | undefined) => {
    const relation = relationId ? index.relation(relationId) : undefined
    const country = relation ? index.country(index.partnerOf(relation)) : undefined
    return country ? both(country.name) : undefined
  }
  const entries: SearchEntry[] = []
  const seen = new Set<string>()
  const add = (entry: SearchEntry) => {
    const key = `${entry.kind}|${entry.path}|${entry.label.vi}`
    if (seen.has(key)) return
    seen.add(key)
    entries.push(entry)
  }

  const home = new Set<string>(index.subject === undefined ? [] : [index.subject])
  for (const country of dataset.countries) {
    const relation = index.relations.find((r) => index.partnerOf(r) === country.code)
    // Countries only named in passing (the other EAEU members) have no page to lead to.
    if (!relation && !home.has(country.code)) continue
    add({
      kind: "country",
      label: both(country.name),
      path: relation ? relationPath(slugOf(relation)) : "",
      terms: [country.code, ...Object.values(country.officialName ?? {})].join(" "),
    })
  }
  for (const person of dataset.people) {
    add({
      kind: "person",
      label: same(person.honorific ? `${person.honorific} ${person.name}` : person.name),
      path: `timeline/?person=${person.id}`,
      terms: person.aliases.join(" "),
    })
  }
  for (const organisation of dataset.organisations) {
    const member = dataset.memberships.find((m) => m.organisation === organisation.id)
    const relation = member
      ? index.relations.find((r) => index.partnerOf(r) === member.country)
      : undefined
    add({
      kind: "organisation",
      label: both(organisation.name),
      path: relation ? relationPath(slugOf(relation), undefined, "key-facts") : "sources/",
      terms: organisation.abbreviation ?? "",
    })
  }
  for (const agreement of dataset.agreements) {
    const first = agreement.relations[0]
    add({
      kind: "agreement",
      label: both(agreement.title),
      path: entryPath(slug(first) ?? "", { collection: "agreements", id: agreement.id }),
      terms: "",
      context: agreement.relations.length === 1 ? partner(first) : undefined,
    })
  }
  const eventPath = (event: Event) =>
    `timeline/${slug(event.relation) ?? ""}/#${anchors.event(event.id)}`
  for (const event of dataset.events) {
    add({
      kind: "event",
      label: both(event.summary),
      path: eventPath(event),
      terms: event.places.join(" "),
      context: partner(event.relation),
    })
    for (const place of event.places) {
      add({
        kind: "place",
        label: same(place),
        path: eventPath(event),
        terms: "",
        context: partner(event.relation),
      })
    }
  }
  for (const project of dataset.projects) {
    for (const place of project.places) {
      add({
        kind: "place",
        label: same(place),
        path: entryPath(slug(project.relation) ?? "", { collection: "projects", id: project.id }),
        terms: localize(project.title, "vi"),
        context: partner(project.relation),
      })
    }
  }
  for (const pair of dataset.sisterRegions) {
    for (const region of pair.regions) {
      add({
        kind: "place",
        label: both(region.name),
        path: entryPath(slug(pair.relation) ?? "", { collection: "sisterRegions", id: pair.id }),
        terms: "",
        context: partner(pair.relation),
      })
    }
  }
  return entries
}
