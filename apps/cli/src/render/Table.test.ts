import { describe, expect, it } from "vitest"
import { displayWidth } from "./DisplayWidth"
import { renderTable } from "./Table"

describe("renderTable", () => {
  it("aligns columns by display width, whatever the Unicode normalisation", () => {
    const lines = renderTable(
      [{ header: "Tên" }, { header: "Số", align: "right" }],
      [
        ["Vie\u0323\u0302t Nam".normalize("NFD"), "1"],
        ["Kyrgyzstan", "12"],
      ],
    )
    expect(lines).toEqual(["Tên         Số", "──────────  ──", "Việt Nam     1", "Kyrgyzstan  12"])
    const widths = new Set(lines.map(displayWidth))
    expect(widths.size).toBe(1)
  })

  it("wraps flexible columns onto more lines to fit a maximum width", () => {
    const lines = renderTable(
      [{ header: "Ngày" }, { header: "Nội dung", flexible: true }],
      [["6/3/2025", "Thủ tướng Kyrgyzstan Adylbek Kasimalyev thăm chính thức Việt Nam"]],
      { maxWidth: 40 },
    )
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40)
    expect(lines.slice(2)).toEqual([
      "6/3/2025  Thủ tướng Kyrgyzstan Adylbek",
      "          Kasimalyev thăm chính thức",
      "          Việt Nam",
    ])
  })

  it("cuts flexible cells with an ellipsis when asked to truncate", () => {
    const lines = renderTable(
      [{ header: "Ngày" }, { header: "Nội dung", flexible: true }],
      [["6/3/2025", "Thủ tướng Kyrgyzstan Adylbek Kasimalyev thăm chính thức Việt Nam"]],
      { maxWidth: 40, overflow: "truncate" },
    )
    expect(lines).toHaveLength(3)
    expect(displayWidth(lines[2] ?? "")).toBe(40)
    expect(lines[2]).toContain("…")
  })

  it("leaves out the header when asked", () => {
    expect(
      renderTable([{ header: "a" }, { header: "b" }], [["x", "y"]], { header: false }),
    ).toEqual(["x  y"])
  })
})
