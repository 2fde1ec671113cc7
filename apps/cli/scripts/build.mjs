// Builds `bilateral` with esbuild: dist/bilateral.js (ESM, executable, with a shebang) plus chunks.
// Code splitting keeps Ink and React in a chunk that only the interactive UI imports (through a
// dynamic import()), so the scriptable commands start without loading them.
import {
  chmodSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { createRequire } from "node:module"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, "..")
const require = createRequire(import.meta.url)
const esbuild = require("esbuild")

const outdir = join(root, "dist")

// The embedded dataset, loaded and checked once here by @bilateral/data itself, is handed to the
// bundle as the JSON of its snapshot (decoded and encoded), so that the CLI neither parses and
// checks the same YAML nor builds the schemas to print JSON on every start. An invalid dataset
// fails the build with its first problem.
const data = await import("@bilateral/data")
let embedded
try {
  embedded = JSON.stringify(data.snapshotOf(data.loadEmbeddedSync()))
} catch (error) {
  console.error(
    `build: the embedded dataset is not valid: ${String(error?.message ?? error).split("\n")[0]}`,
  )
  process.exit(1)
}

// Yoga (Ink's layout engine) ships its WebAssembly as base64 inside its JavaScript, decoded character
// by character at start-up (and fetched from a data: URL when `fetch` exists, which loads undici).
// The build takes the bytes out into dist/chunks/yoga.wasm and has yoga-layout read that file and
// hand it to its loader as `wasmBinary`, which Emscripten then instantiates as is.
const YOGA_WASM = "yoga.wasm"
let yogaWasm
const yogaFromFile = {
  name: "yoga-wasm-from-file",
  setup(build) {
    build.onLoad(
      { filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ },
      (args) => {
        const source = readFileSync(args.path, "utf8")
        const embedded = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/.exec(source)
        if (embedded === null)
          throw new Error(`yoga-layout changed: no embedded WebAssembly in ${args.path}`)
        yogaWasm = Buffer.from(embedded[1], "base64")
        return {
          contents: source.replace(embedded[0], 'H="data:application/octet-stream;base64,"'),
          loader: "js",
        }
      },
    )
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8")
      if (!source.includes("await loadYoga()")) {
        throw new Error(`yoga-layout changed: ${args.path} no longer calls loadYoga()`)
      }
      const wasm = `readFileSync(new URL("./${YOGA_WASM}", import.meta.url))`
      return {
        contents: `import { readFileSync } from "node:fs"\n${source.replace(
          "await loadYoga()",
          `await loadYoga({ wasmBinary: ${wasm} })`,
        )}`,
        loader: "js",
      }
    })
  },
}

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: { bilateral: "src/bilateral.ts" },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifySyntax: true,
  sourcemap: "linked",
  metafile: true,
  // Written below, file by file, so that a build never leaves dist/ half-written (see there).
  write: false,
  chunkNames: "chunks/[name]-[hash]",
  // Ink loads its devtools only when DEV=true; the package is not installed.
  external: ["react-devtools-core"],
  define: {
    "process.env.NODE_ENV": '"production"',
    __BILATERAL_EMBEDDED_SNAPSHOT__: JSON.stringify(embedded),
  },
  banner: {
    // CommonJS packages bundled into ESM (React) call require() for Node built-ins.
    js: 'import { createRequire as __bilateralCreateRequire } from "node:module"; const require = __bilateralCreateRequire(import.meta.url);',
  },
  plugins: [yogaFromFile],
  logLevel: "warning",
})

// Other processes may be running the CLI from dist/ while it is rebuilt (tests of several packages
// on one machine). So dist/ is never emptied: each file is written beside its place and renamed
// over it, chunks first (their names hash their content, so new ones never replace old ones) and
// the entry last; chunks of earlier builds are removed only when they are older than ten minutes.
const entry = join(outdir, "bilateral.js")
const put = (path, contents) => {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, contents)
  renameSync(temp, path)
}
const written = new Set()
for (const file of result.outputFiles) {
  written.add(file.path)
  if (file.path === entry) continue
  put(file.path, file.contents)
}
if (yogaWasm === undefined) throw new Error("build: yoga-layout's WebAssembly was not found")
// Beside the chunks, which read it relative to their own URL.
put(join(outdir, "chunks", YOGA_WASM), yogaWasm)
written.add(join(outdir, "chunks", YOGA_WASM))
put(join(outdir, "meta.json"), JSON.stringify(result.metafile))
// esbuild keeps the entry's own shebang only; add ours in front of the banner.
const entryFile = result.outputFiles.find((file) => file.path === entry)
const temp = `${entry}.${process.pid}.tmp`
writeFileSync(temp, `#!/usr/bin/env node\n${entryFile.text}`)
chmodSync(temp, 0o755)
renameSync(temp, entry)
const chunks = join(outdir, "chunks")
for (const name of readdirSync(chunks)) {
  const path = join(chunks, name)
  if (!written.has(path) && Date.now() - statSync(path).mtimeMs > 10 * 60 * 1000) {
    rmSync(path, { force: true })
  }
}

// npm links a workspace's bin into node_modules/.bin at install time, but skips it when the file
// does not exist yet (a fresh clone has no dist/). Make the link npm would have made, so that
// `npx bilateral` works from the repository root after the build.
const repo = join(root, "..", "..")
const binDir = join(repo, "node_modules", ".bin")
const link = join(binDir, "bilateral")
if (existsSync(join(repo, "node_modules"))) {
  let present = false
  try {
    lstatSync(link)
    present = true
  } catch {}
  if (!present) {
    mkdirSync(binDir, { recursive: true })
    symlinkSync(
      relative(binDir, join(repo, "node_modules", "@bilateral", "cli", "dist", "bilateral.js")),
      link,
    )
  }
}
