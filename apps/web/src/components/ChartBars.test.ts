import { describe, expect, it } from "vitest"
import { tickLines } from "./ChartBars"

describe("tickLines", () => {
  it("keeps a short date on one line", () => {
    expect(tickLines("2024")).toEqual(["2024"])
    expect(tickLines("6 tháng 2024")).toEqual(["6 tháng 2024"])
  })

  it("breaks a long date between words, each line fitting left of the bar", () => {
    const lines = tickLines("bình quân năm 2017–2021")
    expect(lines).toEqual(["bình quân năm", "2017–2021"])
    expect(tickLines("yearly average 2017–2021").join(" ")).toBe("yearly average 2017–2021")
    for (const line of tickLines("first half of the year 2024 and more")) {
      expect(line.length).toBeLessThanOrEqual(14)
    }
  })
})
