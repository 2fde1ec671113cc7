import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { rowWidth } from "../Items"
import { loadFixture, relationIn, textOf, viewAt } from "./testing"
import { visitItems } from "./Visits"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const relation = (id: string) => relationIn(index, id)

describe("the visits", () => {
  it("counts visits by level, direction and year, then lists them", () => {
    const items = visitItems(viewAt(index), relation("vn-xa"))
    const shown = textOf(items)
    expect(shown).toContain("Tổng: 1")
    expect(shown).toMatch(/Aralia → Việt Nam █+ 1/)
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toEqual([
      "event:visit-2024-03-xa-pm",
    ])
  })

  it("gives a relation without visits its total alone, without empty tables", () => {
    expect(textOf(visitItems(viewAt(index), relation("vn-xb")))).toBe("Tổng: 0")
  })

  it("never draws a row wider than the view", () => {
    for (const width of [38, 60, 118])
      for (const item of visitItems(viewAt(index, width), relation("vn-xa"))) {
        if (item.key.startsWith("event:")) continue // event rows are cut to width when drawn
        for (const row of item.rows) expect(rowWidth(row), item.key).toBeLessThanOrEqual(width)
      }
  })
})
