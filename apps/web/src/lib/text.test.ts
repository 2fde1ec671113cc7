import { describe, expect, it } from "vitest"
import { joinText } from "./text"

describe("joinText", () => {
  it("joins the parts in order and leaves out the missing ones", () => {
    const since: string | undefined = undefined
    expect(joinText("Kazakhstan", ": ", "EAEU", since && ` · ${since}`, null, false)).toBe(
      "Kazakhstan: EAEU",
    )
  })

  it("keeps zero and writes numbers as they are", () => {
    expect(joinText(0, " → ", 12)).toBe("0 → 12")
  })
})
