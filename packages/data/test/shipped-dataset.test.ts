import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import {
  formatProblem,
  loadFiles,
  readDatasetDirectory,
  readSourcesDirectory,
  validateDirectory,
} from "../src/index"
import { articleTextsDir } from "./article-texts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const datasetDir = join(packageDir, "dataset")
/** The article texts live outside the product, next to the repository (or where BILATERAL_SOURCES says). */
const sourcesDir = articleTextsDir()

describe("the shipped dataset", () => {
  it.effect("loads with no problem, and every quote is found verbatim in its source text", () =>
    Effect.map(validateDirectory(datasetDir, { sourcesDir }), ({ problems, counts }) => {
      expect(problems.map(formatProblem)).toEqual([])
      expect(counts.relations).toBeGreaterThan(0)
      expect(counts.quotes).toBeGreaterThan(0)
      expect(counts.quotesVerified).toBe(counts.quotes)
    }),
  )

  it.effect("fails as soon as one of its quotes is changed", () =>
    Effect.gen(function* () {
      const dataset = yield* readDatasetDirectory(datasetDir)
      const texts = yield* readSourcesDirectory(sourcesDir)
      expect([...dataset.problems, ...texts.problems].map(formatProblem)).toEqual([])
      const files = dataset.files
      const sources = texts.files
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
    }),
  )
})
