import { Provenance } from "@bilateral/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import {
  anchors,
  isRelationPart,
  RELATION_PARTS,
  relationPath,
  routes,
  timelineSearch,
} from "./routes"

describe("routes", () => {
  it("writes a timeline query with only the filters that are set", () => {
    expect(timelineSearch({ country: "kz", kind: "", from: 2023, to: undefined })).toBe(
      "?country=kz&from=2023",
    )
    expect(timelineSearch({})).toBe("")
  })

  it("ends every page address with a slash, as the static export does", () => {
    expect(routes.country("vi", "KZ")).toBe("/vi/countries/kz/")
    expect(routes.country("en", "kg", "agreements")).toBe("/en/countries/kg/#agreements")
    expect(routes.compare("en", "KZ", "kg")).toBe("/en/compare/?a=kz&b=kg")
    expect(routes.compare("vi", "kz")).toBe("/vi/compare/?a=kz")
    expect(routes.compare("vi")).toBe("/vi/compare/")
    expect(routes.timeline("vi", { person: "to-lam" })).toBe("/vi/timeline/?person=to-lam")
  })

  it("leads to an event on its relation's timeline, where every event is anchored", () => {
    expect(routes.relationTimeline("vi", "KZ")).toBe("/vi/timeline/kz/")
    expect(routes.event("en", "KG", "pm-visit")).toBe(
      `/en/timeline/kg/#${anchors.event("pm-visit")}`,
    )
    expect(anchors.event("pm-visit")).toBe("event-pm-visit")
  })

  it("puts each long section of a relation on a page under the relation's page", () => {
    expect(routes.relationPart("vi", "KZ", "claims")).toBe("/vi/countries/kz/claims/")
    expect(routes.relationPart("en", "kg", "statements", anchors.fact("s1"))).toBe(
      "/en/countries/kg/statements/#fact-s1",
    )
    // The search index stores the same address without its language.
    expect(relationPath("KZ", "cooperation", anchors.cooperationCard("projects"))).toBe(
      "countries/kz/cooperation/#cooperation-projects",
    )
    expect(`/vi/${relationPath("kz")}`).toBe(routes.country("vi", "kz"))
    for (const part of RELATION_PARTS) expect(isRelationPart(part)).toBe(true)
    expect(isRelationPart("key-facts")).toBe(false)
  })

  it("links a provenance to its quote's anchor on the source page", () => {
    const p = Schema.decodeUnknownSync(Provenance)({
      source: "vn-kg-2025-03-pm-visit",
      quote: "13,5 triệu USD",
    })
    const href = routes.provenance("en", p)
    expect(href).toMatch(/^\/en\/sources\/vn-kg-2025-03-pm-visit\/#q-[0-9a-f]{8}$/)
  })

  it("writes one file per relation for the compare page, by its slug", () => {
    expect(routes.compareData("KZ")).toBe("/compare-data/kz.json")
  })
})
