import { describe, expect, it } from "vitest"
import { decodeFileBytes, locate, parseFile } from "./DatasetFile"

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe("decodeFileBytes", () => {
  it("reads UTF-8 text, Vietnamese included", () => {
    expect(decodeFileBytes("a.yaml", utf8("name: Tô Lâm\n"))).toEqual({
      _tag: "Text",
      file: { path: "a.yaml", text: "name: Tô Lâm\n" },
    })
  })

  it("drops a UTF-8 byte order mark", () => {
    const result = decodeFileBytes("a.yaml", bytes(0xef, 0xbb, 0xbf, 0x61))
    expect(result._tag === "Text" && result.file.text).toBe("a")
  })

  it("refuses a truncated multi-byte sequence at its line and column", () => {
    const result = decodeFileBytes("a.yaml", bytes(0x61, 0x0a, 0x62, 0xc3))
    expect(result).toEqual({
      _tag: "Problem",
      problem: {
        file: "a.yaml",
        line: 2,
        column: 2,
        message: "not valid UTF-8 (byte 0xC3 at offset 3): expected the file saved as UTF-8 text",
      },
    })
  })

  it("refuses an overlong encoding and a UTF-16 surrogate", () => {
    expect(decodeFileBytes("a.yaml", bytes(0xc0, 0xaf))._tag).toBe("Problem")
    expect(decodeFileBytes("a.yaml", bytes(0xed, 0xa0, 0x80))._tag).toBe("Problem")
  })

  it("takes a file with a NUL byte for binary", () => {
    const result = decodeFileBytes("a.yaml", bytes(0x89, 0x50, 0x4e, 0x47, 0x00))
    expect(result._tag === "Problem" && result.problem.message).toBe(
      "binary file (NUL byte at offset 4): expected a YAML text file in UTF-8",
    )
  })
})

describe("parseFile and locate", () => {
  const { parsed, problems } = parseFile({
    path: "a.yaml",
    text: "people:\n  - id: a\n    name:\n    aliases: [x, y]\n",
  })

  it("parses without problems and keeps the data", () => {
    expect(problems).toEqual([])
    expect(parsed.value).toEqual({ people: [{ id: "a", name: null, aliases: ["x", "y"] }] })
  })

  it("locates values, keys, list items and empty values", () => {
    expect(locate(parsed, ["people", 0, "id"])).toEqual({ line: 2, column: 9 })
    expect(locate(parsed, ["people", 0, "id"], "key")).toEqual({ line: 2, column: 5 })
    expect(locate(parsed, ["people", 0, "aliases", 1])).toEqual({ line: 4, column: 18 })
    expect(locate(parsed, ["people", 0, "name"])).toEqual({ line: 3, column: 5 })
  })

  it("falls back to the nearest existing node for a path that is not in the file", () => {
    expect(locate(parsed, ["people", 0, "country"])).toEqual({ line: 2, column: 5 })
    expect(locate(parsed, ["people", 3])).toEqual({ line: 2, column: 3 })
  })

  it("reports more than one document in a file", () => {
    const result = parseFile({ path: "a.yaml", text: "people: []\n---\nevents: []\n" })
    expect(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '2:1: YAML syntax error: more than one YAML document (a "---" line): expected one document per file',
    ])
  })

  it("reports an alias to an anchor that does not exist", () => {
    const result = parseFile({ path: "a.yaml", text: "people:\n  - *nobody\n" })
    expect(result.problems.map((p) => `${p.line}:${p.column}: ${p.message}`)).toEqual([
      '2:5: YAML syntax error: alias "*nobody" refers to no anchor: expected "&nobody" set on a node above it',
    ])
  })
})
