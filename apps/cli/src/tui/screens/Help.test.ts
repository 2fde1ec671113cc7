import { describe, expect, it } from "vitest"
import { displayWidth } from "../../render/DisplayWidth"
import { helpRows } from "./Help"
import { rowText } from "./testing"

describe("the help", () => {
  it("lists every key of the UI, wrapped to the width", () => {
    const lines = helpRows("en", 38).map(rowText)
    expect(lines[0]).toBe("Keys")
    for (const key of ["↑ ↓  j k", "Enter", "Esc  Backspace", "Tab  Shift-Tab", "q  Ctrl-C"])
      expect(lines.some((l) => l.startsWith(key))).toBe(true)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(38)
    expect(lines.join(" ")).toContain("select it and press s.")
  })
})
