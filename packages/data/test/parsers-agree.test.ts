// The loader reads files with js-yaml (fast, no positions) and falls back to the `yaml` library
// (positions) for anything js-yaml fails on or may read differently. These tests check that
// whatever the fast path accepts, `yaml` reads to the same value without a problem.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import fc from "fast-check"
import jsYaml from "js-yaml"
import { describe, expect, it } from "vitest"
import { stringify } from "yaml"
import { type DatasetFile, parseFile } from "../src/DatasetFile"
import { loadFiles } from "../src/Loader"

const here = import.meta.dirname

/** Checks one text: when the fast path gives a value, `yaml` gives the same and no problem. */
const agree = (text: string): "fast" | "positions" => {
  const file: DatasetFile = { path: "a.yaml", text }
  const fast = parseFile(file, "fast")
  const slow = parseFile(file, "positions")
  if (fast.mode === "fast") {
    if (fast.problems.length === 0) {
      expect(slow.problems, text).toEqual([])
      expect(fast.parsed.value, text).toEqual(slow.parsed.value)
    } else {
      // The fast path reports a problem only for limits; `yaml` must see one too.
      expect(slow.problems.length, text).toBeGreaterThan(0)
    }
  }
  return fast.mode
}

/** Scalars whose reading depends on the YAML schema, written unquoted. */
const ODD_SCALARS = [
  "1992-06-04",
  "2025-03",
  "2025",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "n",
  "True",
  "FALSE",
  "tRUE",
  "~",
  "null",
  "Null",
  "NULL",
  "nULL",
  "0o17",
  "0O17",
  "017",
  "0x1F",
  "0X1F",
  "-0x1F",
  "+0x1F",
  "0b101",
  "1_000",
  "+12",
  "-0",
  "00",
  "1e3",
  "1E-3",
  "-.5",
  "+.5e2",
  "1.",
  ".inf",
  "-.INF",
  ".NaN",
  ".nan",
  "nan",
  "inf",
  "12:30",
  "1:20:30",
  "12345678901234567890",
  "0.1e",
  "<<",
  "=",
  "Tô Lâm",
  "Việt Nam – Kazakhstan",
  "đạt 4,5 triệu USD",
  "a: b",
  "- x",
  "#no",
  "x #comment",
  "@at",
  "`tick",
  "%pct",
  "|pipe",
  ">fold",
  "'single",
  '"double',
  "a'b",
  "[x]",
  "{y}",
  "*star",
  "&amp",
  "!bang",
  "?q",
  "",
  " lead",
  "trail ",
]

const scalar = fc.oneof(
  fc.constantFrom(...ODD_SCALARS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
)

const key = fc.oneof(
  fc.constantFrom("id", "name", "vi", "en", "events", "people", "date", "x_y", "a-b", "quote"),
  fc.stringMatching(/^[a-z][a-zA-Z0-9_-]{0,8}$/),
)

const { value: valueArb } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(key, tie("value"), { maxKeys: 4 }),
  ),
}))

/**
 * Writes a value as YAML by hand: plain (unquoted) scalars wherever the text of a string allows
 * one, block and flow collections, block scalars for multi-line text, and anchors with aliases
 * for repeated parts.
 */
const emit = (
  value: unknown,
  indent: string,
  style: { flow: boolean; plain: boolean; anchors: Map<unknown, string> },
): string => {
  const anchored = style.anchors.get(value)
  if (anchored !== undefined) return `*${anchored}`
  if (typeof value === "string") {
    if (value.includes("\n"))
      return `${style.plain ? ">" : "|-"}\n${value
        .split("\n")
        .map((l) => `${indent}  ${l}`)
        .join("\n")}`
    return style.plain && value.length > 0 && !/[\n\r\t]/u.test(value)
      ? value
      : JSON.stringify(value)
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : ".nan"
  if (value === null) return style.plain ? "~" : "null"
  if (typeof value === "boolean") return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]"
    if (style.flow) return `[${value.map((v) => emit(v, indent, style)).join(", ")}]`
    return value.map((v) => `\n${indent}- ${emit(v, `${indent}  `, style)}`).join("")
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return "{}"
  if (style.flow)
    return `{ ${entries.map(([k, v]) => `${k}: ${emit(v, indent, style)}`).join(", ")} }`
  return entries.map(([k, v]) => `\n${indent}${k}: ${emit(v, `${indent}  `, style)}`).join("")
}

