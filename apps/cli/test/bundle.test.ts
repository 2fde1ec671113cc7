// Scriptable commands must not load Ink or React: they live in a chunk that only the interactive UI
// imports dynamically. Checked twice: in the bundle's static import graph, and at run time.
import { mkdtempSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { CLI, runCli } from "./support/runCli"

const dist = join(CLI, "..")

interface Meta {
  outputs: Record<
    string,
    {
      imports: Array<{ path: string; kind: string; external?: boolean }>
      inputs: Record<string, unknown>
    }
  >
}

const meta = (): Meta => JSON.parse(readFileSync(join(dist, "meta.json"), "utf8"))

const hasInput = (m: Meta, output: string, pattern: RegExp) =>
  Object.keys(m.outputs[output]?.inputs ?? {}).some((i) => pattern.test(i))

/**
 * The outputs a scriptable command loads: the entry, its static imports, and the chunk of the
 * command dispatcher (a dynamic import) with its static imports; never the UI's dynamic import.
 */
const commandClosure = (m: Meta): string[] => {
  const seen = new Set<string>()
  const visit = (path: string) => {
    if (seen.has(path)) return
    seen.add(path)
    for (const i of m.outputs[path]?.imports ?? []) {
      if (i.external) continue
      const dispatcher = i.kind === "dynamic-import" && hasInput(m, i.path, /src\/Dispatch\.ts$/)
      if (i.kind === "import-statement" || dispatcher) visit(i.path)
    }
  }
  visit("dist/bilateral.js")
  return [...seen]
}

/** Runs the built CLI with every module it loads traced; returns its exit code and the loaded URLs. */
const runTracingLoads = (args: string[]) => {
  const trace = join(mkdtempSync(join(tmpdir(), "bilateral-trace-")), "loads.txt")
  const result = runCli(args, {
    nodeArgs: ["--import", join(__dirname, "support", "trace-loads.mjs")],
    env: { BILATERAL_TRACE_LOADS: trace },
  })
  return { code: result.code, loaded: readFileSync(trace, "utf8") }
}

const UI_PACKAGES = /node_modules\/(ink|react|react-reconciler|yoga-layout)\//

describe("the bundle", () => {
  it("keeps Ink and React out of everything a scriptable command loads", () => {
    const m = meta()
    const closure = commandClosure(m)
    expect(closure).toContain("dist/bilateral.js")
    expect(closure.some((o) => hasInput(m, o, /src\/commands\/Countries\.ts$/))).toBe(true)
    const inputs = closure.flatMap((o) => Object.keys(m.outputs[o]?.inputs ?? {}))
    expect(inputs.filter((i) => UI_PACKAGES.test(i))).toEqual([])
    const all = Object.values(m.outputs).flatMap((o) => Object.keys(o.inputs))
    expect(all.some((i) => UI_PACKAGES.test(i))).toBe(true)
  })

  it("answers --help without loading the dataset, effect's Schema or the commands", () => {
    const m = meta()
    const startup = new Set<string>()
    const visit = (path: string) => {
      if (startup.has(path)) return
      startup.add(path)
      for (const i of m.outputs[path]?.imports ?? []) {
        if (!i.external && i.kind === "import-statement") visit(i.path)
      }
    }
    visit("dist/bilateral.js")
    const inputs = [...startup].flatMap((o) => Object.keys(m.outputs[o]?.inputs ?? {}))
    expect(inputs.some((i) => /src\/cli\/Args\.ts$/.test(i))).toBe(true)
    expect(
      inputs.filter((i) => /effect\/dist\/esm\/(Schema|SchemaAST|ParseResult)\.js$/.test(i)),
    ).toEqual([])
    expect(inputs.filter((i) => /packages\/data\/|node_modules\/(js-)?yaml\//.test(i))).toEqual([])
    const { code, loaded } = runTracingLoads(["--help"])
    expect(code).toBe(0)
    expect(loaded).not.toMatch(/Dispatch-/)
    expect(loaded).not.toMatch(/RunTui-/)
  })

  it("prints JSON from the embedded snapshot without the loader, the schemas or fast-check", () => {
    const m = meta()
    const inputs = commandClosure(m).flatMap((o) =>
      Object.entries(m.outputs[o]?.inputs ?? {})
        .filter(([, input]) => (input as { bytesInOutput: number }).bytesInOutput > 0)
        .map(([path]) => path),
    )
    expect(inputs.some((i) => /packages\/data\/dist\/snapshot\.js$/.test(i))).toBe(true)
    const unwanted =
      /effect\/dist\/esm\/(Schema|SchemaAST|ParseResult|index)\.js$|effect\/dist\/esm\/internal\/core\.js$|node_modules\/(yaml|js-yaml|fast-check|i18n-iso-countries)\/|packages\/(data|domain)\/dist\/index\.js$/
    expect(inputs.filter((i) => unwanted.test(i))).toEqual([])
  })

  it("does not load the UI's chunk when running `countries --json`", () => {
    const run = runTracingLoads(["countries", "--json"])
    expect(run.code).toBe(0)
    const loaded = run.loaded.trim().split("\n")
    const ours = loaded.filter((url) => url.includes("/apps/cli/dist/"))
    expect(ours.some((url) => url.endsWith("/dist/bilateral.js"))).toBe(true)
    const tuiChunks = Object.entries(meta().outputs)
      .filter(([, o]) => Object.keys(o.inputs).some((i) => UI_PACKAGES.test(i)))
      .map(([path]) => path.replace(/^dist\//, ""))
    expect(tuiChunks.length).toBeGreaterThan(0)
    for (const chunk of tuiChunks) expect(ours.some((url) => url.endsWith(chunk))).toBe(false)
    expect(loaded.some((url) => /\/node_modules\/(ink|react)\//.test(url))).toBe(false)
  })

  it("is an executable file starting with a node shebang", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
    expect(statSync(CLI).mode & 0o111).not.toBe(0)
  })
})
