// Feeds mutated copies of the shipped dataset to the loader: it never throws, answers quickly and
// keeps its report within the problem cap, whatever the mutation.
import { readdirSync, readFileSync, statSync } from "node:fs"
import { join, relative } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { mutateDataset } from "../bench/mutate-dataset.mjs"
import { LIMITS } from "../src/DatasetFile"
import { CONTROL_CHARACTER, formatProblem } from "../src/DatasetProblem"
import { loadFiles } from "../src/Loader"

const root = join(import.meta.dirname, "..", "dataset")
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })
const shipped = walk(root).map((path) => ({
  path: relative(root, path).split("\\").join("/"),
  text: readFileSync(path, "utf8"),
}))

describe("the loader on mutated datasets", () => {
  it("never throws, stays quick and caps its report", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const { files, mutations } = mutateDataset(shipped, seed)
        const start = performance.now()
        const report = loadFiles(files)
        const ms = performance.now() - start
        expect(ms, mutations.join(", ")).toBeLessThan(15_000)
        expect(report.problems.length).toBeLessThanOrEqual(LIMITS.maxProblems + 1)
        // Every problem prints as one line.
        for (const p of report.problems) expect(formatProblem(p)).not.toMatch(CONTROL_CHARACTER)
      }),
      { numRuns: 40 },
    )
  }, 300_000)
})