const handWritten = fc
  .record({
    value: fc.dictionary(key, valueArb, { minKeys: 1, maxKeys: 4 }),
    flow: fc.boolean(),
    plain: fc.boolean(),
    shared: fc.option(valueArb, { nil: undefined }),
  })
  .map(({ value, flow, plain, shared }) => {
    const anchors = new Map<unknown, string>()
    let text = emit(value, "", { flow, plain, anchors }).replace(/^\n/u, "")
    if (shared !== undefined && typeof shared === "object" && shared !== null) {
      const body = emit(shared, "  ", { flow: true, plain, anchors })
      text = `base: &base ${body}\ncopy: *base\nlist: [*base, *base]\n${text}`
    }
    return text
  })

const libraryWritten = fc
  .tuple(fc.dictionary(key, valueArb, { minKeys: 1, maxKeys: 4 }), fc.nat(3))
  .map(([value, how]) =>
    how === 0
      ? stringify(value)
      : how === 1
        ? stringify(value, { lineWidth: 20, defaultStringType: "PLAIN" })
        : how === 2
          ? jsYaml.dump(value, { lineWidth: 20, noRefs: false })
          : jsYaml.dump(value, { flowLevel: 1, forceQuotes: false }),
  )

/** A text with a few characters changed: what a hurried edit or a fuzzer does to YAML. */
const mutated = fc
  .tuple(
    fc.oneof(handWritten, libraryWritten),
    fc.array(
      fc.tuple(
        fc.nat(),
        fc.constantFrom(
          ":",
          "-",
          " ",
          "\n",
          "#",
          '"',
          "'",
          "[",
          "]",
          "{",
          "}",
          ",",
          "&a",
          "*a",
          "|",
          ">",
          "\t",
          "?",
          "!",
          "%",
          "Ư",
          "",
        ),
        fc.nat(3),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([text, edits]) => {
    let out = text
    for (const [at, insert, remove] of edits) {
      const i = out.length === 0 ? 0 : at % out.length
      out = out.slice(0, i) + insert + out.slice(i + remove)
    }
    return out
  })

describe("js-yaml (fast path) and yaml agree", () => {
  it("on hand-written YAML with plain odd scalars, block and flow styles, anchors and aliases", () => {
    let fast = 0
    fc.assert(
      fc.property(handWritten, (text) => {
        if (agree(text) === "fast") fast++
      }),
      { numRuns: 1000 },
    )
    // The fast path must take most such texts, or it is not a fast path.
    expect(fast).toBeGreaterThan(250)
  }, 120_000)

  it("on YAML written by both libraries", () => {
    fc.assert(
      fc.property(libraryWritten, (text) => {
        agree(text)
      }),
      { numRuns: 500 },
    )
  }, 120_000)

  it("on YAML with random edits (the fast path never accepts what yaml refuses)", () => {
    fc.assert(
      fc.property(mutated, (text) => {
        agree(text)
      }),
      { numRuns: 3000 },
    )
  }, 120_000)

  it("on odd scalars one by one, as values, list items and in flow", () => {
    for (const s of ODD_SCALARS) {
      for (const text of [`k: ${s}\n`, `k:\n  - ${s}\n`, `k: [${s}]\n`, `k: { a: ${s} }\n`])
        agree(text)
    }
  })

  it("on every fixture and on the shipped dataset, file by file and as loaded", () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name)
        return statSync(path).isDirectory() ? walk(path) : path.endsWith(".yaml") ? [path] : []
      })
    const roots = [join(here, "fixtures"), join(here, "..", "dataset")]
    let fast = 0
    let files = 0
    for (const root of roots) {
      for (const path of walk(root)) {
        const text = readFileSync(path, "utf8")
        if (text.includes("\u0000")) continue
        files++
        if (agree(text) === "fast") fast++
      }
    }
    expect(files).toBeGreaterThan(10)
    expect(fast).toBeGreaterThan(files / 2)
    // The shipped dataset loads to the same dataset whichever parser reads it.
    const shipped = join(here, "..", "dataset")
    const dataset = walk(shipped).map((path) => ({
      path: relative(shipped, path).split("\\").join("/"),
      text: readFileSync(path, "utf8"),
    }))
    const viaFast = loadFiles(dataset)
    const viaYaml = loadFiles(dataset, { parser: "positions" })
    expect(viaFast.problems).toEqual([])
    expect(viaFast.dataset).toEqual(viaYaml.dataset)
    expect(viaFast.dataset).toBeDefined()
  }, 120_000)
})
