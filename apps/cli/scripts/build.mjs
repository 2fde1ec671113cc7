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
// yoga-layout waits for it with a top-level await, which only ESM can hold: for the UI build
// (CommonJS) the module instead exports `yogaReady`, a promise settled once `Yoga` (a live binding
// that Ink reads only when it lays out) is set; TuiBuild.ts imports it as `bilateral:yoga-ready`.
const YOGA_WASM = "yoga.wasm"
const YOGA_INIT = "const Yoga = wrapAssembly(await loadYoga());"
let yogaWasm
const yogaFromFile = (format) => ({
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
    build.onResolve({ filter: /^bilateral:yoga-ready$/ }, async (args) => {
      const yoga = await build.resolve("yoga-layout", {
        kind: "import-statement",
        resolveDir: args.resolveDir,
      })
      return { path: yoga.path }
    })
    build.onLoad({ filter: /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8")
      if (!source.includes(YOGA_INIT) || !source.includes("export default Yoga;")) {
        throw new Error(`yoga-layout changed: ${args.path} no longer starts with \`${YOGA_INIT}\``)
      }
      const contents =
        format === "esm"
          ? `import { readFileSync } from "node:fs"\n${source.replace(
              YOGA_INIT,
              `const Yoga = wrapAssembly(await loadYoga({ wasmBinary: readFileSync(new URL("./${YOGA_WASM}", import.meta.url)) }));`,
            )}`
          : `import { readFileSync } from "node:fs"\nimport { join } from "node:path"\n${source
              .replace(
                YOGA_INIT,
                `let Yoga;\nexport const yogaReady = loadYoga({ wasmBinary: readFileSync(join(__dirname, "chunks", "${YOGA_WASM}")) }).then((module) => { Yoga = wrapAssembly(module) });`,
              )
              .replace("export default Yoga;", "export { Yoga as default };")}`
      return { contents, loader: "js" }
    })
  },
})

// Ink's reconciler awaits at its top level only when DEV=true, to connect React's devtools (not
// installed: the full build leaves react-devtools-core external too). The UI build is CommonJS,
// which cannot hold a top-level await: there both awaits become what they yield without devtools.
const INK_DEV_AWAITS = [
  [
    "await import('./devtools.js');",
    "throw Object.assign(new Error('react-devtools-core is not installed'), { code: 'ERR_MODULE_NOT_FOUND' });",
  ],
  ["? await loadPackageJson()", "? { name: undefined, version: undefined }"],
]
const inkWithoutDevtools = {
  name: "ink-without-devtools",
  setup(build) {
    build.onLoad({ filter: /[\\/]ink[\\/]build[\\/]reconciler\.js$/ }, (args) => {
      let source = readFileSync(args.path, "utf8")
      for (const [from, to] of INK_DEV_AWAITS) {
        if (!source.includes(from)) throw new Error(`ink changed: ${args.path} has no \`${from}\``)
        source = source.replace(from, to)
      }
      return { contents: source, loader: "js" }
    })
  },
}

// Ink measures every piece of text with string-width, and so do its dependencies, through three
// copies (two of 8.x, one of 7.x for wrap-ansi), each building a segmenter and regular expressions
// of emoji and Unicode properties when it loads (15–25 ms before the first frame). In the builds,
// every import of string-width gets src/tui/StringWidth.ts around Ink's own copy, which it loads
// only for text that is not one column a character (src/render/OneColumn.ts).
const STRING_WIDTH = require.resolve("string-width", { paths: [dirname(require.resolve("ink"))] })
const STRING_WIDTH_FAST_PATH = join(root, "src", "tui", "StringWidth.ts")
const oneStringWidth = {
  name: "one-string-width",
  setup(build) {
    build.onResolve({ filter: /^string-width$/ }, (args) =>
      args.namespace === "string-width"
        ? { path: STRING_WIDTH }
        : { path: "string-width", namespace: "string-width" },
    )
    build.onLoad({ filter: /.*/, namespace: "string-width" }, () => ({
      contents: `import { withOneColumnFastPath } from ${JSON.stringify(STRING_WIDTH_FAST_PATH)}
export default withOneColumnFastPath(() => require("string-width").default)`,
      resolveDir: root,
      loader: "js",
    }))
  },
}

