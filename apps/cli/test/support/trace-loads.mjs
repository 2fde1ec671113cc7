// A module loader hook for tests: appends every module URL Node loads to the file named by
// BILATERAL_TRACE_LOADS, one per line. Used with `node --import ./trace-loads.mjs`.
import { register } from "node:module"

register(
  `data:text/javascript,${encodeURIComponent(`
    import { appendFileSync } from "node:fs"
    const out = process.env.BILATERAL_TRACE_LOADS
    export async function load(url, context, next) {
      if (out) appendFileSync(out, url + "\\n")
      return next(url, context)
    }
  `)}`,
)
