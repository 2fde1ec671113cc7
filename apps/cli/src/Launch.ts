/**
 * `bilateral`'s executable (dist/bilateral.js), kept tiny: it compiles the fast build with V8's
 * code cache, which the build wrote beside it after running the fast commands once, so that
 * neither parsing nor compiling is repeated on each start. `bilateral` alone on a terminal goes
 * straight to the UI build (cli/QuickRoute.ts); otherwise the fast build answers the command line
 * or routes it: the interactive UI on the embedded dataset to the UI build (compiled the same
 * way), everything else (--data, validate, new, extract, export) to the full build, imported.
 *
 * The cache is only an optimisation: V8 checks it against the source and its own version and
 * flags, and compiles as usual when it does not match (`cachedDataRejected`), or when it is missing.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { isatty } from "node:tty"
import { pathToFileURL } from "node:url"
import { Script } from "node:vm"
import { failInternally } from "./cli/ProcessIo"
import { quickRoute } from "./cli/QuickRoute"

/** The fast and UI builds' file names in dist/, content-hashed so that a cache never outlives its code. */
declare const __BILATERAL_FAST_BUILD__: string
declare const __BILATERAL_TUI_BUILD__: string

interface FastBuild {
  readonly start: () => "fast" | "tui" | "full"
}

interface TuiBuild {
  readonly start: () => void
}

/** Compiles one build with its code cache and runs its module body; returns its exports. */
const loadCached = <Exports>(name: string): Exports => {
  const file = join(__dirname, name)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {}
  const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData })
  const module = { exports: {} as Exports }
  const init = script.runInThisContext() as (...args: unknown[]) => void
  init(module.exports, require, module, file, __dirname)
  return module.exports
}

const route =
  quickRoute({
    argv: process.argv.slice(2),
    env: process.env,
    stdinIsTTY: isatty(0),
    stdoutIsTTY: isatty(1),
  }) ?? loadCached<FastBuild>(__BILATERAL_FAST_BUILD__).start()
if (route === "tui") loadCached<TuiBuild>(__BILATERAL_TUI_BUILD__).start()
if (route === "full") {
  import(pathToFileURL(join(__dirname, "full.mjs")).href).catch(failInternally)
}
