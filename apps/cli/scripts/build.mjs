// Builds `bilateral` with esbuild into dist/, in three parts:
// - dist/full.mjs (ESM) plus dist/chunks/: every command, the UI and --data. Code splitting keeps
//   Ink and React in a chunk that only the interactive UI imports (through a dynamic import()).
// - dist/fast-HASH.js (CommonJS, one file): the commands that only read the embedded dataset, with
//   its V8 code cache (fast-HASH.js.cache), written after running those commands once here.
// - dist/bilateral.js (CommonJS, executable, with a shebang): the launcher (src/Launch.ts), which
//   runs the fast build with its cache, or imports the full build for what the fast one leaves.
// dist/package.json marks dist/*.js as CommonJS (the package itself is ESM).
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
import { Script } from "node:vm"

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

const shared = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  minifySyntax: true,
  metafile: true,
  // Written below, file by file, so that a build never leaves dist/ half-written (see there).
  write: false,
  // Ink loads its devtools only when DEV=true; the package is not installed.
  external: ["react-devtools-core"],
  define: {
    "process.env.NODE_ENV": '"production"',
    __BILATERAL_EMBEDDED_SNAPSHOT__: JSON.stringify(embedded),
  },
  logLevel: "warning",
}

const full = await esbuild.build({
  ...shared,
  entryPoints: { full: "src/bilateral.ts" },
  splitting: true,
  format: "esm",
  outExtension: { ".js": ".mjs" },
  sourcemap: "linked",
  chunkNames: "chunks/[name]-[hash]",
  banner: {
    // CommonJS packages bundled into ESM (React) call require() for Node built-ins.
    js: 'import { createRequire as __bilateralCreateRequire } from "node:module"; const require = __bilateralCreateRequire(import.meta.url);',
  },
  plugins: [yogaFromFile],
})

// What the fast build leaves to the full one: Dispatch imports these on demand, and Fast.ts never
// lets a command line that needs them reach it. Each becomes a module that throws if it ever did.
const FULL_BUILD_ONLY = /^\.\/(commands\/(Validate|New|Extract|Export)|tui\/RunTui|Loader)$/
const fullBuildOnly = {
  name: "full-build-only",
  setup(build) {
    build.onResolve({ filter: FULL_BUILD_ONLY }, (args) => ({
      path: args.path,
      namespace: "full-build-only",
    }))
    build.onLoad({ filter: /.*/, namespace: "full-build-only" }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is in the full build only`)})`,
      loader: "js",
    }))
  },
}

// The fast build is compiled by the launcher with vm.Script, as the body of the function Node
// wraps CommonJS modules in; the file holds exactly that source, so that its code cache matches.
const FAST_WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"]
const fast = await esbuild.build({
  ...shared,
  entryPoints: { fast: "src/Fast.ts" },
  entryNames: "[name]-[hash]",
  format: "cjs",
  // Less source to read and hash on each start; error messages never show its names.
  minifyWhitespace: true,
  minifyIdentifiers: true,
  plugins: [fullBuildOnly],
})
const fastFile = fast.outputFiles.find((file) => file.path.endsWith(".js"))
const fastName = fastFile.path.slice(outdir.length + 1)
const fastSource = `${FAST_WRAPPER[0]}${fastFile.text}${FAST_WRAPPER[1]}`

const launcher = await esbuild.build({
  ...shared,
  entryPoints: { bilateral: "src/Launch.ts" },
  format: "cjs",
  define: { ...shared.define, __BILATERAL_FAST_BUILD__: JSON.stringify(fastName) },
})

/**
 * Runs the fast build here, in this process, on the command lines a user runs most (every
 * relation's partner code comes from `countries --json`), and returns V8's code cache of it,
 * which then holds every function those runs compiled.
 */
const warmCodeCache = async (file, source) => {
  const script = new Script(source, { filename: file })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, require, module, file, dirname(file))
  const runOnce = async (argv) => {
    let stdout = ""
    const code = await module.exports.run({
      argv,
      env: { NO_COLOR: "1" },
      stdout: {
        isTTY: false,
        write: (text, callback) => {
          stdout += text
          callback?.()
          return true
        },
      },
      stderr: { write: () => true },
      stdinIsTTY: false,
      now: () => new Date(),
    })
    if (code !== 0) throw new Error(`build: the fast build failed on \`${argv.join(" ")}\``)
    return stdout
  }
  const codes = JSON.parse(await runOnce(["countries", "--json"])).countries.map((c) => c.code)
  const pair = codes.length > 1 ? [codes[0], codes[1]] : []
  for (const json of [["--json"], []]) {
    await runOnce(["countries", ...json])
    await runOnce(["timeline", ...json])
    for (const code of codes.slice(0, 2)) {
      await runOnce(["show", code, ...json])
      await runOnce(["metrics", code, ...json])
    }
    if (pair.length === 2) await runOnce(["compare", ...pair, ...json])
  }
  await runOnce([])
  await runOnce(["--help"])
  return script.createCachedData()
}

// Other processes may be running the CLI from dist/ while it is rebuilt (tests of several packages
// on one machine). So dist/ is never emptied: each file is written beside its place and renamed
// over it, chunks first (their names hash their content, so new ones never replace old ones) and
// the launcher last; files of earlier builds are removed only when they are older than ten minutes.
const entry = join(outdir, "bilateral.js")
const put = (path, contents, mode) => {
  mkdirSync(dirname(path), { recursive: true })
  const temp = `${path}.${process.pid}.tmp`
  writeFileSync(temp, contents)
  if (mode !== undefined) chmodSync(temp, mode)
  renameSync(temp, path)
}
const codeCache = await warmCodeCache(fastFile.path, fastSource)
const written = new Set()
const write = (path, contents, mode) => {
  written.add(path)
  put(path, contents, mode)
}
for (const file of full.outputFiles) write(file.path, file.contents)
if (yogaWasm === undefined) throw new Error("build: yoga-layout's WebAssembly was not found")
// Beside the chunks, which read it relative to their own URL.
write(join(outdir, "chunks", YOGA_WASM), yogaWasm)
write(join(outdir, "package.json"), `${JSON.stringify({ type: "commonjs" })}\n`)
write(fastFile.path, fastSource)
write(`${fastFile.path}.cache`, codeCache)
const merged = { inputs: {}, outputs: {} }
for (const { metafile } of [full, fast, launcher]) {
  Object.assign(merged.inputs, metafile.inputs)
  Object.assign(merged.outputs, metafile.outputs)
}
write(join(outdir, "meta.json"), JSON.stringify(merged))
// esbuild keeps the entry's own shebang only; add ours in front.
write(entry, `#!/usr/bin/env node\n${launcher.outputFiles[0].text}`, 0o755)
for (const dir of [outdir, join(outdir, "chunks")]) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (
      !written.has(path) &&
      statSync(path).isFile() &&
      Date.now() - statSync(path).mtimeMs > 10 * 60 * 1000
    ) {
      rmSync(path, { force: true })
    }
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
