import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { graphemeSegmenter } from "./Graphemes"
import { isOneClusterEachText } from "./OneColumn"

const intl = new Intl.Segmenter(undefined, { granularity: "grapheme" })
const plain = (s: Intl.SegmentData | undefined) =>
  s === undefined ? undefined : { segment: s.segment, index: s.index, input: s.input }

const ONE_CLUSTER_EACH = Array.from({ length: 0x3000 }, (_, c) => String.fromCharCode(c)).filter(
  (c) => isOneClusterEachText(c),
)
const OTHERS = ["e\u0301", "越", "🙂", "\r\n", "\u200d", "👍🏽", "\u00ad", "a\u0323\u0302"]
const text = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...ONE_CLUSTER_EACH) },
      { weight: 2, arbitrary: fc.constantFrom("\u001b[31m", "\u001b[1m", "\u001b[0m") },
      { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""))

describe("graphemeSegmenter", () => {
  it("splits every text as Intl.Segmenter does, by iteration and by containing()", () => {
    const ours = graphemeSegmenter(undefined, { granularity: "grapheme" })
    fc.assert(
      fc.property(text, (t) => {
        expect([...ours.segment(t)].map(plain)).toEqual([...intl.segment(t)].map(plain))
        for (let i = -1; i <= t.length; i++) {
          expect(plain(ours.segment(t).containing(i))).toEqual(plain(intl.segment(t).containing(i)))
        }
        expect(plain(ours.segment(t).containing())).toEqual(plain(intl.segment(t).containing()))
      }),
      { numRuns: 1000 },
    )
  })

  it("gives an Intl.Segmenter for another granularity", () => {
    const words = graphemeSegmenter("en", { granularity: "word" })
    expect([...words.segment("two words")].map((s) => s.segment)).toEqual(["two", " ", "words"])
  })
})
