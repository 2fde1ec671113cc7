import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { displayWidth } from "../../render/DisplayWidth"
import { type Item, seg } from "../Items"
import { scrollOffset, Viewport } from "./Viewport"

const items: Item[] = [
  { key: "h", selectable: false, rows: [[seg("Tiêu đề", "heading")]] },
  ...Array.from({ length: 20 }, (_, i) => ({
    key: `i${i}`,
    selectable: true,
    rows: [[seg(`Mục số ${i + 1} — Nguyễn Khắc Định`)]],
  })),
]

describe("scrollOffset", () => {
  it("keeps the view still while the selection stays visible", () => {
    expect(scrollOffset(3, 5, 6, 30, 10, false)).toBe(3)
  })

  it("scrolls just enough to show a selection below or above the view", () => {
    expect(scrollOffset(0, 12, 13, 30, 10, false)).toBe(3)
    expect(scrollOffset(8, 4, 5, 30, 10, false)).toBe(4)
  })

  it("shows the top when the first selectable item is selected, so headings stay visible", () => {
    expect(scrollOffset(5, 1, 2, 30, 10, true)).toBe(0)
  })
})

describe("Viewport", () => {
  it("marks the selected item and shows only as many lines as it is tall", () => {
    const { lastFrame } = render(<Viewport items={items} cursor={0} width={40} height={5} />)
    const lines = (lastFrame() ?? "").split("\n")
    expect(lines).toHaveLength(5)
    expect(lines[0]).toBe("  Tiêu đề")
    expect(lines[1]).toMatch(/^› Mục số 1 — Nguyễn Khắc Định/)
    expect(lines[2]).toMatch(/^ {2}Mục số 2/)
  })

  it("scrolls a long list to keep the selection in view", () => {
    const { lastFrame } = render(<Viewport items={items} cursor={14} width={40} height={5} />)
    const frame = lastFrame() ?? ""
    expect(frame).toContain("› Mục số 15")
    expect(frame).not.toContain("Tiêu đề")
  })

  it("cuts long lines to the width, keeping Vietnamese letters whole", () => {
    const { lastFrame } = render(<Viewport items={items} cursor={0} width={20} height={3} />)
    for (const line of (lastFrame() ?? "").split("\n"))
      expect(displayWidth(line)).toBeLessThanOrEqual(20)
    expect(lastFrame()).toContain("› Mục số 1 — Nguyễn…")
  })
})
