/**
 * Aligned plain-text tables for people: columns measured by display width, so Vietnamese text
 * with diacritics lines up whatever its normalisation.
 */
import { displayWidth, padEnd, padStart, truncate, wrap } from "./DisplayWidth"
import { plainText } from "./PlainText"

export interface Column {
  readonly header: string
  /** Numbers read best right-aligned. Default: left. */
  readonly align?: "left" | "right"
  /** Whether this column may shrink to fit `maxWidth`; its long cells then wrap onto more lines. Default: false. */
  readonly flexible?: boolean
}

export interface TableOptions {
  /** The widest a line may be; flexible columns are cut to fit it. No limit when absent. */
  readonly maxWidth?: number
  /** Spaces between columns. Default: 2. */
  readonly gap?: number
  /** Whether to print the header and a rule under it. Default: true. */
  readonly header?: boolean
  /** What flexible cells too long for their column do: wrap onto more lines (default) or end in "…". */
  readonly overflow?: "wrap" | "truncate"
}

const MIN_FLEX = 8

/** The width of each column: the widest cell, with flexible columns shrunk to fit `maxWidth`. */
export const columnWidths = (
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  options: TableOptions = {},
): number[] => {
  const gap = options.gap ?? 2
  const showHeader = options.header ?? true
  const widths = columns.map((column, i) =>
    Math.max(
      showHeader ? displayWidth(column.header) : 0,
      ...rows.map((row) => displayWidth(row[i] ?? "")),
    ),
  )
  if (options.maxWidth === undefined) return widths
  let excess = widths.reduce((a, b) => a + b, 0) + gap * (columns.length - 1) - options.maxWidth
  // Shrink the widest flexible column first, one column at a time, never below MIN_FLEX.
  while (excess > 0) {
    let widest = -1
    columns.forEach((column, i) => {
      const w = widths[i] ?? 0
      if (column.flexible && w > MIN_FLEX && (widest < 0 || w > (widths[widest] ?? 0))) widest = i
    })
    if (widest < 0) break
    const current = widths[widest] ?? 0
    const cut = Math.min(excess, current - MIN_FLEX)
    widths[widest] = current - cut
    excess -= cut
  }
  return widths
}

/**
 * Renders rows as aligned lines (no trailing spaces). Every cell and header is made plain first
 * (`plainText`): a line break or escape sequence in the data cannot break the table.
 * @example
 * renderTable([{ header: "Nước" }, { header: "Sự kiện", align: "right" }], [["Kazakhstan", "12"]])
 */
export const renderTable = (
  columns: ReadonlyArray<Column>,
  rows: ReadonlyArray<ReadonlyArray<string>>,
  options: TableOptions = {},
): string[] => {
  const gap = " ".repeat(options.gap ?? 2)
  columns = columns.map((column) => ({ ...column, header: plainText(column.header) }))
  rows = rows.map((row) => row.map(plainText))
  const widths = columnWidths(columns, rows, options)
  const wrapCells = (options.overflow ?? "wrap") === "wrap"
  const line = (cells: ReadonlyArray<string>) =>
    columns
      .map((column, i) => {
        const width = widths[i] ?? 0
        const cell = truncate(cells[i] ?? "", width)
        return column.align === "right" ? padStart(cell, width) : padEnd(cell, width)
      })
      .join(gap)
      .trimEnd()
  const rowLines = (cells: ReadonlyArray<string>): string[] => {
    const parts = columns.map((column, i) => {
      const cell = cells[i] ?? ""
      const width = widths[i] ?? 0
      if (!column.flexible || !wrapCells || displayWidth(cell) <= width) return [cell]
      const wrapped = wrap(cell, width)
      return wrapped.length > 0 ? wrapped : [""]
    })
    const height = Math.max(1, ...parts.map((p) => p.length))
    return Array.from({ length: height }, (_, k) => line(parts.map((p) => p[k] ?? "")))
  }
  const body = rows.flatMap(rowLines)
  if (options.header === false) return body
  const rule = widths.map((w) => "─".repeat(w)).join(gap)
  return [line(columns.map((c) => c.header)), rule, ...body]
}
