/**
 * Reading one dataset file: bytes to text (refusing binary and non-UTF-8 files), text to a YAML
 * document that keeps the position of every node, and a path inside the document back to a
 * line and column.
 *
 * @since 0.1.0
 */

import jsYaml from "js-yaml"
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  parseDocument,
  visit,
} from "yaml"
import type { DatasetProblem } from "./DatasetProblem"

/**
 * A dataset file as text. `path` is relative to the dataset's root and uses `/` separators.
 * @since 0.1.0
 * @category models
 */
export interface DatasetFile {
  readonly path: string
  readonly text: string
}

/** A key or an index on the way from a document's root to one of its nodes. @since 0.1.0 @category models */
export type NodePath = ReadonlyArray<PropertyKey>

/**
 * A parsed YAML file that can locate its nodes. Its `document` (the YAML tree with positions) is
 * parsed again on first use after `release()`, so that a large dataset does not keep a tree per
 * file in memory: positions are only needed to report problems.
 * @since 0.1.0
 * @category models
 */
export interface ParsedFile {
  readonly path: string
  readonly document: Document.Parsed
  readonly lineCounter: LineCounter
  /**
   * Drops the YAML tree and `value` once the entries are decoded; `document` parses the text again
   * if it is asked for later (to locate a problem), and `value` is then `undefined`.
   */
  release(): void
  /** The file's content as plain data, `undefined` when it is empty or unreadable. */
  readonly value: unknown
  /** Whether the YAML parsed without errors. */
  readonly wellFormed: boolean
}

const lineAndColumn = (text: string, offset: number): { line: number; column: number } => {
  let line = 1
  let start = 0
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++
      start = i + 1
    }
  }
  return { line, column: offset - start + 1 }
}

/** The length of a well-formed UTF-8 sequence starting at `i`, or 0 when it is not one. */
const utf8SequenceLength = (bytes: Uint8Array, i: number): number => {
  const b0 = bytes[i] ?? 0
  if (b0 < 0x80) return 1
  const cont = (k: number, lo = 0x80, hi = 0xbf) => {
    const b = bytes[i + k]
    return b !== undefined && b >= lo && b <= hi
  }
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0
  return 0
}

