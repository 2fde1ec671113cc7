import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { displayWidth, fitWidth, padEnd, stripAnsi, truncate, wrap } from "./DisplayWidth"

const decomposed = "Vie\u0323\u0302t Nam" // "Việt Nam" with combining marks
const precomposed = "Việt Nam"

describe("displayWidth", () => {
  it("measures printable ASCII as one column a character, as the grapheme rules do", () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" })
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
        }),
        (text) => {
          expect(displayWidth(text)).toBe([...segmenter.segment(text)].length)
          // One character that is not printable ASCII sends the text through the grapheme rules.
          expect(displayWidth(`${text}\u0301`)).toBe(text.length)
        },
      ),
    )
  })

  it("counts a Vietnamese letter with two diacritics as one column, precomposed or not", () => {
    expect(precomposed.length).toBe(8)
    expect(decomposed.length).toBe(10)
    expect(displayWidth(precomposed)).toBe(8)
    expect(displayWidth(decomposed)).toBe(8)
  })

  it("counts CJK characters as two columns", () => {
    expect(displayWidth("越南")).toBe(4)
  })

  it("ignores ANSI colour sequences", () => {
    expect(displayWidth("\u001b[1mHà Nội\u001b[22m")).toBe(6)
    expect(stripAnsi("\u001b[31mx\u001b[0m")).toBe("x")
  })
})

describe("padding and cutting", () => {
  it("pads decomposed text to the same visible width as precomposed text", () => {
    expect(displayWidth(padEnd(decomposed, 12))).toBe(12)
    expect(padEnd(decomposed, 12).endsWith("    ")).toBe(true)
  })

  it("cuts between letters, never between a letter and its diacritics", () => {
    const cut = truncate("Nguyễn Khắc Định", 9)
    expect(cut).toBe("Nguyễn K…")
    expect(displayWidth(cut)).toBe(9)
    expect(truncate(decomposed, 4)).toBe("Việ…")
  })

  it("leaves text that fits alone and fits text to an exact width", () => {
    expect(truncate("Kazakhstan", 20)).toBe("Kazakhstan")
    expect(displayWidth(fitWidth("Kyrgyzstan", 5))).toBe(5)
    expect(displayWidth(fitWidth("kg", 5))).toBe(5)
  })

  it("wraps at spaces within the width", () => {
    const lines = wrap("Thủ tướng Chính phủ Phạm Minh Chính", 12)
    expect(lines).toEqual(["Thủ tướng", "Chính phủ", "Phạm Minh", "Chính"])
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(12)
  })
})
