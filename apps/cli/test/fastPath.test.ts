// The built CLI prints JSON from its snapshot with the schema-free encoders of
// @bilateral/data/snapshot (the fast path). Here every scriptable command's JSON from the built CLI
// is compared byte for byte with what the same command prints in this process through the full
// path: the dataset loaded from its YAML by @bilateral/data and encoded with the domain's schemas.
// On the shipped dataset and on the many-relations fixture (--data), for every relation and every
// pair of relations side by side. The languages alternate from command to command, so both are
// covered without running everything twice.
import { join } from "node:path"
import { type BilateralIndex, loadDirectory, loadEmbeddedSync } from "@bilateral/data"
import { Effect } from "effect"
import { describe, expect, it, vi } from "vitest"
import { run } from "../src/Main"
import { REPO, runCli } from "./support/runCli"

// The full path: the snapshot entry replaced by the main entry, whose index comes straight from
// the loader and whose encoders use the schemas.
vi.mock("@bilateral/data/snapshot", async () => {
  const full = await import("@bilateral/data")
  return {
    ...full,
    indexSnapshot: (snapshot: import("@bilateral/data").DatasetSnapshot) =>
      full.makeIndex(snapshot.dataset, snapshot.about),
  }
})

const MANY = join(REPO, "packages", "data", "test", "fixtures", "many")

/** Runs the CLI in this process (the full path) and returns what it wrote and its status. */
const runFull = async (args: ReadonlyArray<string>) => {
  let stdout = ""
  let stderr = ""
  const code = await run({
    argv: args,
    env: { NO_COLOR: "1", COLUMNS: "100" },
    stdout: {
      write: (text: string, callback?: (error?: Error | null) => void) => {
        stdout += text
        callback?.()
        return true
      },
    },
    stderr: { write: (text: string) => (stderr += text) },
    stdinIsTTY: false,
    now: () => new Date(),
  })
  return { code, stdout, stderr }
}

/** Every scriptable command with --json on a dataset: one per relation, and the pairs in order. */
const commandsOf = (index: BilateralIndex): ReadonlyArray<ReadonlyArray<string>> => {
  const slugs = index.relations.map((r) => index.slugOf(r))
  const pairs = slugs.slice(1).map((b, i) => [slugs[i] ?? "", b])
  return [
    ["countries"],
    ["timeline"],
    ...slugs.flatMap((slug) => [
      ["show", slug],
      ["metrics", slug],
      ["timeline", "--country", slug],
    ]),
    ...pairs.map(([a = "", b = ""]) => ["compare", a, b]),
  ]
}

const datasets: ReadonlyArray<readonly [string, () => Promise<BilateralIndex>, string[]]> = [
  ["the shipped dataset", async () => loadEmbeddedSync(), []],
  ["the many-relations fixture", () => Effect.runPromise(loadDirectory(MANY)), ["--data", MANY]],
]

describe("the fast path's JSON", () => {
  for (const [name, load, data] of datasets) {
    it(`is byte for byte the full path's for every command on ${name}`, async () => {
      const commands = commandsOf(await load())
      expect(commands.some((command) => command[0] === "compare")).toBe(true)
      for (const [i, command] of commands.entries()) {
        const args = [...command, "--json", "--lang", i % 2 === 0 ? "vi" : "en", ...data]
        const full = await runFull(args)
        expect(full.stderr, args.join(" ")).toBe("")
        expect(full.code, args.join(" ")).toBe(0)
        const fast = runCli(args)
        expect(fast.stderr, args.join(" ")).toBe("")
        expect(fast.code, args.join(" ")).toBe(0)
        expect(fast.stdout, args.join(" ")).toBe(full.stdout)
      }
    }, 300_000)
  }
})
