// Builds a library package: one ESM bundle (dist/index.js) plus type declarations (dist/*.d.ts).
// Dependencies stay external; relative imports are bundled, so Node can load the output as is.
import { execFileSync } from "node:child_process"
import { readFileSync, rmSync } from "node:fs"
import { createRequire } from "node:module"
import { join } from "node:path"

const cwd = process.cwd()
const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"))
const platform = process.argv.includes("--platform=node") ? "node" : "neutral"
const require = createRequire(import.meta.url)
const esbuild = require("esbuild")

rmSync(join(cwd, "dist"), { recursive: true, force: true })
await esbuild.build({
  entryPoints: [join(cwd, "src/index.ts")],
  outfile: join(cwd, "dist/index.js"),
  bundle: true,
  format: "esm",
  platform,
  target: "node20",
  sourcemap: true,
  external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})],
  mainFields: ["module", "main"],
  logLevel: "warning",
})
const tsc = require.resolve("typescript/bin/tsc")
execFileSync(process.execPath, [tsc, "-p", join(cwd, "tsconfig.build.json")], { stdio: "inherit" })
