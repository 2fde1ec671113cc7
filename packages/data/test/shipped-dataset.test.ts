import { readdirSync, readFileSync } from "node:fs"
import { join, relative, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { formatProblem, loadFiles, validateDirectory } from "../src/index"
import { articleTextsDir } from "./article-texts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const datasetDir = join(packageDir, "dataset")
/** The article texts live outside the product, next to the repository (or where BILATERAL_SOURCES says). */
const sourcesDir = articleTextsDir()

const readTree = (root: string): Array<{ path: string; text: string }> => {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
    )
  return walk(root).map((file) => ({
    path: relative(root, file).split(sep).join("/"),
    text: readFileSync(file, "utf8"),
  }))
}

describe("the shipped dataset", () => {
  it.effect("loads with no problem, and every quote is found verbatim in its source text", () =>
    Effect.map(validateDirectory(datasetDir, { sourcesDir }), ({ problems, counts }) => {
      expect(problems.map(formatProblem)).toEqual([])
      expect(counts.relations).toBeGreaterThan(0)
      expect(counts.quotes).toBeGreaterThan(0)
      expect(counts.quotesVerified).toBe(counts.quotes)
    }),
  )

  it("fails as soon as one of its quotes is changed", () => {
    const files = readTree(datasetDir).filter((f) => f.path.endsWith(".yaml"))
    const sources = readTree(sourcesDir)
    const target = files.find((f) => /^\s*(- )?quote: /mu.test(f.text))
    expect(target).toBeDefined()
    if (target === undefined) return
    const lines = target.text.split("\n")
    const index = lines.findIndex((l) => /^\s*(- )?quote: /u.test(l))
    lines[index] = (lines[index] ?? "").replace(/(quote: ["']?)/u, "$1zzz ")
    const changed = files.map((f) => (f === target ? { ...f, text: lines.join("\n") } : f))
    const problems = loadFiles(changed, { sources }).problems
    expect(problems).toHaveLength(1)
    expect(problems[0]?.file).toBe(target.path)
    expect(problems[0]?.line).toBe(index + 1)
    expect(problems[0]?.message).toMatch(
      /^quote not found in source "[^"]+": expected the exact words/u,
    )
  })
})
