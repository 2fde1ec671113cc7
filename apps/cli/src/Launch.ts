/**
 * `bilateral`'s executable (dist/bilateral.js), kept tiny: it compiles the fast build with V8's
 * code cache, which the build wrote beside it after running the fast commands once, so that
 * neither parsing nor compiling is repeated on each start. When the fast build does not answer
 * the command line (the UI, --data, validate, new, extract, export), it imports the full build.
 *
 * The cache is only an optimisation: V8 checks it against the source and its own version and
 * flags, and compiles as usual when it does not match (`cachedDataRejected`), or when it is missing.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { pathToFileURL } from "node:url"
import { Script } from "node:vm"

/** The fast build's file name in dist/, content-hashed so that a cache never outlives its code. */
declare const __BILATERAL_FAST_BUILD__: string

interface FastBuild {
  readonly start: () => boolean
}

const loadFast = (): FastBuild => {
  const file = join(__dirname, __BILATERAL_FAST_BUILD__)
  let cachedData: Buffer | undefined
  try {
    cachedData = readFileSync(`${file}.cache`)
  } catch {}
  const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData })
  const module = { exports: {} as FastBuild }
  const init = script.runInThisContext() as (...args: unknown[]) => void
  init(module.exports, require, module, file, __dirname)
  return module.exports
}

if (!loadFast().start()) {
  import(pathToFileURL(join(__dirname, "full.mjs")).href).catch((error: unknown) => {
    process.stderr.write(`bilateral: internal error: ${String(error).split("\n")[0]}\n`)
    process.exitCode = 1
  })
}