// Ink writes each frame through ansi-tokenize's styledCharsToString, which asks diffAnsiCodes what
// changes between every two neighbouring characters. The builds hand it src/tui/AnsiDiff.ts
// around the real one, which answers at once when both have the same style (most of them).
const ANSI_DIFF_FAST_PATH = join(root, "src", "tui", "AnsiDiff.ts")
const ansiDiffFastPath = {
  name: "ansi-diff-fast-path",
  setup(build) {
    build.onResolve({ filter: /^\.\/diff\.js$/ }, (args) =>
      /@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]styledChars\.js$/.test(args.importer)
        ? { path: join(dirname(args.importer), "diff.js"), namespace: "ansi-diff" }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: "ansi-diff" }, (args) => ({
      contents: `import { diffAnsiCodes as diff } from ${JSON.stringify(args.path)}
import { withSameStyleFastPath } from ${JSON.stringify(ANSI_DIFF_FAST_PATH)}
export const diffAnsiCodes = withSameStyleFastPath(diff)`,
      resolveDir: root,
      loader: "js",
    }))
  },
}

// slice-ansi and ansi-tokenize, which Ink runs on every line it writes, each make an Intl.Segmenter
// when they load, the first of which loads ICU's break rules (about 10 ms before the first frame).
// The builds give them src/render/Graphemes.ts instead, which splits the UI's text (one column a
// character, with colour codes) itself and makes an Intl.Segmenter only for other text.
const GRAPHEMES = join(root, "src", "render", "Graphemes.ts")
const SEGMENTER_USERS =
  /([\\/]slice-ansi[\\/]tokenize-ansi|[\\/]@alcalzone[\\/]ansi-tokenize[\\/]build[\\/]tokenize)\.js$/
const lazyGraphemes = {
  name: "lazy-graphemes",
  setup(build) {
    build.onLoad({ filter: SEGMENTER_USERS }, (args) => {
      const source = readFileSync(args.path, "utf8")
      const made = source.split("new Intl.Segmenter(").length - 1
      if (made !== 1) {
        throw new Error(`${args.path} changed: it makes ${made} Intl.Segmenter, not 1`)
      }
      return {
        contents: `import { graphemeSegmenter } from ${JSON.stringify(GRAPHEMES)};\n${source.replace("new Intl.Segmenter(", "graphemeSegmenter(")}`,
        loader: "js",
      }
    })
  },
}

// React is CommonJS. esbuild gives each ES module that imports it its own copy of React's exports,
// each export a getter (32 copies of React's in the UI): the builds give ES imports of react and
// react/jsx-runtime one ES module instead, whose exports are React's, read once.
const REACT_DIR = dirname(require.resolve("react/package.json"))
const REACT_MODULES = {
  react: join(REACT_DIR, "cjs", "react.production.js"),
  "react/jsx-runtime": join(REACT_DIR, "cjs", "react-jsx-runtime.production.js"),
}
const reactOnce = {
  name: "react-once",
  setup(build) {
    build.onResolve({ filter: /^react(\/jsx-runtime)?$/ }, (args) =>
      args.kind === "import-statement" && args.namespace !== "react-once"
        ? { path: args.path, namespace: "react-once" }
        : undefined,
    )
    build.onLoad({ filter: /.*/, namespace: "react-once" }, (args) => {
      const names = Object.keys(require(REACT_MODULES[args.path])).filter((n) => n !== "default")
      return {
        contents: `import cjs from ${JSON.stringify(args.path)}
export default cjs
export const { ${names.join(", ")} } = cjs`,
        resolveDir: root,
        loader: "js",
      }
    })
  },
}

// What every build that holds Ink gives Ink's dependencies (the full build and the UI build).
const INK_PLUGINS = [oneStringWidth, ansiDiffFastPath, lazyGraphemes, reactOnce]

