import { describe, expect, it } from "vitest"
import { plainText } from "./PlainText"
import { renderTable } from "./Table"

describe("plainText", () => {
  it("turns every kind of line break and tabs into one space", () => {
    expect(plainText("a\r\nb\rc\nd\te\u2028f\u0085g")).toBe("a b c d e f g")
  })

  it("replaces escape, bell, NUL, DEL and C1 controls with U+FFFD", () => {
    expect(plainText("\u001b]0;owned\u0007x\u0000\u007f\u009b")).toBe(
      "\uFFFD]0;owned\uFFFDx\uFFFD\uFFFD\uFFFD",
    )
  })

  it("keeps Vietnamese text as it is", () => {
    expect(plainText("Thủ tướng thăm Hà Nội")).toBe("Thủ tướng thăm Hà Nội")
  })
})

describe("renderTable with hostile cells", () => {
  it("keeps one line per row whatever the cells hold", () => {
    const lines = renderTable(
      [{ header: "Date" }, { header: "Summary", flexible: true }],
      [
        ["2024", "first\r\nsecond\rthird\nfourth"],
        ["2025", "\u001b[2J\u001b]8;;http://x\u0007link"],
      ],
    )
    expect(lines).toHaveLength(4)
    for (const line of lines) {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none
      expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/)
    }
    expect(lines[2]).toBe("2024  first second third fourth")
  })
})
