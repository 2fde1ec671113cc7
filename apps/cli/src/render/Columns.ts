/**
 * Blocks of lines set side by side when they fit the width, else one under another.
 */
import { displayWidth, padEnd } from "./DisplayWidth"

/**
 * Lays out blocks next to each other with `gap` spaces between them, when their total width fits
 * `width`; otherwise stacks them with a blank line between.
 */
export const sideBySide = (
  blocks: ReadonlyArray<ReadonlyArray<string>>,
  width: number | undefined,
  gap = 4,
): string[] => {
  const widths = blocks.map((b) => Math.max(0, ...b.map(displayWidth)))
  const total = widths.reduce((a, b) => a + b, 0) + gap * Math.max(0, blocks.length - 1)
  if (width !== undefined && total > width) {
    return blocks.flatMap((b, i) => (i === 0 ? [...b] : ["", ...b]))
  }
  const height = Math.max(0, ...blocks.map((b) => b.length))
  return Array.from({ length: height }, (_, row) =>
    blocks
      .map((b, i) => padEnd(b[row] ?? "", widths[i] ?? 0))
      .join(" ".repeat(gap))
      .trimEnd(),
  )
}