const shared = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  platform: "node",
  target: "node20",
  // Node 20 has the `v` flag. Lowered, string-width's /^\p{RGI_Emoji}$/v becomes a RegExp built when
  // the module loads (15–20 ms); as a literal, V8 compiles it only if it is ever used.
  supported: { "regexp-set-notation": true },
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
  plugins: [yogaFromFile("esm"), ...INK_PLUGINS],
})

// What the fast build leaves to the full one: Dispatch imports these on demand, and Fast.ts never
// lets a command line that needs them reach it. Each becomes a module that throws if it ever did.
// The UI build (TuiBuild.ts) keeps the UI.
const FILE_COMMANDS = [
  "commands/Validate",
  "commands/New",
  "commands/Extract",
  "commands/Export",
  "Loader",
]
const fullBuildOnly = (modules) => ({
  name: "full-build-only",
  setup(build) {
    const filter = new RegExp(`^\\./(${modules.join("|")})$`)
    build.onResolve({ filter }, (args) => ({
      path: args.path,
      namespace: "full-build-only",
    }))
    build.onLoad({ filter: /.*/, namespace: "full-build-only" }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is in the full build only`)})`,
      loader: "js",
    }))
  },
})

// The fast and UI builds are compiled by the launcher with vm.Script, as the body of the function
// Node wraps CommonJS modules in; each file holds exactly that source, so that its code cache matches.
const CJS_WRAPPER = ["(function (exports, require, module, __filename, __dirname) {", "\n})"]
/** A build the launcher compiles with its code cache: one minified CommonJS file, wrapped. */
const cachedBuild = async (name, entry, plugins) => {
  const result = await esbuild.build({
    ...shared,
    entryPoints: { [name]: entry },
    entryNames: "[name]-[hash]",
    format: "cjs",
    // Less source to read on each start; error messages never show its names.
    minifyWhitespace: true,
    minifyIdentifiers: true,
    plugins,
  })
  const file = result.outputFiles.find((f) => f.path.endsWith(".js"))
  return {
    result,
    path: file.path,
    name: file.path.slice(outdir.length + 1),
    source: `${CJS_WRAPPER[0]}${file.text}${CJS_WRAPPER[1]}`,
  }
}
const fast = await cachedBuild("fast", "src/Fast.ts", [
  fullBuildOnly([...FILE_COMMANDS, "tui/RunTui"]),
])
const tui = await cachedBuild("tui", "src/TuiBuild.ts", [
  fullBuildOnly(FILE_COMMANDS),
  yogaFromFile("cjs"),
  inkWithoutDevtools,
  ...INK_PLUGINS,
])

const launcher = await esbuild.build({
  ...shared,
  entryPoints: { bilateral: "src/Launch.ts" },
  format: "cjs",
  define: {
    ...shared.define,
    __BILATERAL_FAST_BUILD__: JSON.stringify(fast.name),
    __BILATERAL_TUI_BUILD__: JSON.stringify(tui.name),
  },
})

/** Compiles a cached build's source as the launcher does and runs its module body. */
const compile = (build) => {
  const script = new Script(build.source, { filename: build.path })
  const module = { exports: {} }
  script.runInThisContext()(module.exports, require, module, build.path, outdir)
  return { script, exports: module.exports }
}

/**
 * Runs the fast build here, in this process, on the command lines a user runs most (every
 * relation's partner code comes from `countries --json`), and returns V8's code cache of it,
 * which then holds every function those runs compiled.
 */
const warmFast = async (build) => {
  const { script, exports } = compile(build)
  const runOnce = async (argv) => {
    let stdout = ""
    const code = await exports.run({
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

/** Draws the UI build's first frames here (TuiBuild.ts `warmUp`) and returns its code cache. */
const warmTui = async (build) => {
  const { script, exports } = compile(build)
  await exports.warmUp()
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
// The UI build's warm-up reads yoga.wasm, written above.
const caches = [await warmFast(fast), await warmTui(tui)]
for (const [i, build] of [fast, tui].entries()) {
  write(build.path, build.source)
  write(`${build.path}.cache`, caches[i])
}
const merged = { inputs: {}, outputs: {} }
for (const { metafile } of [full, fast.result, tui.result, launcher]) {
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
