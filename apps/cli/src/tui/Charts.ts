/**
 * Terminal charts from plain characters: sparklines (▁▂▃▄▅▆▇█) and horizontal bars. Pure; the
 * numbers come from the domain (`pointValue` of each observation).
 */

const TICKS = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"] as const

/**
 * A sparkline: one character per value, scaled between the smallest and the largest. A series of
 * equal values is drawn mid-height; an empty series is an empty string.
 * @example
 * sparkline([4.5, 7.5, 13.5]) // "▁▃█"
 */
export const sparkline = (values: ReadonlyArray<number>): string => {
  const finite = values.filter(Number.isFinite)
  if (finite.length === 0) return ""
  const min = Math.min(...finite)
  const max = Math.max(...finite)
  return values
    .map((v) => {
      if (!Number.isFinite(v)) return " "
      if (max === min) return TICKS[3]
      const i = Math.round(((v - min) / (max - min)) * (TICKS.length - 1))
      return TICKS[Math.max(0, Math.min(TICKS.length - 1, i))]
    })
    .join("")
}

const EIGHTHS = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"] as const

/**
 * A horizontal bar of `width` columns at most, proportional to `value / max`, drawn with
 * eighth-blocks for precision and padded with spaces to exactly `width` columns.
 * @example
 * bar(5, 10, 4) // "██  "
 */
export const bar = (value: number, max: number, width: number): string => {
  if (width <= 0) return ""
  if (!(max > 0) || !(value > 0)) return " ".repeat(width)
  const eighths = Math.round(Math.min(1, value / max) * width * 8)
  const full = Math.floor(eighths / 8)
  const rest = EIGHTHS[eighths % 8] ?? ""
  const drawn = "█".repeat(full) + rest
  // Keep a visible sliver for any positive value.
  const shown = drawn === "" ? "▏" : drawn
  return shown + " ".repeat(Math.max(0, width - full - (rest === "" && drawn !== "" ? 0 : 1)))
}
