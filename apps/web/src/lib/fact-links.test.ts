import { describe, expect, it } from "vitest"
import { entryPath, partOf } from "./fact-links"
import { anchors } from "./routes"

describe("where a relation's entries are shown", () => {
  it("puts claims, statements and every kind of cooperation fact on their own pages", () => {
    expect(entryPath("kz", { collection: "claims", id: "c1" })).toBe(
      `countries/kz/claims/#${anchors.claim("c1")}`,
    )
    expect(entryPath("kz", { collection: "statements", id: "s1" })).toBe(
      `countries/kz/statements/#${anchors.fact("s1")}`,
    )
    for (const collection of [
      "sisterRegions",
      "support",
      "cooperationAreas",
      "projects",
      "tradeGoods",
      "measures",
    ] as const) {
      expect(partOf(collection), collection).toBe("cooperation")
      expect(entryPath("kg", { collection, id: "x" })).toBe(
        `countries/kg/cooperation/#${anchors.fact("x")}`,
      )
    }
  })

  it("puts indicators and agreements on their pages, and the relation's own facts on its page", () => {
    expect(entryPath("kz", { collection: "indicators", id: "i" })).toBe(
      `countries/kz/indicators/#${anchors.indicator("i")}`,
    )
    expect(entryPath("kz", { collection: "agreements", id: "a" })).toBe(
      `countries/kz/agreements/#${anchors.agreement("a")}`,
    )
    expect(partOf("relations")).toBeUndefined()
    expect(entryPath("kz", { collection: "relations", id: "vn-kz" })).toBe(
      "countries/kz/#key-facts",
    )
  })
})
