/**
 * Text as wide as it is long: every character takes one terminal column and is a grapheme cluster
 * of its own. That holds for printable ASCII, precomposed Latin letters (all of Vietnamese in NFC)
 * and the punctuation, arrows, box drawing, blocks and marks the CLI and the UI draw. Widths of such
 * text need no `Intl.Segmenter`, whose first use loads ICU's break rules (about 10 ms at start-up).
 *
 * Used by DisplayWidth.ts, and by the build (scripts/build.mjs) as the fast path of Ink's
 * `string-width`; OneColumn.test.ts checks every character of the set against both.
 */

// Left out on purpose: U+00AD (soft hyphen, zero width), combining marks (U+0300–U+036F), the
// zero-width and bidirectional controls (U+200B–U+200F, U+2028–U+202F, U+2060–U+206F), and
// geometric shapes that are emoji (two columns).
const ONE_COLUMN_CHARACTERS =
  "\\u0020-\\u007e\\u00a0-\\u00ac\\u00ae-\\u02ff\\u1e00-\\u1eff\\u2010-\\u2027\\u2030-\\u205e\\u2190-\\u21ff\\u2500-\\u259f\\u23ce\\u25c6\\u2713\\u2717\\ufffd"
const ONE_COLUMN = new RegExp(`^[${ONE_COLUMN_CHARACTERS}]*$`)
// The same characters and ESC, a control character, which is a grapheme cluster of its own too.
const ONE_CLUSTER_EACH = new RegExp(`^[${ONE_COLUMN_CHARACTERS}\\u001b]*$`)

/**
 * Whether every character of `text` takes one column on its own, so that its width is its length.
 * @example
 * isOneColumnText("Việt Nam – Kazakhstan") // true (in NFC)
 * isOneColumnText("越南") // false: two columns each
 */
export const isOneColumnText = (text: string): boolean => ONE_COLUMN.test(text)

/**
 * Whether every UTF-16 unit of `text` is a grapheme cluster of its own: one-column text, with ANSI
 * escape sequences in it or not (Graphemes.ts splits such text without `Intl.Segmenter`).
 */
export const isOneClusterEachText = (text: string): boolean => ONE_CLUSTER_EACH.test(text)
