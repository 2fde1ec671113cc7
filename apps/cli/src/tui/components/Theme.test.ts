import { describe, expect, it } from "vitest"
import { toneProps } from "./Theme"

describe("toneProps", () => {
  it("uses colours only when colour is on (NO_COLOR unset)", () => {
    expect(toneProps("accent", true)).toEqual({ color: "cyan" })
    expect(toneProps("accent", false)).toEqual({})
    for (const tone of ["heading", "muted", "accent", "good", "bad", "warn", "normal"] as const) {
      expect(toneProps(tone, false)).not.toHaveProperty("color")
    }
  })

  it("still marks headings and problems with bold without colour", () => {
    expect(toneProps("heading", false)).toEqual({ bold: true })
    expect(toneProps("bad", false)).toEqual({ bold: true })
  })
})
