import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { timelineItems } from "./Timeline"
import { loadFixture, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const xa = () => {
  const r = index.relation("vn-xa")
  if (!r) throw new Error("the fixture has no vn-xa")
  return r
}

describe("the timeline", () => {
  it("lists the events by date with a filter line naming the key that changes it", () => {
    const items = timelineItems(viewAt(index), xa(), undefined)
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toEqual([
      "event:visit-2024-03-xa-pm",
      "event:call-2025-02-deputy-ministers",
    ])
    expect(textOf(items)).toContain("Loại: Tất cả (2) · f đổi loại")
    expect(textOf(timelineItems(viewAt(index, 80, "en"), xa(), undefined))).toContain(
      "Kind: All (2) · f changes kind",
    )
  })

  it("shows only the events of the chosen kind", () => {
    const calls = timelineItems(viewAt(index), xa(), "PhoneCall")
    expect(calls.filter((i) => i.selectable)).toHaveLength(1)
    expect(textOf(calls)).toContain("Loại: Điện đàm (1)")
  })

  it("aligns the summaries after a date column as wide as the widest date", () => {
    const rows = timelineItems(viewAt(index), xa(), undefined)
      .filter((i) => i.selectable)
      .map((i) => i.rows[0]?.[0]?.text ?? "")
    expect(new Set(rows.map((r) => r.length)).size).toBe(1)
  })
})
