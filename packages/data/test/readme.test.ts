import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { COLLECTIONS } from "@bilateral/domain"
import { describe, expect, it } from "vitest"
import { formatProblem, loadFiles } from "../src/index"
import { articleTextsDir } from "./article-texts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const sourcesDir = articleTextsDir()
const readme = readFileSync(join(packageDir, "README.md"), "utf8")

/** The README's YAML examples, each a file named by its first line (`# relations/vn-kz/events.yaml`). */
const examples = [...readme.matchAll(/```yaml\n# (\S+\.yaml)\n([\s\S]*?)```/gu)].map((m) => ({
  path: m[1] ?? "",
  text: m[2] ?? "",
}))

describe("the README's examples", () => {
  it("show an entry of every collection", () => {
    const { counts } = loadFiles(examples)
    expect(COLLECTIONS.filter((c) => counts[c] === 0)).toEqual([])
  })

  it("load as a dataset with no problem, every quote found in the article texts", () => {
    const sources = readdirSync(sourcesDir).map((name) => ({
      path: name,
      text: readFileSync(join(sourcesDir, name), "utf8"),
    }))
    const report = loadFiles(examples, { sources })
    expect(report.problems.map(formatProblem)).toEqual([])
    expect(report.counts.quotesVerified).toBe(report.counts.quotes)
  })
})
