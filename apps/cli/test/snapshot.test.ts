// The built CLI starts from a snapshot of the embedded dataset taken at build time. It must be the
// very dataset @bilateral/data loads: the export from the built CLI equals the one built here from
// `loadEmbeddedSync()`.
import { buildInterchange, loadEmbeddedSync } from "@bilateral/data"
import { describe, expect, it } from "vitest"
import { runCli } from "./support/runCli"

describe("the build's snapshot of the embedded dataset", () => {
  it("exports exactly what @bilateral/data loads", () => {
    const expected = `${JSON.stringify(buildInterchange(loadEmbeddedSync().dataset), null, 2)}\n`
    const { code, stdout } = runCli(["export", "--format", "json"])
    expect(code).toBe(0)
    expect(stdout).toBe(expected)
  })
})
