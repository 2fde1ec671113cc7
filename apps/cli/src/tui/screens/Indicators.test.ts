import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { rowWidth } from "../Items"
import { indicatorItems } from "./Indicators"
import { loadFixture, relationIn, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const relation = (id: string) => relationIn(index, id)

describe("the indicators", () => {
  it("charts each indicator with a sparkline, bars, year-over-year growth and CAGR", () => {
    const shown = textOf(indicatorItems(viewAt(index), relation("vn-xa")))
    expect(shown).toContain("▁▄█")
    expect(shown).toMatch(/2023 █+.* 6 triệu USD {2}\+50%/)
    expect(shown).toContain("CAGR 2022 → 2024: +50% (thay đổi +125%)")
  })

  it("gives each figure's value and growth in its detail", () => {
    const items = indicatorItems(viewAt(index, 80, "en"), relation("vn-xa"))
    const figure = items.find((i) => i.selectable && i.detail?.body[0]?.includes("(2023)"))
    expect(figure?.detail?.body).toContain("Year over year: +50%")
  })

  it("never draws a row wider than the view", () => {
    for (const width of [38, 60, 118])
      for (const item of indicatorItems(viewAt(index, width), relation("vn-xa")))
        for (const row of item.rows) expect(rowWidth(row), item.key).toBeLessThanOrEqual(width)
  })
})
