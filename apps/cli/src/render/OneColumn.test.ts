import { createRequire } from "node:module"
import { pathToFileURL } from "node:url"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { displayWidth } from "./DisplayWidth"
import { isOneColumnText } from "./OneColumn"

// The string-width Ink measures text with: the reference for "one column".
const require = createRequire(import.meta.url)
const inkStringWidth = createRequire(require.resolve("ink")).resolve("string-width")
const { default: stringWidth } = (await import(pathToFileURL(inkStringWidth).href)) as {
  default: (text: string) => number
}

/** Every character (of the Basic Multilingual Plane) that isOneColumnText accepts. */
const ONE_COLUMN_CHARACTERS = Array.from({ length: 0x10000 }, (_, c) =>
  String.fromCharCode(c),
).filter((c) => isOneColumnText(c))

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" })

describe("isOneColumnText", () => {
  it("accepts only characters that Ink's string-width measures as one column", () => {
    expect(ONE_COLUMN_CHARACTERS.length).toBeGreaterThan(1000)
    expect(ONE_COLUMN_CHARACTERS.filter((c) => stringWidth(c) !== 1)).toEqual([])
  })

  it("accepts text whose characters are each a grapheme cluster, as wide as it is long", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ONE_COLUMN_CHARACTERS), { maxLength: 40 }), (cs) => {
        const text = cs.join("")
        expect(isOneColumnText(text)).toBe(true)
        expect([...segmenter.segment(text)].length).toBe(text.length)
        expect(stringWidth(text)).toBe(text.length)
        // Measured again through the grapheme rules, next to a character that needs them.
        expect(displayWidth(`${text}越`)).toBe(text.length + 2)
      }),
    )
  })

  it("accepts Vietnamese in NFC and refuses combining marks, wide and zero-width characters", () => {
    expect(isOneColumnText("Quan hệ song phương của Việt Nam – Kazakhstan · 34 năm")).toBe(true)
    for (const text of [
      "Vie\u0323\u0302t",
      "越南",
      "a\u200bb",
      "soft\u00adhyphen",
      "🙂",
      "\u2028",
    ]) {
      expect(isOneColumnText(text), text).toBe(false)
    }
  })
})
