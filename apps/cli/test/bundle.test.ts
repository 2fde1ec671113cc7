// The build has four parts (scripts/build.mjs): the launcher dist/bilateral.js, the fast build
// dist/fast-HASH.js and the UI build dist/tui-HASH.js, each with its V8 code cache, and the full
// build dist/full.mjs with its chunks.
// Checked here: what each part holds (from esbuild's metafile), which part answers which command
// line (by tracing the modules a run loads), that the fast build prints exactly what the full build
// prints, and that V8 accepts the code cache the build wrote.
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { CLI, MINI, runCli } from "./support/runCli"

const dist = join(CLI, "..")
const FULL = join(dist, "full.mjs")

interface Meta {
  outputs: Record<
    string,
    {
      imports: Array<{ path: string; kind: string; external?: boolean }>
      inputs: Record<string, { bytesInOutput: number }>
    }
  >
}

const meta = (): Meta => JSON.parse(readFileSync(join(dist, "meta.json"), "utf8"))

/** A cached build's file name: the launcher names it, and it must exist beside it. */
const builtName = (kind: "fast" | "tui"): string => {
  const names = readdirSync(dist).filter((n) => new RegExp(`^${kind}-[A-Z0-9]+\\.js$`).test(n))
  const named = names.filter((n) => readFileSync(CLI, "utf8").includes(JSON.stringify(n)))
  expect(named).toHaveLength(1)
  return named[0] ?? ""
}

/** The source files that put code into one output of the build. */
const inputsOf = (m: Meta, output: string): string[] =>
  Object.entries(m.outputs[output]?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path)

/** Runs the built CLI with every module it loads traced; returns its exit code and the loaded URLs. */
const runTracingLoads = (args: string[], env: Record<string, string> = {}) => {
  const trace = join(mkdtempSync(join(tmpdir(), "bilateral-trace-")), "loads.txt")
  const result = runCli(args, {
    nodeArgs: ["--import", join(__dirname, "support", "trace-loads.mjs")],
    env: { BILATERAL_TRACE_LOADS: trace, ...env },
  })
  let loaded = ""
  try {
    loaded = readFileSync(trace, "utf8")
  } catch {}
  return { code: result.code, loaded: loaded.trim().split("\n") }
}

const loadsFullBuild = (loaded: ReadonlyArray<string>) =>
  loaded.some((url) => url.endsWith("/dist/full.mjs") || url.includes("/dist/chunks/"))

const UI_PACKAGES = /node_modules\/(ink|react|react-reconciler|yoga-layout)\//
const NOT_IN_FAST =
  /effect\/dist\/esm\/(Schema|SchemaAST|ParseResult|index)\.js$|effect\/dist\/esm\/internal\/core\.js$|node_modules\/(yaml|js-yaml|fast-check|i18n-iso-countries)\/|packages\/(data|domain)\/dist\/index\.js$|src\/(tui|commands\/(Export|Validate|New|Extract)|data\/Loader)/

describe("the fast build", () => {
  it("holds the commands and the snapshot, without the UI, the loader, the schemas or fast-check", () => {
    const m = meta()
    const inputs = inputsOf(m, `dist/${builtName("fast")}`)
    expect(inputs.some((i) => /src\/commands\/Countries\.ts$/.test(i))).toBe(true)
    expect(inputs.some((i) => /packages\/data\/dist\/snapshot\.js$/.test(i))).toBe(true)
    expect(inputs.filter((i) => UI_PACKAGES.test(i) || NOT_IN_FAST.test(i))).toEqual([])
    // The UI is in the full build.
    const full = Object.keys(m.outputs).flatMap((o) => (o.endsWith(".mjs") ? inputsOf(m, o) : []))
    expect(full.some((i) => UI_PACKAGES.test(i))).toBe(true)
  })

  it("answers help and the commands on the embedded dataset without loading the full build", () => {
    for (const args of [["--help"], ["countries", "--json"], ["show", "kz"], ["bogus"]]) {
      const run = runTracingLoads(args)
      expect(run.code, args.join(" ")).toBe(args[0] === "bogus" ? 1 : 0)
      expect(run.loaded.some((url) => url.endsWith("/dist/bilateral.js"))).toBe(true)
      expect(loadsFullBuild(run.loaded), args.join(" ")).toBe(false)
      expect(run.loaded.filter((url) => /\/node_modules\//.test(url))).toEqual([])
    }
  })

  it("leaves --data, BILATERAL_DATA, export and validate to the full build", () => {
    const runs = [
      runTracingLoads(["countries", "--json", "--data", MINI]),
      runTracingLoads(["countries", "--json"], { BILATERAL_DATA: MINI }),
      runTracingLoads(["export", "--format", "csv"]),
      runTracingLoads(["validate", MINI]),
    ]
    for (const run of runs) {
      expect(run.code).toBe(0)
      expect(loadsFullBuild(run.loaded)).toBe(true)
    }
  })

  it("prints exactly what the full build prints, text and JSON, output and errors", () => {
    const codes = (
      JSON.parse(runCli(["countries", "--json"]).stdout) as { countries: Array<{ code: string }> }
    ).countries.map((c) => c.code)
    const [a = "", b = a] = codes
    const lines = [
      [],
      ["countries"],
      ["countries", "--lang", "en"],
      ["timeline", "--from", "2000"],
      ["show", a],
      ["metrics", b, "--lang", "en"],
      ["compare", a, b],
      ["show", a, "--json"],
      ["--help"],
      ["show", "--help"],
      ["--version"],
      ["show", "nowhere"],
      ["countries", "--frobnicate"],
    ]
    for (const args of lines) {
      const fast = runCli(args)
      const full = runCli(args, { entry: FULL })
      expect({ args, ...fast }).toEqual({ args, ...full })
    }
  })

  it("is compiled from the code cache the build wrote, which V8 accepts", () => {
    expectCacheAccepted(join(dist, builtName("fast")))
  })
})

describe("the UI build", () => {
  it("holds the UI and the snapshot, without the loader, the schemas or the export", () => {
    const inputs = inputsOf(meta(), `dist/${builtName("tui")}`)
    expect(inputs.filter((i) => UI_PACKAGES.test(i)).length).toBeGreaterThan(0)
    expect(inputs.some((i) => /src\/tui\/App\.tsx$/.test(i))).toBe(true)
    expect(inputs.some((i) => /packages\/data\/dist\/snapshot\.js$/.test(i))).toBe(true)
    expect(inputs.filter((i) => NOT_IN_FAST.test(i) && !/src\/tui\//.test(i))).toEqual([])
  })

  it("is compiled from the code cache the build wrote, which V8 accepts", () => {
    expectCacheAccepted(join(dist, builtName("tui")))
  })
})

/** Checks that V8 accepts the code cache beside a cached build, compiled as the launcher does. */
function expectCacheAccepted(file: string): void {
  const check = `
      const { readFileSync } = require("node:fs")
      const { Script } = require("node:vm")
      const file = ${JSON.stringify(file)}
      const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData: readFileSync(file + ".cache") })
      process.stdout.write(String(script.cachedDataRejected))
    `
  const result = spawnSync(process.execPath, ["-e", check], { encoding: "utf8" })
  expect(result.stderr).toBe("")
  expect(result.stdout).toBe("false")
}

describe("the launcher", () => {
  it("is an executable file starting with a node shebang", () => {
    expect(readFileSync(CLI, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
    expect(statSync(CLI).mode & 0o111).not.toBe(0)
  })
})
