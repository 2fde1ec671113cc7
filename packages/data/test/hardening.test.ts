// Regression tests for hostile or careless datasets (issue 13's data items): duplicate ids, limits
// on size, depth, aliases and problem counts, control characters in text, files that are neither
// read nor expected, and links that are not http(s).
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Effect } from "effect"
import { afterAll, describe, expect, it } from "vitest"
import { type DatasetFile, LIMITS } from "../src/DatasetFile"
import { CONTROL_CHARACTER, formatProblem } from "../src/DatasetProblem"
import { validateDirectory } from "../src/index"
import { loadFiles } from "../src/Loader"
import { fixture } from "./fixtures"

const problems = (files: ReadonlyArray<DatasetFile>) => loadFiles(files).problems.map(formatProblem)

const person = (id: string) => `  - id: ${id}\n    name: Tô Lâm\n    country: VN\n`
const countries: DatasetFile = {
  path: "countries.yaml",
  text: "countries:\n  - code: VN\n    name: { vi: Việt Nam, en: Vietnam }\n",
}

describe("duplicate ids", () => {
  it("each later copy names the first one only, so the report grows linearly", () => {
    const copies = 300
    const text = `people:\n${person("to-lam").repeat(copies)}`
    const report = problems([countries, { path: "people.yaml", text }])
    expect(report).toHaveLength(copies - 1)
    expect(report[0]).toBe(
      'people.yaml:5:9: duplicate person id "to-lam", first at people.yaml:2:9: expected each to be unique among people',
    )
    // Every line has the same length whatever the number of copies (bar the line numbers).
    const longest = Math.max(...report.map((l) => l.length))
    expect(longest).toBeLessThan(200)
  })

  it("a report past the cap ends with the count of the rest", () => {
    const copies = LIMITS.maxProblems + 50
    const text = `people:\n${person("to-lam").repeat(copies)}`
    const report = problems([countries, { path: "people.yaml", text }])
    expect(report).toHaveLength(LIMITS.maxProblems + 1)
    expect(report.at(-1)).toBe(
      `... and ${copies - 1 - LIMITS.maxProblems} more problems (only the first ${LIMITS.maxProblems} are listed)`,
    )
  })
})

describe("limits on pathological YAML", () => {
  it("a file over the size limit is one problem, not parsed", () => {
    const text = `people:\n${"  # padding\n".repeat(LIMITS.maxFileBytes / 10)}`
    expect(problems([{ path: "people.yaml", text }])).toEqual([
      `people.yaml:1:1: file too large (${text.length} characters): expected at most ${LIMITS.maxFileBytes} bytes; split it into several files`,
    ])
  })

  it("nesting deeper than the limit is one problem, in flow and in block style", () => {
    const flow = `people: ${"[".repeat(5000)}${"]".repeat(5000)}\n`
    const block = `people:\n${Array.from({ length: 200 }, (_, i) => `${" ".repeat(i * 2 + 2)}k${i}:`).join("\n")} x\n`
    for (const text of [flow, block]) {
      const report = problems([{ path: "people.yaml", text }])
      expect(report).toHaveLength(1)
      expect(report[0]).toMatch(
        new RegExp(`^people\\.yaml:\\d+:\\d+: nested more than ${LIMITS.maxDepth} levels deep`),
      )
    }
  })

  it("nesting within the limit is read", () => {
    const text = `people: ${"[".repeat(LIMITS.maxDepth - 2)}${"]".repeat(LIMITS.maxDepth - 2)}\n`
    expect(problems([{ path: "people.yaml", text }]).join("\n")).not.toMatch(/nested/u)
  })

  it("an alias bomb is one problem, found quickly", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i)
      const name = String.fromCharCode(97 + i)
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(", ")}]`)
    }
    const text = `${levels.join("\n")}\npeople: *l\n`
    const start = performance.now()
    const report = problems([{ path: "people.yaml", text }])
    expect(performance.now() - start).toBeLessThan(5000)
    expect(report).toEqual([
      `people.yaml:2:8: aliases expand to more than ${LIMITS.maxAliasValues} values: expected aliases that repeat small parts of the file`,
    ])
  })
})

describe("control characters in text", () => {
  const event = (summary: string) => ({
    path: "people.yaml",
    text: `people:\n  - id: to-lam\n    name: ${JSON.stringify(summary)}\n    country: VN\n`,
  })

  it.each([
    ["ESC", "Tô \u001b]0;pwned\u0007 Lâm", "ESC (U+001B) at character 4"],
    ["BEL", "Tô\u0007Lâm", "BEL (U+0007) at character 3"],
    ["CR", "Tô\rLâm", "CR (U+000D) at character 3"],
    ["LF", "Tô\nLâm", "LF (a line break) (U+000A) at character 3"],
    ["C1", "Tô\u009bLâm", "U+009B at character 3"],
  ])("%s is reported with its place", (_, name, what) => {
    const report = problems([countries, event(name)])
    expect(report).toEqual([
      `people.yaml:3:11: name holds the control character ${what}: expected text on one line without control characters`,
    ])
  })

  it("a message never carries a control character to the terminal", () => {
    const report = problems([{ path: "people.yaml", text: 'people: []\n"\u001b[31m": 1\n' }])
    expect(report.length).toBeGreaterThan(0)
    for (const line of report) expect(line).not.toMatch(CONTROL_CHARACTER)
  })
})

describe("links", () => {
  const source = (url: string): DatasetFile => ({
    path: "sources.yaml",
    text: `sources:\n  - id: s\n    title: { en: A source }\n    language: en\n    url: ${JSON.stringify(url)}\n`,
  })

  it.each(["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "//x.org/a"])(
    "%s is refused",
    (url) => {
      expect(problems([source(url)])).toEqual([
        `sources.yaml:5:10: url ${JSON.stringify(url)} is not valid: expected a link starting with http:// or https://, such as https://example.org/article`,
      ])
    },
  )

  it("http and https links are accepted", () => {
    expect(problems([source("https://example.org/a?b=1")])).toEqual([])
    expect(problems([source("http://example.org")])).toEqual([])
  })
})

describe("every entry of the dataset directory is read or reported", () => {
  const root = mkdtempSync(join(tmpdir(), "bilateral-entries-"))
  afterAll(() => rmSync(root, { recursive: true, force: true }))
  const copy = (name: string) => {
    const dir = join(root, name)
    cpSync(fixture("valid"), dir, { recursive: true })
    return dir
  }
  const report = (dir: string) =>
    Effect.runPromise(validateDirectory(dir)).then((r) => r.problems.map(formatProblem))

  it("a symbolic link is reported, not followed", async () => {
    const dir = copy("link")
    symlinkSync(join(dir, "people.yaml"), join(dir, "more-people.yaml"))
    expect(await report(dir)).toEqual([
      "more-people.yaml: a symbolic link: expected a regular file or directory (links are not followed)",
    ])
  })

  it("a directory where a file is expected is reported", async () => {
    const dir = copy("directory")
    mkdirSync(join(dir, "relations", "vn-kz", "extra.yaml"))
    expect(await report(dir)).toEqual([
      "relations/vn-kz/extra.yaml: a directory where a file is expected: expected a regular file",
    ])
  })

  it("X.YAML and other names are reported", async () => {
    const dir = copy("names")
    writeFileSync(join(dir, "X.YAML"), "people: []\n")
    writeFileSync(join(dir, "notes.md"), "hello\n")
    expect(await report(dir)).toEqual([
      'X.YAML: file name "X.YAML" has its extension in capitals: expected .yaml in lower case',
      'notes.md: unexpected file "notes.md": expected only .yaml files in a dataset directory',
    ])
  })
})
