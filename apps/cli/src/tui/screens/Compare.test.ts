import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { rowWidth } from "../Items"
import { compareItems } from "./Compare"
import { loadFixture, rowText, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})

describe("the comparison", () => {
  it("has one selectable table row per figure on a wide terminal", () => {
    const items = compareItems(viewAt(index, 80), "vn-xa", "vn-xb")
    const rows = items.filter((i) => i.selectable)
    expect(rows.length).toBeGreaterThan(5)
    for (const row of rows) expect(row.rows).toHaveLength(1)
    expect(textOf(items)).toMatch(/Kim ngạch thương mại\s+9 triệu USD\s+—/)
    expect(textOf(items)).toContain("tính đến 1/1/2025 · Tab đổi quan hệ thứ hai")
  })

  it("puts each label above its two values on a narrow terminal", () => {
    const items = compareItems(viewAt(index, 38), "vn-xa", "vn-xb")
    const trade = items.find((i) => i.key === "cmp:latest-trade")
    expect(trade?.rows.map(rowText)).toEqual(["Kim ngạch thương mại", "9 triệu USD       │ —"])
    for (const item of items)
      for (const row of item.rows) expect(rowWidth(row)).toBeLessThanOrEqual(38)
  })

  it("gives each row both values and each side's sources in its detail", () => {
    const items = compareItems(viewAt(index, 60), "vn-xa", "vn-xb")
    const detail = items.find((i) => i.key === "cmp:latest-trade")?.detail
    expect(detail?.body.slice(0, 2)).toEqual(["Aralia: 9 triệu USD", "Bắc Đảo: —"])
    expect(detail?.sides?.map((s) => s.name)).toEqual(["Aralia", "Bắc Đảo"])
    expect(detail?.sides?.[0]?.provenance[0]?.quote).toBe("9 triệu USD năm 2024")
  })
})
