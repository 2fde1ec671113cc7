import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { isOneColumnText } from "../render/OneColumn"
import { type StringWidth, withOneColumnFastPath } from "./StringWidth"

// Ink's own string-width: what the builds wrap.
const require = createRequire(import.meta.url)
const path = createRequire(require.resolve("ink")).resolve("string-width")
const { default: stringWidth } = (await import(pathToFileURL(path).href)) as {
  default: StringWidth
}

const ONE_COLUMN = Array.from({ length: 0x3000 }, (_, c) => String.fromCharCode(c)).filter((c) =>
  isOneColumnText(c),
)
const ESCAPES = ["\u001b[31m", "\u001b[1;4m", "\u001b[39m", "\u001b[0m", "\u001b[38;5;208m"]
const OTHERS = ["越", "🙂", "e\u0301", "\u200b", "\u00ad", "\t", "\u001b", "\u009b", "한"]

/** Text the UI draws: one-column characters and colour codes, now and then something else. */
const text = fc
  .array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...ONE_COLUMN) },
      { weight: 2, arbitrary: fc.constantFrom(...ESCAPES) },
      { weight: 1, arbitrary: fc.constantFrom(...OTHERS) },
      { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(""))

describe("withOneColumnFastPath", () => {
  it("measures every text as string-width does, with any options", () => {
    const options = fc.option(
      fc.record(
        { ambiguousIsNarrow: fc.boolean(), countAnsiEscapeCodes: fc.boolean() },
        { requiredKeys: [] },
      ),
      { nil: undefined },
    )
    fc.assert(
      fc.property(text, options, (t, o) => {
        const fast = withOneColumnFastPath(() => stringWidth)
        expect(fast(t, o)).toBe(stringWidth(t, o))
      }),
      { numRuns: 2000 },
    )
  })

  it("loads string-width only for text that is not one column a character", () => {
    let loads = 0
    const fast = withOneColumnFastPath(() => {
      loads += 1
      return stringWidth
    })
    expect(fast("\u001b[1mQuan hệ song phương\u001b[22m · 34 năm")).toBe(28)
    expect(loads).toBe(0)
    expect(fast("越南")).toBe(4)
    expect(fast("越南")).toBe(4)
    expect(loads).toBe(1)
  })
})
