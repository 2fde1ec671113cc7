import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { rowWidth } from "../Items"
import { defaultComparison, listItems } from "./RelationList"
import { loadFixture, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const view = (width = 80) => viewAt(index, width)

describe("the relation list", () => {
  it("has one selectable item per relation with its key figures, then the comparison", () => {
    const items = listItems(view())
    const selectable = items.filter((i) => i.selectable)
    expect(selectable.map((i) => i.key)).toEqual([
      "relation:vn-xa",
      "relation:vn-xb",
      "list:compare",
    ])
    expect(selectable[0]?.open).toEqual({ _tag: "Relation", relation: "vn-xa" })
    const shown = textOf(items)
    expect(shown).toContain("xa  Aralia")
    expect(shown).toContain("24 năm")
    expect(shown).toContain("Thương mại gần nhất: 9 triệu USD (2024)")
    expect(shown).toContain("Thăm cấp cao: 5–6/3/2024 · Khẳng định: ✓2 ✗0 ?0")
    expect(shown).toContain("So sánh: Aralia ↔ Bắc Đảo")
    expect(shown).toContain("hoặc c trên một quan hệ, rồi Enter trên quan hệ thứ hai")
  })

  it("wraps a relation's figures on a narrow terminal instead of cutting them", () => {
    const items = listItems(view(38))
    for (const item of items)
      for (const row of item.rows) expect(rowWidth(row), item.key).toBeLessThanOrEqual(38)
    const shown = textOf(items).replace(/\s+/g, " ")
    expect(shown).toContain("Thương mại gần nhất: 9 triệu USD (2024)")
    expect(shown).toContain("Khẳng định: ✓2 ✗0 ?0")
  })

  it("offers by default the comparison of the two relations with the most facts", () => {
    const compare = listItems(view()).find((i) => i.key === "list:compare")
    expect(compare?.open).toEqual({ _tag: "Compare", a: "vn-xa", b: "vn-xb" })
    expect(defaultComparison(view(), "vn-xb")).toEqual({ a: "vn-xb", b: "vn-xa" })
  })

  it("marks the relation chosen as a comparison's first side and asks for the second", () => {
    const items = listItems(view(), "vn-xb")
    const shown = textOf(items)
    expect(shown).toContain("◆ xb  Bắc Đảo")
    expect(shown).not.toContain("◆ xa")
    expect(shown).toContain("So sánh: Bắc Đảo ↔ … chọn quan hệ thứ hai rồi nhấn Enter (Esc hủy)")
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toEqual([
      "relation:vn-xa",
      "relation:vn-xb",
    ])
  })
})
