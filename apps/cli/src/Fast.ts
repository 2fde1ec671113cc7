/**
 * The fast build of `bilateral` (dist/fast-HASH.js): the commands that only read the embedded
 * dataset (overview, countries, show, metrics, timeline, compare, in text or JSON), help, version
 * and argument errors. It is one CommonJS file without the UI, the loader, the schemas or the
 * export, which the launcher (Launch.ts) compiles with V8's code cache, so these commands start
 * in about the time Node itself takes. It runs the same `run` as the full build, so what they
 * print cannot differ; everything else is left to the full build (`start` returns false).
 */
import { parseArgs } from "./cli/Args"
import { type Io, isInteractive } from "./cli/Io"
import { exitWith, processIo } from "./cli/ProcessIo"
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
 * Whether the fast build answers this command line: help, version, an argument error (which
 * `run` reports exactly as the full build would), or one of the commands above on the embedded
 * dataset, not in the interactive UI.
 */
export const answersFast = (io: Pick<Io, "argv" | "env" | "stdinIsTTY" | "stdout">): boolean => {
  let invocation: ReturnType<typeof parseArgs>
  try {
    invocation = parseArgs(io.argv, io.env)
  } catch {
    return true
  }
  if (invocation._tag !== "Run") return true
  return (
    FROM_SNAPSHOT.has(invocation.command.name) &&
    invocation.options.data === undefined &&
    !isInteractive(invocation, io)
  )
}

/** Runs this process's command line when the fast build answers it; false leaves it to the full build. */
export const start = (): boolean => {
  const io = processIo()
  if (!answersFast(io)) return false
  exitWith(run(io))
  return true
}

/** Runs one command line against `io`, for the build's warm-up run (scripts/build.mjs). */
export { run }
