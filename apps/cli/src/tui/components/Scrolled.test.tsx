import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { type Row, seg } from "../Items"
import { Scrolled } from "./Scrolled"

describe("Scrolled", () => {
  it("shows the rows from the scroll position and marks that more follow", () => {
    const rows: Row[] = Array.from({ length: 10 }, (_, i) => [seg(`dòng ${i + 1}`)])
    const { lastFrame } = render(<Scrolled rows={rows} scroll={2} width={20} height={3} />)
    expect((lastFrame() ?? "").split("\n")).toEqual(["  dòng 3", "  dòng 4", "↓ dòng 5"])
  })
})
