import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { fixtureIndex, TODAY } from "../../test/support/fixtureIndex"
import { cursorOfKey, type Item, rowWidth, type View } from "./Items"
import { compareItems, defaultComparison, detailItems, detailLines, listItems } from "./Screens"

let index: BilateralIndex
beforeAll(async () => {
  index = await fixtureIndex()
})

const view = (width = 80, lang: "vi" | "en" = "vi"): View => ({ index, lang, today: TODAY, width })
const text = (items: ReadonlyArray<Item>) =>
  items.flatMap((i) => i.rows.map((r) => r.map((s) => s.text).join(""))).join("\n")

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
    const shown = text(items)
    expect(shown).toContain("xa  Aralia")
    expect(shown).toContain("24 năm")
    expect(shown).toContain("Thương mại gần nhất: 9 triệu USD (2024)")
    expect(shown).toContain("Thăm cấp cao: 5–6/3/2024 · Khẳng định: ✓2 ✗0 ?0")
    expect(shown).toContain("So sánh: Aralia ↔ Bắc Đảo")
  })

  it("wraps a relation's figures on a narrow terminal instead of cutting them", () => {
    const items = listItems(view(38))
    for (const item of items)
      for (const row of item.rows) expect(rowWidth(row), item.key).toBeLessThanOrEqual(38)
    const shown = text(items).replace(/\s+/g, " ")
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
    const shown = text(items)
    expect(shown).toContain("◆ xb  Bắc Đảo")
    expect(shown).not.toContain("◆ xa")
    expect(shown).toContain("So sánh: Bắc Đảo ↔ … chọn quan hệ thứ hai")
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toEqual([
      "relation:vn-xa",
      "relation:vn-xb",
    ])
  })
})

describe("a relation's sections", () => {
  it("gives the overview with the age as of today and each fact's source", () => {
    const items = detailItems(view(80, "en"), "vn-xa", "overview")
    const shown = text(items)
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

  it("lists the timeline's events by date with a filter line", () => {
    const items = detailItems(view(), "vn-xa", "timeline")
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toEqual([
      "event:visit-2024-03-xa-pm",
      "event:call-2025-02-deputy-ministers",
    ])
    expect(text(items)).toContain("Loại: Tất cả (2)")
    const calls = detailItems(view(), "vn-xa", "timeline", "PhoneCall")
    expect(calls.filter((i) => i.selectable)).toHaveLength(1)
    expect(text(calls)).toContain("Loại: Điện đàm (1)")
  })

  it("charts each indicator with a sparkline, bars, year-over-year growth and CAGR", () => {
    const shown = text(detailItems(view(), "vn-xa", "indicators"))
    expect(shown).toContain("▁▄█")
    expect(shown).toMatch(/2023 █+.* 6 triệu USD {2}\+50%/)
    expect(shown).toContain("CAGR 2022 → 2024: +50% (thay đổi +125%)")
  })

  it("gives agreements with their signed and effective dates", () => {
    const shown = text(detailItems(view(), "vn-xa", "agreements"))
    expect(shown).toContain("Hiệp định hợp tác văn hóa\nKý: tháng 3/2024 · Hiệu lực: —")
  })

  it("counts visits by level, direction and year, then lists them", () => {
    const items = detailItems(view(), "vn-xa", "visits")
    const shown = text(items)
    expect(shown).toContain("Tổng: 1")
    expect(shown).toMatch(/Aralia → Việt Nam █+ 1/)
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toEqual([
      "event:visit-2024-03-xa-pm",
    ])
  })

  it("gives a relation without visits its total alone, without empty tables", () => {
    const shown = text(detailItems(view(), "vn-xb", "visits"))
    expect(shown).toBe("Tổng: 0")
  })

  it("never draws a row wider than the view", () => {
    for (const width of [38, 60, 118]) {
      for (const section of [
        "overview",
        "timeline",
        "indicators",
        "agreements",
        "visits",
      ] as const) {
        for (const item of detailItems(view(width), "vn-xa", section)) {
          for (const row of item.rows) {
            if (item.key.startsWith("event:")) continue // event rows are cut to width when drawn
            expect(rowWidth(row), `${section} ${item.key} at ${width}`).toBeLessThanOrEqual(width)
          }
        }
      }
    }
  })
})

describe("the comparison", () => {
  it("has one selectable table row per figure on a wide terminal", () => {
    const items = compareItems(view(80), "vn-xa", "vn-xb")
    const rows = items.filter((i) => i.selectable)
    expect(rows.length).toBeGreaterThan(5)
    for (const row of rows) expect(row.rows).toHaveLength(1)
    expect(text(items)).toMatch(/Kim ngạch thương mại\s+9 triệu USD\s+—/)
  })

  it("puts each label above its two values on a narrow terminal", () => {
    const items = compareItems(view(38), "vn-xa", "vn-xb")
    const trade = items.find((i) => i.key === "cmp:latest-trade")
    expect(trade?.rows.map((r) => r.map((s) => s.text).join(""))).toEqual([
      "Kim ngạch thương mại",
      "9 triệu USD       │ —",
    ])
    for (const item of items)
      for (const row of item.rows) expect(rowWidth(row)).toBeLessThanOrEqual(38)
  })
})

describe("a comparison row's detail", () => {
  it("gives each side's sources under the side's name", () => {
    const items = compareItems(view(60), "vn-xa", "vn-xb")
    const trade = items.find((i) => i.key === "cmp:latest-trade")
    const lines = detailLines(view(60), trade?.detail ?? { title: "", body: [], provenance: [] })
      .map((r) => r.map((s) => s.text).join(""))
      .join("\n")
    expect(lines).toContain("Nguồn: Aralia\nBài viết thử nghiệm, đoạn 3\n  “9 triệu USD năm 2024”")
    expect(lines).toContain("Nguồn: Bắc Đảo\nSố liệu tính từ dữ liệu")
  })
})

describe("an item's detail", () => {
  it("shows the full text, then each source with its paragraph and quote", () => {
    const items = detailItems(view(60), "vn-xa", "timeline")
    const call = items[cursorOfKey(items, "event:call-2025-02-deputy-ministers") + 1]
    expect(call?.detail).toBeDefined()
    const lines = detailLines(
      view(60),
      call?.detail ?? { title: "", body: [], provenance: [] },
    ).map((r) => r.map((s) => s.text).join(""))
    expect(lines[0]).toBe("Điện đàm, 17/2/2025")
    expect(lines).toContain("Bài viết thử nghiệm, đoạn 5")
    expect(lines.join(" ").replace(/\s+/g, " ")).toContain(
      "“Thứ trưởng Ngoại giao Nguyễn Văn An điện đàm với Thứ trưởng Aralia ngày 17/2/2025.”",
    )
  })
})
