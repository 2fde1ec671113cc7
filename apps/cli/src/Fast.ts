/**
 * The fast build of `bilateral` (dist/fast-HASH.js): the commands that only read the embedded
 * dataset (overview, countries, show, metrics, timeline, compare, in text or JSON), help, version
 * and argument errors. It is one CommonJS file without the UI, the loader, the schemas or the
 * export, which the launcher (Launch.ts) compiles with V8's code cache, so these commands start
 * in about the time Node itself takes. It runs the same `run` as the full build, so what they
 * print cannot differ. It also routes what it does not answer: the interactive UI on the embedded
 * dataset to the UI build (TuiBuild.ts), everything else to the full build.
 */
import { parseArgs } from "./cli/Args"
import { type Io, isInteractive } from "./cli/Io"
import { exitWith, processIo } from "./cli/ProcessIo"
import { quickRoute } from "./cli/QuickRoute"
import { run } from "./Main"

/** The commands that need nothing but the embedded dataset's snapshot. */
const FROM_SNAPSHOT: ReadonlySet<string> = new Set([
  "overview",
  "countries",
  "show",
  "metrics",
  "timeline",
  "compare",
])

/**
 * Which build answers a command line: this one for help, version, an argument error (which `run`
 * reports exactly as the full build would) and the commands above on the embedded dataset; the UI
 * build for the interactive UI on the embedded dataset; the full build for everything else.
 */
export type Route = "fast" | "tui" | "full"

/** The build that answers this command line (see `Route`). */
export const routeOf = (io: Pick<Io, "argv" | "env" | "stdinIsTTY" | "stdout">): Route => {
  const quick = quickRoute({ ...io, stdoutIsTTY: io.stdout.isTTY === true })
  if (quick !== undefined) return quick
  let invocation: ReturnType<typeof parseArgs>
  try {
    invocation = parseArgs(io.argv, io.env)
  } catch {
    return "fast"
  }
  if (invocation._tag !== "Run") return "fast"
  if (!FROM_SNAPSHOT.has(invocation.command.name) || invocation.options.data !== undefined) {
    return "full"
  }
  return isInteractive(invocation, io) ? "tui" : "fast"
}

/** Runs this process's command line when this build answers it; else says which build does. */
export const start = (): Route => {
  const io = processIo()
  const route = routeOf(io)
  if (route === "fast") exitWith(run(io))
  return route
}

/** Runs one command line against `io`, for the build's warm-up run (scripts/build.mjs). */
export { run }
