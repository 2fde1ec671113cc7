/**
 * Reading one dataset file: bytes to text (refusing binary and non-UTF-8 files), text to a YAML
 * document that keeps the position of every node, and a path inside the document back to a
 * line and column.
 *
 * @since 0.1.0
 */
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
 * Parses a file's YAML, keeping positions. Returns the parsed file and its syntax problems;
 * an empty file (nothing but blanks and comments) is a problem too.
 * @since 0.1.0
 * @category parsers
 */
export const parseFile = (
  file: DatasetFile,
): { readonly parsed: ParsedFile; readonly problems: ReadonlyArray<DatasetProblem> } => {
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
      message: `YAML syntax error: ${yamlMessage(e.code, e.message, /^[^:\n]*/u.exec(file.text.slice(e.pos[0]))?.[0] ?? "")}`,
    })
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
  if (readable) {
    try {
      value = document.toJS({ maxAliasCount: 1000 })
    } catch (error) {
      problems.push({
        file: file.path,
        ...at(document.contents?.range[0] ?? 0),
        message: `YAML could not be read: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  } else {
    try {
      value = document.toJS({ maxAliasCount: 1000 })
    } catch {
      value = undefined
    }
  }
  const wellFormed = problems.length === 0
  if (wellFormed && (document.contents === null || value == null)) {
    problems.push({
      file: file.path,
      line: 1,
      column: 1,
      message:
        "empty file: expected a mapping from collection names to lists, such as `events:` followed by entries",
    })
  }
  return { parsed: new LazyParsedFile(file, document, lineCounter, value, wellFormed), problems }
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
    document: Document.Parsed,
    lineCounter: LineCounter,
    value: unknown,
    readonly wellFormed: boolean,
  ) {
    this.path = file.path
    this.tree = { document, lineCounter }
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
): { line: number; column: number } => {
  let node: unknown = parsed.document.contents
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
  const { line, col } = parsed.lineCounter.linePos(offset)
  return { line, column: col }
}
