/**
 * CSV text that spreadsheets open cleanly: RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
 * order mark so that Excel reads Vietnamese letters as UTF-8.
 *
 * @since 0.1.0
 */

/** The UTF-8 byte order mark, as a character. */
export const BOM = "\uFEFF"

/** What a CSV cell may hold; `null` and `undefined` are written as empty fields. */
export type CsvCell = string | number | boolean | null | undefined

/** One CSV field: quoted when it holds a comma, a quote, a line break or edge spaces. */
export const csvField = (cell: CsvCell): string => {
  if (cell === null || cell === undefined) return ""
  const text = typeof cell === "string" ? cell.normalize("NFC") : String(cell)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole CSV document with a header row, starting with a BOM. */
export const toCsv = (
  header: ReadonlyArray<string>,
  rows: ReadonlyArray<ReadonlyArray<CsvCell>>,
): string => `${BOM + [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`
