import { describe, expect, it } from "vitest"
import { displayWidth } from "../render/DisplayWidth"
import { bar, sparkline } from "./Charts"

describe("sparkline", () => {
  it("scales values from the lowest tick to the highest", () => {
    expect(sparkline([4.5, 7.5, 13.5])).toBe("▁▃█")
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe("▁▂▃▄▅▆▇█")
  })

  it("draws equal values mid-height and nothing for no values", () => {
    expect(sparkline([2, 2])).toBe("▄▄")
    expect(sparkline([])).toBe("")
  })
})

describe("bar", () => {
  it("is proportional to the value and exactly as wide as asked", () => {
    expect(bar(10, 10, 4)).toBe("████")
    expect(bar(5, 10, 4)).toBe("██  ")
    expect(bar(0, 10, 4)).toBe("    ")
    for (const v of [0.1, 1, 3.3, 7, 9.99]) expect(displayWidth(bar(v, 10, 7))).toBe(7)
  })

  it("keeps a sliver for a tiny positive value", () => {
    expect(bar(0.0001, 1000, 5).startsWith("▏")).toBe(true)
  })
})
