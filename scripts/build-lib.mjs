// Builds a library package: one ESM bundle per entry of its exports map (dist/index.js, and
// dist/<name>.js for a subpath) plus type declarations (dist/*.d.ts). Dependencies stay external;
// relative imports are bundled, so Node can load the output as is.
import { execFileSync } from "node:child_process"
import { readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"

const cwd = process.cwd()
const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"))
const platform = process.argv.includes("--platform=node") ? "node" : "neutral"
const require = createRequire(import.meta.url)
const esbuild = require("esbuild")

// One bundle per entry of the package's exports map: "." is src/index.ts → dist/index.js, and a
// subpath such as "./text" → dist/text.js is built from src/text.ts. A subpath entry bundles only
// what its module imports, so a browser can load a small part without the rest of the package.
const entryPoints = { index: join(cwd, "src/index.ts") }
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  const file = typeof target === "object" && target !== null ? target.import : undefined
  const name = /^\.\/dist\/([\w-]+)\.js$/.exec(file ?? "")?.[1]
  if (subpath !== "." && name !== undefined) entryPoints[name] = join(cwd, "src", `${name}.ts`)
}

rmSync(join(cwd, "dist"), { recursive: true, force: true })
await esbuild.build({
  entryPoints,
  outdir: join(cwd, "dist"),
  bundle: true,
  format: "esm",
  platform,
  // The engines field's floor: Node 20.19 reads import attributes (`with { type: "json" }`), which
  // a plain "node20" target would strip from the external JSON imports.
  target: "node20.19",
  sourcemap: true,
  external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})],
  mainFields: ["module", "main"],
  logLevel: "warning",
})
const tsc = require.resolve("typescript/bin/tsc")
execFileSync(process.execPath, [tsc, "-p", join(cwd, "tsconfig.build.json")], { stdio: "inherit" })
