/**
 * A grapheme segmenter that makes `Intl.Segmenter` only for text that needs it. Text whose every
 * UTF-16 unit is a cluster of its own (OneColumn.ts: one-column characters and ESC, which is all
 * of the UI's text, colour codes included) is split unit by unit; other text goes to an
 * `Intl.Segmenter`, made on first use. Making the first one loads ICU's break rules, about 10 ms
 * that the UI's first frame would otherwise spend. DisplayWidth.ts uses it, and the builds give
 * it to Ink's dependencies (slice-ansi, ansi-tokenize) in place of `new Intl.Segmenter(...)`
 * (scripts/build.mjs). Graphemes.test.ts checks it against `Intl.Segmenter`.
 */
import { isOneClusterEachText } from "./OneColumn"

/** What `Intl.Segmenter#segment` gives that its callers here use: iteration and `containing`. */
export interface GraphemeSegments extends Iterable<Intl.SegmentData> {
  containing(index?: number): Intl.SegmentData | undefined
}

/** A segmenter of grapheme clusters, as `Intl.Segmenter` with `granularity: "grapheme"`. */
export interface GraphemeSegmenter {
  segment(text: string): GraphemeSegments
}

/** The segments of text whose every unit is a cluster of its own. */
const unitByUnit = (input: string): GraphemeSegments => {
  const at = (index: number): Intl.SegmentData => ({
    segment: input.charAt(index),
    index,
    input,
  })
  return {
    containing: (index = 0) => {
      const i = Math.trunc(Number(index)) || 0
      return i >= 0 && i < input.length ? at(i) : undefined
    },
    *[Symbol.iterator]() {
      for (let i = 0; i < input.length; i++) yield at(i)
    },
  }
}

/**
 * A grapheme segmenter that splits one-cluster-a-unit text itself and leaves the rest to an
 * `Intl.Segmenter(locales, options)` made on first use. Any other granularity gets an
 * `Intl.Segmenter` at once.
 * @example
 * [...graphemeSegmenter().segment("Việt")].map((s) => s.segment) // ["V", "i", "ệ", "t"]
 */
export const graphemeSegmenter = (
  locales?: string | string[],
  options?: Intl.SegmenterOptions,
): GraphemeSegmenter => {
  if (options?.granularity !== undefined && options.granularity !== "grapheme") {
    return new Intl.Segmenter(locales, options)
  }
  let intl: Intl.Segmenter | undefined
  return {
    segment: (text) => {
      if (isOneClusterEachText(text)) return unitByUnit(text)
      intl ??= new Intl.Segmenter(locales, options)
      return intl.segment(text)
    },
  }
}
