import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { pathToFileURL } from "node:url"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { type AnsiCode, type DiffAnsiCodes, withSameStyleFastPath } from "./AnsiDiff"

// Ink's own ansi-tokenize: what the builds wrap.
const require = createRequire(import.meta.url)
// (ESM only: its entry is found through its package.json's exports.)
const manifest = createRequire(require.resolve("ink")).resolve(
  "@alcalzone/ansi-tokenize/package.json",
)
const entry = (
  JSON.parse(readFileSync(manifest, "utf8")) as { exports: { ".": { import: string } } }
).exports["."].import
const path = join(dirname(manifest), entry)
const tokenizer = (await import(pathToFileURL(path).href)) as {
  diffAnsiCodes: DiffAnsiCodes
  reduceAnsiCodes: (codes: AnsiCode[]) => AnsiCode[]
  tokenize: (text: string) => Array<AnsiCode | { type: "char" }>
}

// Styles as Ink's colours and text styles write them, reduced as ansi-tokenize reduces them.
const CODES = [
  "\u001b[1m",
  "\u001b[2m",
  "\u001b[3m",
  "\u001b[4m",
  "\u001b[7m",
  "\u001b[22m",
  "\u001b[31m",
  "\u001b[32m",
  "\u001b[39m",
  "\u001b[38;5;208m",
  "\u001b[44m",
  "\u001b[49m",
  "\u001b[0m",
]
const style = fc
  .array(fc.constantFrom(...CODES), { maxLength: 6 })
  .map((codes) =>
    tokenizer.reduceAnsiCodes(
      tokenizer.tokenize(`${codes.join("")}x`).filter((t): t is AnsiCode => t.type === "ansi"),
    ),
  )

describe("withSameStyleFastPath", () => {
  it("gives ansi-tokenize's own diff between any two styles, equal or not", () => {
    const fast = withSameStyleFastPath(tokenizer.diffAnsiCodes)
    fc.assert(
      fc.property(style, style, fc.boolean(), (from, other, same) => {
        const to = same ? other.map((code) => ({ ...code })) : other
        const left = same ? to.map((code) => ({ ...code })) : from
        expect(fast(left, to)).toEqual(tokenizer.diffAnsiCodes(left, to))
      }),
      { numRuns: 2000 },
    )
  })

  it("does not call ansi-tokenize when the styles are the same", () => {
    let calls = 0
    const fast = withSameStyleFastPath((from, to) => {
      calls += 1
      return tokenizer.diffAnsiCodes(from, to)
    })
    const bold = tokenizer
      .tokenize("\u001b[1m\u001b[31mx")
      .filter((t): t is AnsiCode => t.type === "ansi")
    expect(fast(bold, [...bold])).toEqual([])
    expect(calls).toBe(0)
    expect(fast(bold, []).length).toBeGreaterThan(0)
    expect(calls).toBe(1)
  })
})
