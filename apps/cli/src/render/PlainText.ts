/**
 * Text from the dataset made safe for plain-text output: a line break, tab or other control
 * character inside a cell would break a table's rows, and an escape sequence could move the cursor
 * or retitle the terminal. Every table cell and list item the commands print goes through
 * `plainText` (renderTable and the list helpers call it).
 */

// Line and paragraph breaks of every kind, and tabs: each becomes one space.
const BREAKS = /\r\n|[\t\n\v\f\r\u0085\u2028\u2029]/g
// Every other C0 and C1 control character and DEL, ESC included: each becomes U+FFFD (�).
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it replaces
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g

/**
 * `text` on one line with no control characters: breaks and tabs become spaces, other control
 * characters (ESC, BEL, NUL, DEL, C1) become U+FFFD so that the reader sees something was there.
 * @example
 * plainText("Hà Nội\r\nAstana") // "Hà Nội Astana"
 * plainText("\u001b]0;owned\u0007") // "�]0;owned�"
 */
export const plainText = (text: string): string =>
  text.replace(BREAKS, " ").replace(CONTROLS, "\uFFFD")
