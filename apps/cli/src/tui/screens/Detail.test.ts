import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { SECTIONS } from "../Navigation"
import { detailItems, sectionName } from "./Detail"
import { loadFixture, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})

describe("a relation's detail", () => {
  it("gives each section's items", () => {
    expect(textOf(detailItems(viewAt(index), "vn-xa", "timeline"))).toContain("Loại: Tất cả (2)")
    expect(textOf(detailItems(viewAt(index), "vn-xa", "timeline", "PhoneCall"))).toContain(
      "Loại: Điện đàm (1)",
    )
    expect(textOf(detailItems(viewAt(index), "vn-xb", "visits"))).toBe("Tổng: 0")
  })

  it("names the relation it cannot find instead of failing", () => {
    expect(textOf(detailItems(viewAt(index), "vn-zz", "overview"))).toBe("vn-zz")
  })

  it("names every section in both languages", () => {
    expect(SECTIONS.map((s) => sectionName(s, "vi"))).toEqual([
      "Tổng quan",
      "Dòng thời gian",
      "Chỉ số",
      "Văn kiện",
      "Chuyến thăm",
    ])
    expect(sectionName("indicators", "en")).toBe("Indicators")
  })
})
