import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { displayWidth } from "../../render/DisplayWidth"
import { type Row, seg } from "../Items"
import { helpRows, Scrolled, SearchBox } from "./Overlays"

const text = (rows: ReadonlyArray<Row>) => rows.map((r) => r.map((s) => s.text).join(""))

describe("helpRows", () => {
  it("lists every key of the UI, wrapped to the width", () => {
    const lines = text(helpRows("en", 38))
    for (const key of [
      "↑ ↓  j k",
      "Enter",
      "Esc  Backspace",
      "Tab  Shift-Tab",
      "/",
      "?",
      "q  Ctrl-C",
      "s ",
      "f ",
    ]) {
      expect(
        lines.some(
          (l) =>
            l.startsWith(`${key}`) || l.includes(` ${key.trim()} `) || l.startsWith(key.trim()),
        ),
      ).toBe(true)
    }
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(38)
  })
})

describe("Scrolled", () => {
  it("shows the rows from the scroll position and marks that more follow", () => {
    const rows: Row[] = Array.from({ length: 10 }, (_, i) => [seg(`dòng ${i + 1}`)])
    const { lastFrame } = render(<Scrolled rows={rows} scroll={2} width={20} height={3} />)
    expect((lastFrame() ?? "").split("\n")).toEqual(["  dòng 3", "  dòng 4", "↓ dòng 5"])
  })
})

describe("SearchBox", () => {
  it("shows the query, the count and the hits with their kind and relation", () => {
    const { lastFrame } = render(
      <SearchBox
        query="khanh hoa"
        hits={[
          { kind: "place", id: "Khánh Hòa", label: "Khánh Hòa", relation: "vn-kg" },
          {
            kind: "event",
            id: "e1",
            label: "Đoàn địa phương Khánh Hòa thăm Kazakhstan.",
            relation: "vn-kz",
            eventId: "e1",
          },
        ]}
        cursor={1}
        lang="vi"
        width={60}
        height={6}
        codeOf={(id) => id.slice(3)}
      />,
    )
    const lines = (lastFrame() ?? "").split("\n")
    expect(lines[0]).toBe("/ khanh hoa")
    expect(lines[1]).toBe("2 kết quả")
    expect(lines[2]).toBe("  Địa điểm Khánh Hòa (kg)")
    expect(lines[3]).toMatch(/^› Sự kiện +Đoàn địa phương Khánh Hòa thăm Kazakhstan\. \(kz\)$/)
  })

  it("says so when nothing matches", () => {
    const { lastFrame } = render(
      <SearchBox
        query="zzz"
        hits={[]}
        cursor={0}
        lang="en"
        width={40}
        height={4}
        codeOf={(id) => id}
      />,
    )
    expect(lastFrame()).toContain("No results.")
  })
})
