/**
 * A CSV reader for tests: reads what `toCsv` writes (the BOM, RFC 4180 quotes, CRLF) back into
 * rows, so tests of the CSV exports can compare cells rather than text.
 */
import { BOM } from "../src/export/Csv"

/** Reads CSV text back into rows (handles the BOM, quotes and CRLF). */
export const parseCsv = (text: string): string[][] => {
  const input = text.startsWith(BOM) ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let field = ""
  let quoted = false
  for (let i = 0; i < input.length; i++) {
    const c = input[i]
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ",") {
      row.push(field)
      field = ""
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && input[i + 1] === "\n") i++
      row.push(field)
      rows.push(row)
      row = []
      field = ""
    } else field += c
  }
  if (field !== "" || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}
