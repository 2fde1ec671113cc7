import { describe, expect, it } from "vitest"
import { parseCsv } from "../../test/csv"
import { BOM, csvField, toCsv } from "./Csv"

describe("CSV", () => {
  it("starts with a UTF-8 byte order mark and ends rows with CRLF", () => {
    const text = toCsv(["a", "b"], [["1", 2]])
    expect(text.startsWith(BOM)).toBe(true)
    expect(text).toBe(`${BOM}a,b\r\n1,2\r\n`)
  })

  it("quotes fields with commas, quotes and line breaks, and reads them back", () => {
    expect(csvField('đạt "4,5" triệu')).toBe('"đạt ""4,5"" triệu"')
    const rows = [["x", 'a "b", c', "line\nbreak", ""]]
    expect(parseCsv(toCsv(["h1", "h2", "h3", "h4"], rows))).toEqual([
      ["h1", "h2", "h3", "h4"],
      ...rows,
    ])
  })

  it("writes absent cells as empty fields and text in NFC", () => {
    expect(csvField(undefined)).toBe("")
    expect(csvField(null)).toBe("")
    expect(csvField("Vie\u0323\u0302t")).toBe("Việt")
  })
})
