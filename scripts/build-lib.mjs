// Builds a library package: one ESM bundle per entry of its exports map (dist/index.js, and
// dist/<name>.js for a subpath) plus type declarations (dist/*.d.ts). Dependencies stay external;
// relative imports are bundled, so Node can load the output as is.
//
// When an entry of the exports map has a `require` condition, the same entries are also built as
// CommonJS into dist/cjs (with a package.json saying so, and a copy of the declarations that
// TypeScript then reads as CommonJS). The declarations' relative imports get explicit `.js`
// extensions, so they resolve under `moduleResolution: "nodenext"` as well as "bundler", while the
// sources keep the extensionless imports that Turbopack needs.
import { execFileSync } from "node:child_process"
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative } from "node:path"

const cwd = process.cwd()
const pkg = JSON.parse(readFileSync(join(cwd, "package.json"), "utf8"))
const platform = process.argv.includes("--platform=node") ? "node" : "neutral"
const require = createRequire(import.meta.url)
const esbuild = require("esbuild")
const dist = join(cwd, "dist")

/** The file a condition of an exports entry points at: a string, or an object's `default`. */
const targetOf = (condition) =>
  typeof condition === "string"
    ? condition
    : typeof condition === "object" && condition !== null
      ? condition.default
      : undefined

// One bundle per entry of the package's exports map: "." is src/index.ts → dist/index.js, and a
// subpath such as "./text" → dist/text.js is built from src/text.ts. A subpath entry bundles only
// what its module imports, so a browser can load a small part without the rest of the package.
const entryPoints = { index: join(cwd, "src/index.ts") }
let commonJs = false
for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
  if (typeof target !== "object" || target === null) continue
  if (target.require !== undefined) commonJs = true
  const name = /^\.\/dist\/([\w-]+)\.js$/.exec(targetOf(target.import) ?? "")?.[1]
  if (subpath !== "." && name !== undefined) entryPoints[name] = join(cwd, "src", `${name}.ts`)
}

// A package that ships its sources (`files` lists "src") keeps them out of the source maps, so
// the tarball does not hold them twice; the maps then point at ../src.
const shipsSources = (pkg.files ?? []).includes("src")
const common = {
  entryPoints,
  bundle: true,
  platform,
  // The engines field's floor: Node 20.19 reads import attributes (`with { type: "json" }`), which
  // a plain "node20" target would strip from the external JSON imports.
  target: "node20.19",
  sourcemap: true,
  sourcesContent: !shipsSources,
  external: [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})],
  mainFields: ["module", "main"],
  logLevel: "warning",
}

rmSync(dist, { recursive: true, force: true })
await esbuild.build({ ...common, outdir: dist, format: "esm" })
if (commonJs) {
  await esbuild.build({ ...common, outdir: join(dist, "cjs"), format: "cjs" })
  writeFileSync(join(dist, "cjs", "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`)
}
const tsc = require.resolve("typescript/bin/tsc")
execFileSync(process.execPath, [tsc, "-p", join(cwd, "tsconfig.build.json")], { stdio: "inherit" })

/** Every file under `dir` whose name ends with `suffix`, skipping dist/cjs. */
const filesUnder = (dir, suffix) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path === join(dist, "cjs") ? [] : filesUnder(path, suffix)
    return entry.name.endsWith(suffix) ? [path] : []
  })

// `from "./x"`, `import("./x")` and `import "./x"` in a declaration file become "./x.js" (or
// "./x/index.js" for a folder) when the declaration they name exists; anything else is left as is.
const relativeSpecifier = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(["'])(\.{1,2}\/[^"']*)\2/g
for (const file of filesUnder(dist, ".d.ts")) {
  const text = readFileSync(file, "utf8")
  const rewritten = text.replace(relativeSpecifier, (whole, lead, quote, specifier) => {
    const base = join(dirname(file), specifier)
    if (existsSync(`${base}.d.ts`)) return `${lead}${quote}${specifier}.js${quote}`
    if (existsSync(join(base, "index.d.ts"))) return `${lead}${quote}${specifier}/index.js${quote}`
    return whole
  })
  if (rewritten !== text) writeFileSync(file, rewritten)
}

// The CommonJS build's declarations: the same files under dist/cjs, where the package.json there
// makes TypeScript read them as CommonJS; their maps point one folder further up.
if (commonJs) {
  for (const file of filesUnder(dist, ".d.ts")) {
    const target = join(dist, "cjs", relative(dist, file))
    mkdirSync(dirname(target), { recursive: true })
    copyFileSync(file, target)
    const map = `${file}.map`
    if (existsSync(map)) {
      const json = JSON.parse(readFileSync(map, "utf8"))
      json.sources = json.sources.map((source) => `../${source}`)
      writeFileSync(`${target}.map`, JSON.stringify(json))
    }
  }
}
