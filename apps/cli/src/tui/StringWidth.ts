/**
 * The `string-width` that the builds give Ink and its dependencies (scripts/build.mjs). Text that
 * is one column a character once its ANSI codes are stripped (OneColumn.ts: ASCII, Vietnamese in
 * NFC, the UI's marks) is measured by its length; anything else by string-width itself, loaded on
 * first use. string-width builds a segmenter and regular expressions of emoji and Unicode
 * properties when it loads, which took 15–25 ms of the UI's first frame; the UI's own text never
 * needs them. StringWidth.test.ts checks that both measure every text alike.
 */
import stripAnsi from "strip-ansi"
import { isOneColumnText } from "../render/OneColumn"

/** string-width's signature. */
export type StringWidth = (
  text: string,
  options?: { ambiguousIsNarrow?: boolean; countAnsiEscapeCodes?: boolean },
) => number

/** string-width with a fast path for one-column text; `loadFull` gives string-width itself. */
export const withOneColumnFastPath = (loadFull: () => StringWidth): StringWidth => {
  let full: StringWidth | undefined
  return (text, options) => {
    // One-column text has no ambiguous-width character counted as wide (ambiguousIsNarrow: false)
    // only if none is in it; leave that option, and counting escape codes, to string-width.
    if (
      typeof text === "string" &&
      options?.ambiguousIsNarrow !== false &&
      options?.countAnsiEscapeCodes !== true
    ) {
      const plain = text.includes("\u001b") || text.includes("\u009b") ? stripAnsi(text) : text
      if (isOneColumnText(plain)) return plain.length
    }
    full ??= loadFull()
    return full(text, options)
  }
}
