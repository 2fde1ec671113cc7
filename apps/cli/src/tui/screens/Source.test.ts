import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { cursorOfKey, type ItemDetail } from "../Items"
import { compareItems } from "./Compare"
import { detailItems } from "./Detail"
import { detailLines } from "./Source"
import { loadFixture, rowText, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const EMPTY: ItemDetail = { title: "", body: [], provenance: [] }

describe("an item's source", () => {
  it("shows the full text, then each source with its paragraph and quote", () => {
    const items = detailItems(viewAt(index, 60), "vn-xa", "timeline")
    const call = items[cursorOfKey(items, "event:call-2025-02-deputy-ministers") + 1]
    expect(call?.detail).toBeDefined()
    const lines = detailLines(viewAt(index, 60), call?.detail ?? EMPTY).map(rowText)
    expect(lines[0]).toBe("Điện đàm, 17/2/2025")
    expect(lines).toContain("Bài viết thử nghiệm, đoạn 5")
    expect(lines.join(" ").replace(/\s+/g, " ")).toContain(
      "“Thứ trưởng Ngoại giao Nguyễn Văn An điện đàm với Thứ trưởng Aralia ngày 17/2/2025.”",
    )
  })

  it("gives a comparison row's sources under each side's name", () => {
    const items = compareItems(viewAt(index, 60), "vn-xa", "vn-xb")
    const trade = items.find((i) => i.key === "cmp:latest-trade")
    const lines = detailLines(viewAt(index, 60), trade?.detail ?? EMPTY)
      .map(rowText)
      .join("\n")
    expect(lines).toContain("Nguồn: Aralia\nBài viết thử nghiệm, đoạn 3\n  “9 triệu USD năm 2024”")
    expect(lines).toContain("Nguồn: Bắc Đảo\nSố liệu tính từ dữ liệu")
  })

  it("says that a figure without a quote is computed", () => {
    const lines = detailLines(viewAt(index, 60, "en"), { title: "x", body: [], provenance: [] })
    expect(lines.map(rowText)).toContain("Computed from the data; no direct quote.")
  })
})
