/**
 * The running process as the CLI's `Io`, and the one place that turns a run's result into the
 * exit status. Both entries use it: the fast build (Fast.ts) and the full one (bilateral.ts).
 */
import { isatty } from "node:tty"
import type { Io } from "./Io"

/** This process's arguments, environment, streams, clock and terminal, as an `Io`. */
export const processIo = (): Io => {
  // Write errors reach `run` through each write's callback, which turns them into one line on
  // stderr; this listener only keeps Node from also throwing them as an unhandled 'error' event.
  process.stdout.on("error", () => {})
  return {
    argv: process.argv.slice(2),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    // Asked of the file descriptor: `process.stdin` is a stream made on first use, which only
    // the interactive UI needs.
    stdinIsTTY: isatty(0),
    now: () => new Date(),
    setRawMode: (on) => {
      if (process.stdin.isTTY) process.stdin.setRawMode(on)
    },
  }
}

/** Reports a failure nothing else caught as one line on stderr, and exit status 1. */
export const failInternally = (error: unknown): void => {
  process.stderr.write(`bilateral: internal error: ${String(error).split("\n")[0]}\n`)
  process.exitCode = 1
}

/** Sets the exit status from a run; a failure that escaped `run` still becomes one line. */
export const exitWith = (run: Promise<number>): void => {
  run.then((code) => {
    process.exitCode = code
  }, failInternally)
}
