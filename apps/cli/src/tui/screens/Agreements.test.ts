import type { BilateralIndex } from "@bilateral/data"
import { beforeAll, describe, expect, it } from "vitest"
import { agreementItems } from "./Agreements"
import { loadFixture, relationIn, textOf, viewAt } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})
const relation = (id: string) => relationIn(index, id)

describe("the agreements", () => {
  it("gives agreements with their signed and effective dates, selectable by their key", () => {
    const items = agreementItems(viewAt(index), relation("vn-xa"))
    expect(textOf(items)).toContain("Hiệp định hợp tác văn hóa\nKý: tháng 3/2024 · Hiệu lực: —")
    expect(items.filter((i) => i.selectable).map((i) => i.key)).toContain("agreement:vn-xa-culture")
  })
})
