import { describe, expect, it } from "vitest"
import { fold } from "./search-entry"

describe("fold", () => {
  it("drops case and Vietnamese diacritics, đ included", () => {
    expect(fold("Tô Lâm")).toBe("to lam")
    expect(fold("Đà Nẵng")).toBe("da nang")
  })

  it("turns punctuation into single spaces", () => {
    expect(fold("Bắc Ninh – Đông Kazakhstan")).toBe("bac ninh dong kazakhstan")
    expect(fold("  GS.TS Nguyễn Xuân Thắng ")).toBe("gs ts nguyen xuan thang")
  })
})