const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const n = utf8SequenceLength(bytes, i)
    if (n === 0) return i
    i += n
  }
  return bytes.length
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, "0")}`

/**
 * Turns a file's bytes into text. A file holding a NUL byte is taken for binary; a file that is
 * not valid UTF-8 is refused with the position of the first bad byte.
 * @example
 * decodeFileBytes("people.yaml", new TextEncoder().encode("people: []\n"))
 * @since 0.1.0
 * @category parsers
 */
export const decodeFileBytes = (
  path: string,
  bytes: Uint8Array,
):
  | { readonly _tag: "Text"; readonly file: DatasetFile }
  | { readonly _tag: "Problem"; readonly problem: DatasetProblem } => {
  const nul = bytes.indexOf(0)
  if (nul >= 0) {
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, nul))
    return {
      _tag: "Problem",
      problem: {
        file: path,
        ...lineAndColumn(before, before.length),
        message: `binary file (NUL byte at offset ${nul}): expected a YAML text file in UTF-8`,
      },
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes)
    return { _tag: "Text", file: { path, text } }
  } catch {
    const bad = firstInvalidUtf8(bytes)
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, bad))
    return {
      _tag: "Problem",
      problem: {
        file: path,
        ...lineAndColumn(before, before.length),
        message: `not valid UTF-8 (byte ${hex(bytes[bad])} at offset ${bad}): expected the file saved as UTF-8 text`,
      },
    }
  }
}

/**
 * The limits a dataset file must keep, so that no file, however written, makes loading slow or
 * large. Each one, when exceeded, is one problem with a one-line message; the README lists them.
 * @since 0.1.0
 * @category constants
 */
export const LIMITS = {
  /** The largest file, in bytes of UTF-8 (for text given directly, in characters). */
  maxFileBytes: 4 * 1024 * 1024,
  /** How deeply mappings and lists may nest inside one file. */
  maxDepth: 64,
  /** How many values a file's aliases may add once expanded (each `*name` counts its anchor's values). */
  maxAliasValues: 10_000,
  /** How many problems a report lists; the rest are counted in a last "... and N more problems". */
  maxProblems: 1000,
} as const

/**
 * How a file was parsed: `fast` by js-yaml (no positions), `positions` by the `yaml` library,
 * which keeps the position of every node.
 * @since 0.1.0
 * @category models
 */
export type ParseMode = "fast" | "positions"

/**
 * Parses a file's YAML. Returns the parsed file and its syntax problems; an empty file (nothing
 * but blanks and comments) is a problem too. With `mode: "fast"` (the default) the file is read
 * by js-yaml, several times faster than the `yaml` library but without positions; whenever
 * js-yaml fails, or the text uses a feature the two libraries could read differently, the file is
 * parsed with `yaml` instead, so that values and problems are the ones `yaml` gives. `mode` in the
 * result says which parser gave the value. Positions (`document`) come from `yaml` on first use.
 * @since 0.1.0
 * @category parsers
 */
export const parseFile = (
  file: DatasetFile,
  mode: ParseMode = "fast",
): {
  readonly parsed: ParsedFile
  readonly problems: ReadonlyArray<DatasetProblem>
  readonly mode: ParseMode
} => {
  if (file.text.length > LIMITS.maxFileBytes)
    return {
      parsed: new LazyParsedFile(file, undefined, undefined, false),
      problems: [
        {
          file: file.path,
          line: 1,
          column: 1,
          message: `file too large (${file.text.length} characters): expected at most ${LIMITS.maxFileBytes} bytes; split it into several files`,
        },
      ],
      mode: "positions",
    }
  if (mode === "fast") {
    const fast = parseFast(file)
    if (fast._tag === "Value")
      return {
        parsed: new LazyParsedFile(file, undefined, fast.value, fast.value != null),
        problems: emptyProblems(file, fast.value),
        mode: "fast",
      }
    if (fast._tag === "Problem")
      return {
        parsed: new LazyParsedFile(file, undefined, undefined, false),
        problems: [fast.problem],
        mode: "fast",
      }
  }
  return { ...parseWithYaml(file), mode: "positions" }
}

const emptyProblems = (file: DatasetFile, value: unknown): ReadonlyArray<DatasetProblem> =>
  value == null
    ? [
        {
          file: file.path,
          line: 1,
          column: 1,
          message:
            "empty file: expected a mapping from collection names to lists, such as `events:` followed by entries",
        },
      ]
    : []

const depthProblem = (file: DatasetFile, at: { line: number; column: number }): DatasetProblem => ({
  file: file.path,
  ...at,
  message: `nested more than ${LIMITS.maxDepth} levels deep: expected mappings and lists at most ${LIMITS.maxDepth} levels deep`,
})

const aliasProblem = (file: DatasetFile, at: { line: number; column: number }): DatasetProblem => ({
  file: file.path,
  ...at,
  message: `aliases expand to more than ${LIMITS.maxAliasValues} values: expected aliases that repeat small parts of the file`,
})

/**
 * What one pass over a text found: where its nesting first goes deeper than the limit (estimated
 * from indentation, "- " items and brackets outside quotes and comments: it may count more levels
 * than the YAML has, never fewer), and whether it uses a YAML feature that js-yaml and `yaml` may
 * read differently, which sends it to `yaml`.
 */
interface TextScan {
  readonly deep: { line: number; column: number } | undefined
  readonly odd: boolean
}

const isBlank = (c: number) => c === 32 || c === 10 || Number.isNaN(c)
const isNameChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95

/**
 * Scans a text once. Odd features: tabs, carriage returns, byte order marks and other control
 * characters; tags (`!`), directives (`%`), explicit keys (`?`); flow collections or quoted texts
 * that run over several lines; a flow collection used as a key; anchors and aliases whose names
 * are not plain words or that are not followed by a blank; a comment glued to a closing bracket
 * or quote.
 */
const scanText = (text: string, limit: number): TextScan => {
  const indents: Array<number> = []
  let flow = 0
  let line = 1
  let i = 0
  let odd = false
  const n = text.length
  const deepAt = (column: number): TextScan => ({ deep: { line, column }, odd })
  while (i < n) {
    let indent = 0
    while (i < n && text.charCodeAt(i) === 32) {
      i++
      indent++
    }
    const lineStart = i - indent
    const first = text.charCodeAt(i)
    if (i < n && first !== 10 && first !== 35) {
      if (flow > 0) odd = true
      while (indents.length > 0 && (indents[indents.length - 1] ?? 0) > indent) indents.pop()
      if ((indents[indents.length - 1] ?? -1) < indent) indents.push(indent)
      if (first === 37) odd = true
    }
    let quote = 0
    for (; i < n; i++) {
      const c = text.charCodeAt(i)
      if (c === 10) break
      if (c < 32 || c === 0xfeff || c === 127) odd = true
      if (quote !== 0) {
        if (c === quote) {
          if (quote === 39 && text.charCodeAt(i + 1) === 39) i++
          else {
            quote = 0
            if (text.charCodeAt(i + 1) === 35) odd = true
          }
        } else if (c === 92 && quote === 34) {
          if (text.charCodeAt(i + 1) === 10) odd = true
          i++
        }
        continue
      }
      const before = i === lineStart ? 32 : text.charCodeAt(i - 1)
      const tokenStart =
        before === 32 || before === 91 || before === 123 || before === 44 || i === lineStart
      if (c === 34 || c === 39) {
        if (tokenStart || before === 58) quote = c
      } else if (c === 35 && (before === 32 || i === lineStart)) {
        while (i < n && text.charCodeAt(i) !== 10) i++
        break
      } else if (c === 91 || c === 123) {
        if (tokenStart || before === 58) flow++
      } else if (c === 93 || c === 125) {
        if (flow > 0) {
          flow--
          const next = text.charCodeAt(i + 1)
          if (next === 35) odd = true
          let j = i + 1
          while (text.charCodeAt(j) === 32) j++
          if (flow === 0 && text.charCodeAt(j) === 58) odd = true
        }
      } else if (tokenStart && (c === 33 || c === 63 || c === 37 || c === 64 || c === 96)) {
        // Tags, explicit keys, and characters a plain text may not start with.
        odd = true
      } else if (tokenStart && (c === 38 || c === 42)) {
        let j = i + 1
        while (isNameChar(text.charCodeAt(j))) j++
        const next = text.charCodeAt(j)
        const ends =
          isBlank(next) || (c === 42 && flow > 0 && (next === 44 || next === 93 || next === 125))
        if (j === i + 1 || !ends) odd = true
        if (c === 38) {
          // An anchor on an empty value.
          let k = j
          while (text.charCodeAt(k) === 32) k++
          const after = text.charCodeAt(k)
          if (
            k >= n ||
            after === 10 ||
            after === 44 ||
            after === 93 ||
            after === 125 ||
            after === 35 ||
            after === 58
          )
            odd = true
        }
        i = j - 1
      } else if (
        c === 45 &&
        (before === 32 || i === lineStart) &&
        isBlank(text.charCodeAt(i + 1))
      ) {
        // "- - x": each dash opens a list inside the one before. An item with nothing after its
        // dash on the same line (its value below it, or empty) is read differently by the two.
        if (flow > 0) odd = true
        if (i !== lineStart) indents.push(i - lineStart + 1)
        let j = i + 1
        while (text.charCodeAt(j) === 32) j++
        const next = text.charCodeAt(j)
        if (next === 10 || next === 35 || j >= n) odd = true
      } else if (
        c === 58 &&
        (tokenStart || before === 58) &&
        (isBlank(text.charCodeAt(i + 1)) || flow > 0)
      ) {
        // A key left empty (": x", "{:}").
        odd = true
      }
      if (indents.length + flow > limit) return deepAt(i - lineStart + 1)
    }
    if (quote !== 0) odd = true
    i++
    line++
  }
  if (flow > 0) odd = true
  return { deep: undefined, odd }
}

/**
 * Where the nesting of a text first goes deeper than `limit`, estimated from the text alone
 * (indentation, "- " items and brackets, outside quotes and comments), or `undefined`. It may
 * count more levels than the YAML has (a text continued on a more indented line), never fewer,
 * so it guards the parsers against texts nested deep enough to exhaust their stack.
 * @since 0.1.0
 * @category helpers
 */
export const deepNesting = (
  text: string,
  limit: number,
): { line: number; column: number } | undefined => scanText(text, limit).deep

/** The line and column of an offset of a text. */
const positionOf = (text: string, offset: number): { line: number; column: number } => {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1
  let line = 1
  for (let i = text.indexOf("\n"); i >= 0 && i < lineStart; i = text.indexOf("\n", i + 1)) line++
  return { line, column: offset - lineStart + 1 }
}

/** The position of the first `*alias` of a text (where an alias problem is reported). */
const firstAlias = (text: string): { line: number; column: number } => {
  const match = /(^|[\s[{,])\*[^\s,[\]{}]/u.exec(text)
  return positionOf(text, match === null ? 0 : match.index + (match[1] ?? "").length)
}

/**
 * js-yaml's core schema with scalars resolved exactly as the `yaml` library's core schema resolves
 * them (js-yaml's own also reads `0b1`, `1_000` and `+0x1` as numbers, which `yaml` reads as text).
 */
const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type("tag:yaml.org,2002:null", {
      kind: "scalar",
      resolve: (data: string | null) => data === null || /^(?:~|[Nn]ull|NULL)?$/u.test(data),
      construct: () => null,
      predicate: (v: unknown) => v === null,
    }),
    new jsYaml.Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (data: string | null) =>
        data !== null && /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/u.test(data),
      construct: (data: string) => data[0] === "t" || data[0] === "T",
      predicate: (v: unknown) => typeof v === "boolean",
    }),
    new jsYaml.Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (data: string | null) =>
        data !== null && /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/u.test(data),
      construct: (data: string) =>
        data.startsWith("0o")
          ? Number.parseInt(data.slice(2), 8)
          : data.startsWith("0x")
            ? Number.parseInt(data.slice(2), 16)
            : Number.parseInt(data, 10),
      predicate: (v: unknown) => Number.isInteger(v),
    }),
    new jsYaml.Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (data: string | null) =>
        data !== null &&
        (/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/u.test(data) ||
          /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/u.test(data) ||
          /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/u.test(data)),
      construct: (data: string) =>
        /nan$/iu.test(data)
          ? Number.NaN
          : /inf$/iu.test(data)
            ? data[0] === "-"
              ? Number.NEGATIVE_INFINITY
              : Number.POSITIVE_INFINITY
            : Number.parseFloat(data),
      predicate: (v: unknown) => typeof v === "number",
    }),
  ],
})

type FastResult =
  | { readonly _tag: "Value"; readonly value: unknown }
  | { readonly _tag: "Problem"; readonly problem: DatasetProblem }
  | { readonly _tag: "Refused" }

/** Reads a text with js-yaml, checking depth and alias expansion; `Refused` sends it to `yaml`. */
const parseFast = (file: DatasetFile): FastResult => {
  const scan = scanText(file.text, LIMITS.maxDepth)
  if (scan.odd || scan.deep !== undefined) return { _tag: "Refused" }
  let value: unknown
  try {
    value = jsYaml.load(file.text, { schema: FAST_SCHEMA, json: false })
  } catch {
    return { _tag: "Refused" }
  }
  const shape = measure(value, file.text.length)
  if (shape === "Aliases")
    return { _tag: "Problem", problem: aliasProblem(file, firstAlias(file.text)) }
  return shape === "Plain" ? { _tag: "Value", value } : { _tag: "Refused" }
}

/**
 * Walks a value counting its nodes as if every shared node (an alias) were copied: `Aliases` when
 * the copies add more than the limit, `Odd` for a value the two libraries could give differently
 * (keys that are not plain words, which may have been written as numbers, nulls or collections).
 */
const measure = (root: unknown, textLength: number): "Plain" | "Aliases" | "Odd" => {
  // A file whose whole content is one text is refused by the loader anyway.
  if (root === null || typeof root !== "object") return "Odd"
  const budget = textLength + LIMITS.maxAliasValues
  let visited = 0
  const stack: Array<unknown> = [root]
  while (stack.length > 0) {
    const value = stack.pop()
    if (++visited > budget) return "Aliases"
    if (value === null || typeof value !== "object") continue
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i])
      continue
    }
    for (const key of Object.keys(value)) {
      if (!PLAIN_KEY.test(key)) return "Odd"
      stack.push((value as Record<string, unknown>)[key])
    }
  }
  return "Plain"
}

const PLAIN_KEY = /^(?!(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$)[A-Za-z_][\w-]*$/u

/** Parses a file with the `yaml` library, keeping positions, and reports its problems. */
const parseWithYaml = (
  file: DatasetFile,
): { readonly parsed: ParsedFile; readonly problems: ReadonlyArray<DatasetProblem> } => {
  // The text alone may overestimate the depth a little; far beyond the limit it is too deep for
  // the parser's stack, so it is refused before parsing.
  const deep = deepNesting(file.text, LIMITS.maxDepth * 4)
  if (deep !== undefined)
    return {
      parsed: new LazyParsedFile(file, undefined, undefined, false),
      problems: [depthProblem(file, deep)],
    }
  const { document, lineCounter } = parseWithPositions(file.text)
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset)
    return { line, column: col }
  }
  const problems: Array<DatasetProblem> = []
  const seen = new Set<number>()
  for (const e of [...document.errors, ...document.warnings]) {
    if (seen.has(e.pos[0])) continue
    seen.add(e.pos[0])
    problems.push({
      file: file.path,
      ...at(e.pos[0]),
      message: `YAML syntax error: ${yamlMessage(e.code, e.message, /^[^:\n]*/u.exec(file.text.slice(e.pos[0], e.pos[0] + 200))?.[0] ?? "")}`,
    })
    if (problems.length >= LIMITS.maxProblems) break
  }
  if (document.errors.length === 0) {
    visit(document, {
      Alias: (_, alias) => {
        if (alias.resolve(document) === undefined)
          problems.push({
            file: file.path,
            ...at(alias.range?.[0] ?? 0),
            message: `YAML syntax error: alias "*${alias.source}" refers to no anchor: expected "&${alias.source}" set on a node above it`,
          })
      },
    })
  }
  const readable = problems.length === 0
  let value: unknown
  try {
    value = document.toJS({ maxAliasCount: LIMITS.maxAliasValues })
  } catch (error) {
    value = undefined
    if (readable) {
      const message = error instanceof Error ? error.message : String(error)
      problems.push(
        /alias/iu.test(message)
          ? aliasProblem(file, firstAlias(file.text))
          : /call stack/iu.test(message)
            ? depthProblem(file, at(document.contents?.range[0] ?? 0))
            : {
                file: file.path,
                ...at(document.contents?.range[0] ?? 0),
                message: `YAML could not be read: ${message}`,
              },
      )
    }
  }
  if (problems.length === 0) {
    const deeper = deeperThan(value, LIMITS.maxDepth)
    if (deeper !== undefined)
      problems.push(depthProblem(file, locateIn(document, lineCounter, deeper, "value")))
  }
  const wellFormed = problems.length === 0
  if (wellFormed && (document.contents === null || value == null))
    problems.push(...emptyProblems(file, null))
  return {
    parsed: new LazyParsedFile(file, { document, lineCounter }, value, wellFormed),
    problems,
  }
}

/** The path to the first value nested deeper than `limit`, or `undefined`. */
const deeperThan = (root: unknown, limit: number): NodePath | undefined => {
  const stack: Array<{ value: unknown; path: NodePath }> = [{ value: root, path: [] }]
  const seen = new Set<unknown>()
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: NodePath }
    if (value === null || typeof value !== "object" || seen.has(value)) continue
    if (path.length >= limit) return path
    seen.add(value)
    for (const [k, v] of Object.entries(value))
      stack.push({ value: v, path: [...path, Array.isArray(value) ? Number(k) : k] })
  }
  return undefined
}

const parseWithPositions = (text: string) => {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    keepSourceTokens: false,
    logLevel: "error",
  })
  return { document, lineCounter }
}

class LazyParsedFile implements ParsedFile {
  readonly path: string
  private tree: { document: Document.Parsed; lineCounter: LineCounter } | undefined
  private content: unknown
  constructor(
    private readonly file: DatasetFile,
    tree: { document: Document.Parsed; lineCounter: LineCounter } | undefined,
    value: unknown,
    readonly wellFormed: boolean,
  ) {
    this.path = file.path
    this.tree = tree
    this.content = value
  }
  get value(): unknown {
    return this.content
  }
  private get parsedTree() {
    this.tree ??= parseWithPositions(this.file.text)
    return this.tree
  }
  get document(): Document.Parsed {
    return this.parsedTree.document
  }
  get lineCounter(): LineCounter {
    return this.parsedTree.lineCounter
  }
  release(): void {
    this.tree = undefined
    this.content = undefined
  }
}

/** The YAML library's message in plainer words, saying what was expected. */
const yamlMessage = (code: string, message: string, token: string): string => {
  const original = (message.split("\n")[0] ?? message)
    .replace(/ at line \d+, column \d+:?$/u, "")
    .trim()
  switch (code) {
    case "DUPLICATE_KEY":
      return `key "${token.trim()}" appears twice in the same mapping: expected each key once`
    case "TAB_AS_INDENT":
      return "a tab used for indentation: expected spaces"
    case "MULTIPLE_DOCS":
      return 'more than one YAML document (a "---" line): expected one document per file'
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return 'a key that runs over several lines (a missing ": ", or a line indented too far): expected "key: value" on one line'
    case "MISSING_CHAR":
      if (/quote/u.test(original))
        return "a quoted text is not closed: expected a closing quote mark"
      if (/Sequence item/u.test(original))
        return 'a line indented like a list item but without "- ": expected it lined up with the keys above it'
      return original
    case "BAD_INDENT":
      return `${original}: expected each line indented like the other items of its mapping or list`
    default:
      return original
  }
}

const keyMatches = (key: unknown, segment: PropertyKey): boolean =>
  isScalar(key) ? String(key.value) === String(segment) : String(key) === String(segment)

/**
 * The line and column of the node at `path`, or of its nearest existing ancestor. With
 * `on: "key"` the position is that of the last segment's key rather than its value.
 * @since 0.1.0
 * @category helpers
 */
export const locate = (
  parsed: ParsedFile,
  path: NodePath,
  on: "value" | "key" = "value",
): { line: number; column: number } => locateIn(parsed.document, parsed.lineCounter, path, on)

const locateIn = (
  document: Document.Parsed,
  lineCounter: LineCounter,
  path: NodePath,
  on: "value" | "key",
): { line: number; column: number } => {
  let node: unknown = document.contents
  let found: Node | undefined = (node as Node | null) ?? undefined
  for (let i = 0; i < path.length; i++) {
    const segment = path[i] as PropertyKey
    const last = i === path.length - 1
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyMatches(p.key, segment))
      if (pair === undefined) break
      if (last && on === "key" && pair.key && typeof pair.key === "object") {
        found = pair.key as Node
        break
      }
      const value = pair.value as Node | null
      if (value === null || !value.range || value.range[0] === value.range[1]) {
        found = (pair.key as Node | null) ?? found
        if (value === null) break
      } else {
        found = value
      }
      node = value
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)] as Node | undefined
      if (item === undefined || item === null) break
      found = item
      node = item
    } else {
      break
    }
  }
  const offset = found?.range?.[0] ?? 0
  const { line, col } = lineCounter.linePos(offset)
  return { line, column: col }
}
