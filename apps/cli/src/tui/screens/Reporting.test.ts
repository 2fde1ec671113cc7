// What the many fixture's vn-uz holds since issue 10, as the TUI's screens show it: period
// labels, growth on the same period a year earlier, several reports with their spread and
// sources, a Change claim's wording, a session's commission, co-chairs and levels, and the
// relation's status timeline.
import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { rowWidth } from "../Items"
import { indicatorItems } from "./Indicators"
import { overviewItems } from "./Overview"
import { detailLines } from "./Source"
import { timelineItems } from "./Timeline"
import { loadMany, rowText, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadMany()
})
const vnUz = () => {
  const r = index.relation("vn-uz")
  if (!r) throw new Error("the many fixture has no vn-uz")
  return r
}

describe("indicators of vn-uz", () => {
  it("labels part-year figures by their period and their growth as on the same period", () => {
    const vi = textOf(indicatorItems(viewAt(index, 100, "vi"), vnUz()))
    expect(vi).toMatch(/6 tháng đầu năm 2023 .*55,95 triệu USD/)
    expect(vi).toMatch(/6 tháng đầu năm 2024 .*95 triệu USD {2}\+69,8% so với cùng kỳ/)
    const en = textOf(indicatorItems(viewAt(index, 100, "en"), vnUz()))
    expect(en).toMatch(/first half of 2024 .*\+69\.8% on the same period a year earlier/)
  })

  it("shows the spread where reports differ, and each report with its own source", () => {
    const view = viewAt(index, 100, "en")
    const items = indicatorItems(view, vnUz())
    expect(textOf(items)).toContain("Sources differ: 165 million USD–172 million USD")
    const item = items.find((i) => i.detail?.sides?.length === 2)
    expect(item?.detail?.sides?.map((s) => s.name)).toEqual([
      "reporter not stated: 165 million USD (the one used in metrics)",
      "Uzbekistan's Ministry of Foreign Trade: 172 million USD",
    ])
    const overlay = detailLines(view, item?.detail ?? { title: "", body: [], provenance: [] })
      .map(rowText)
      .join("\n")
    expect(overlay).toContain("165 triệu USD năm 2023")
    expect(overlay).toContain(
      "Bộ Ngoại thương Uzbekistan cho biết kim ngạch năm 2023 đạt 172 triệu USD",
    )
  })

  it("names the reporter of a figure with one report", () => {
    const items = indicatorItems(viewAt(index, 100, "en"), vnUz())
    const h1 = items.find((i) => i.detail?.body[0]?.includes("first half of 2024"))
    expect(h1?.detail?.body).toContain("Vietnam Customs: 95 million USD")
  })
})

describe("overview of vn-uz", () => {
  it("shows a Change claim's wording with its status", () => {
    const shown = textOf(overviewItems(viewAt(index, 100, "vi"), vnUz()))
    expect(shown).toMatch(/✓ Khớp dữ liệu\n {2}“tăng 69,8% so với cùng kỳ”/)
  })

  it("has the status timeline: embassy, ambassadors, framework and the commission's levels", () => {
    const shown = textOf(overviewItems(viewAt(index, 120, "en"), vnUz()))
    expect(shown).toContain("Status of the relation")
    const start = shown.indexOf("Status of the relation")
    const part = shown.slice(start)
    const order = [
      "17 Jan 1992: Diplomatic relations established",
      "2008: Vietnam–Uzbekistan Intergovernmental Commission on Economic and Trade Cooperation: Deputy minister level",
      "2019: Phạm Văn Hòa takes up post",
      "Sep 2019: Embassy of Vietnam in Uzbekistan opens",
      "2021: Phạm Văn Hòa ends term",
      "2023: Vietnam–Uzbekistan Intergovernmental Commission on Economic and Trade Cooperation: Minister level",
      "Jun 2024: Strategic partnership",
      "Session 8 of the",
    ]
    const positions = order.map((s) => part.indexOf(s))
    for (const [i, p] of positions.entries()) expect(p, order[i]).toBeGreaterThanOrEqual(0)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(textOf(overviewItems(viewAt(index, 100, "vi"), vnUz()))).toContain("Diễn biến quan hệ")
  })

  it("never draws a row wider than the view", () => {
    for (const width of [38, 118])
      for (const item of [
        ...overviewItems(viewAt(index, width), vnUz()).filter(
          (i) => i.key.startsWith("ov:status:") || i.key.startsWith("ov:claim:"),
        ),
        ...indicatorItems(viewAt(index, width), vnUz()),
      ])
        for (const row of item.rows) expect(rowWidth(row), item.key).toBeLessThanOrEqual(width)
  })
})

describe("a commission session of vn-uz", () => {
  it("gives its commission, ordinal, co-chairs with offices and each side's level", () => {
    const items = timelineItems(viewAt(index, 100, "en"), vnUz(), "CommissionSession")
    const body = items.find((i) => i.key === "event:commission-2025-03-vn-uz-session-8")?.detail
      ?.body
    expect(body).toEqual(
      expect.arrayContaining([
        "Places: Tashkent",
        "Commission: Vietnam–Uzbekistan Intergovernmental Commission on Economic and Trade Cooperation",
        "Session: 8",
        expect.stringMatching(
          /^Co-chairs: .*Minister of Industry and Trade \(Vietnam\); .*Deputy Minister of Foreign Trade of Uzbekistan \(Uzbekistan\)$/,
        ),
        "Each side's level: Vietnam: Minister; Uzbekistan: Deputy minister",
      ]),
    )
  })
})
