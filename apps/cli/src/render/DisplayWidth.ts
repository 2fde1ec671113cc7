/**
 * The width text takes in a terminal, in columns. Vietnamese letters may arrive precomposed ("ệ")
 * or decomposed ("e" + U+0323 + U+0302); both take one column, so widths are measured per
 * grapheme cluster after NFC normalisation. CJK and emoji take two columns; control characters,
 * ANSI escapes and zero-width marks take none.
 */

import { graphemeSegmenter } from "./Graphemes"
import { isOneColumnText } from "./OneColumn"

// Splits one-column text itself, and makes an Intl.Segmenter only for text that needs one.
const segmenter = graphemeSegmenter(undefined, { granularity: "grapheme" })

// CSI and OSC escape sequences, as colour libraries emit them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching escape sequences is the point
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)/g

/** Removes ANSI escape sequences. */
export const stripAnsi = (text: string): string => text.replace(ANSI, "")

const isWide = (cp: number): boolean =>
  (cp >= 0x1100 && cp <= 0x115f) ||
  (cp >= 0x2e80 && cp <= 0x303e) ||
  (cp >= 0x3041 && cp <= 0x33ff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0xa000 && cp <= 0xa4cf) ||
  (cp >= 0xac00 && cp <= 0xd7a3) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0xfe30 && cp <= 0xfe4f) ||
  (cp >= 0xff00 && cp <= 0xff60) ||
  (cp >= 0xffe0 && cp <= 0xffe6) ||
  (cp >= 0x1f300 && cp <= 0x1f64f) ||
  (cp >= 0x1f900 && cp <= 0x1f9ff) ||
  (cp >= 0x20000 && cp <= 0x3fffd)

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}\p{Cc}]+$/u

/** The columns one grapheme cluster takes. */
const clusterWidth = (cluster: string): number => {
  if (ZERO_WIDTH.test(cluster)) return 0
  const first = cluster.codePointAt(0) ?? 0
  if (cluster.includes("\uFE0F") || isWide(first)) return 2
  return 1
}

/**
 * The number of terminal columns `text` takes.
 * @example
 * displayWidth("Việt Nam") // 8, whether precomposed or decomposed
 */
export const displayWidth = (text: string): number => {
  if (isOneColumnText(text)) return text.length
  let width = 0
  for (const { segment } of segmenter.segment(stripAnsi(text).normalize("NFC"))) {
    width += clusterWidth(segment)
  }
  return width
}

/** Pads `text` with spaces on the right to `width` columns (never cuts it). */
export const padEnd = (text: string, width: number): string =>
  text + " ".repeat(Math.max(0, width - displayWidth(text)))

/** Pads `text` with spaces on the left to `width` columns (never cuts it). */
export const padStart = (text: string, width: number): string =>
  " ".repeat(Math.max(0, width - displayWidth(text))) + text

/**
 * Cuts `text` to at most `width` columns, ending with "…" when it had to cut. Cuts between
 * grapheme clusters, so a letter never loses its diacritics.
 */
export const truncate = (text: string, width: number): string => {
  const plain = stripAnsi(text).normalize("NFC")
  if (displayWidth(plain) <= width) return plain
  if (width <= 0) return ""
  let out = ""
  let used = 0
  for (const { segment } of segmenter.segment(plain)) {
    const w = clusterWidth(segment)
    if (used + w > width - 1) break
    out += segment
    used += w
  }
  return `${out}…`
}

/** Fits `text` to exactly `width` columns: cut with "…" when longer, padded when shorter. */
export const fitWidth = (text: string, width: number): string =>
  padEnd(truncate(text, width), width)

/**
 * Breaks `text` into lines of at most `width` columns at spaces; a word longer than a line is cut.
 */
export const wrap = (text: string, width: number): string[] => {
  const lines: string[] = []
  let line = ""
  for (const word of text
    .normalize("NFC")
    .split(/\s+/u)
    .filter((w) => w.length > 0)) {
    const candidate = line === "" ? word : `${line} ${word}`
    if (displayWidth(candidate) <= width) {
      line = candidate
      continue
    }
    if (line !== "") lines.push(line)
    line = displayWidth(word) <= width ? word : truncate(word, width)
  }
  if (line !== "") lines.push(line)
  return lines
}
