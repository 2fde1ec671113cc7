import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { rowWidth } from "../Items"
import { overviewItems } from "./Overview"
import { loadFixture, relationIn, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const relation = (id: string) => relationIn(index, id)

describe("the overview", () => {
  it("gives the age as of today and each fact's source", () => {
    const items = overviewItems(viewAt(index, 80, "en"), relation("vn-xa"))
    const shown = textOf(items)
    expect(shown).toContain("Relation age: 24 years 11 months 30 days (as of 1 Jan 2025)")
    const established = items.find((i) => i.key === "ov:established")
    expect(established?.detail?.provenance[0]?.quote).toBe(
      "Việt Nam và Aralia thiết lập quan hệ ngoại giao ngày 2/1/2000.",
    )
    expect(shown).toContain("✓ Holds")
    expect(shown).toContain("Latest trade: 9 million USD (2024), +50% on 2023")
    const trade = items.find((i) => i.key === "ov:latest-trade")
    expect(trade?.detail?.provenance[0]?.quote).toBe("9 triệu USD năm 2024")
  })

  it("groups the claims under a heading with their count, each with its check's status", () => {
    const items = overviewItems(viewAt(index), relation("vn-xa"))
    const claims = items.filter((i) => i.key.startsWith("ov:claim:"))
    expect(claims.length).toBeGreaterThan(0)
    const heading = items.find((i) => i.key === "ov:claims:heading")
    expect(textOf(heading ? [heading] : [])).toBe(`Khẳng định  ${claims.length}`)
    for (const claim of claims) expect(claim.rows[0]?.[0]?.text).toMatch(/^[✓✗?] /)
  })

  it("never draws a row wider than the view", () => {
    for (const width of [38, 60, 118])
      for (const item of overviewItems(viewAt(index, width), relation("vn-xa")))
        for (const row of item.rows) expect(rowWidth(row), item.key).toBeLessThanOrEqual(width)
  })
})
