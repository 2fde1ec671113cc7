import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "@effect/vitest"

const require = createRequire(import.meta.url)
const esbuild = require("esbuild") as typeof import("esbuild")
const src = dirname(fileURLToPath(import.meta.url))

const bundle = (entry: string) =>
  esbuild.build({
    entryPoints: [join(src, entry)],
    bundle: true,
    write: false,
    metafile: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    logLevel: "silent",
  })

/** The modules of `effect` (and its dependencies) that a bundle of `entry` holds code of. */
const effectModulesOf = async (entry: string): Promise<ReadonlyArray<string>> => {
  const result = await bundle(entry)
  // Every file esbuild read is an input; only those with bytes in the output are in the bundle.
  return Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([path, input]) => path.includes("node_modules/") && input.bytesInOutput > 0)
      .map(([path]) => path),
  )
}

describe("the schema-free entries", () => {
  for (const entry of ["metrics.ts", "format.ts", "text.ts"]) {
    it(`${entry} bundles neither effect's Schema nor fast-check`, async () => {
      const modules = await effectModulesOf(entry)
      expect(modules.filter((path) => /\/(Schema|SchemaAST|Arbitrary)\.js$/.test(path))).toEqual([])
      expect(modules.filter((path) => path.includes("fast-check"))).toEqual([])
      // Nor effect's runtime (fibers, causes), which its tagged errors bring along.
      expect(modules.filter((path) => /effect\/dist\/esm\/internal\/core\.js$/.test(path))).toEqual(
        [],
      )
    })

    it(`${entry} imports effect's modules one by one, never its index`, async () => {
      // A bundler that splits code assigns whole files to chunks: an import of effect's index
      // would put the Schema module in the chunk of every program importing this entry.
      const { metafile } = await bundle(entry)
      const read = Object.keys(metafile.inputs)
      expect(read.filter((path) => path.endsWith("effect/dist/esm/index.js"))).toEqual([])
    })
  }

  it("the main entry, which holds the schemas, bundles effect's Schema from its index (the checks above can see both)", async () => {
    const modules = await effectModulesOf("index.ts")
    expect(modules.some((path) => /\/Schema\.js$/.test(path))).toBe(true)
    const { metafile } = await bundle("index.ts")
    expect(
      Object.keys(metafile.inputs).some((path) => path.endsWith("effect/dist/esm/index.js")),
    ).toBe(true)
  })
})
