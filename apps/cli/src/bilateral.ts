/**
 * `bilateral`: the entry point of the built CLI (dist/bilateral.js). Everything it does is in
 * Main.ts; this file only connects it to the process.
 */
import { run } from "./Main"

// Write errors reach `run` through each write's callback, which turns them into one line on
// stderr; this listener only keeps Node from also throwing them as an unhandled 'error' event.
process.stdout.on("error", () => {})

run({
  argv: process.argv.slice(2),
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
  stdinIsTTY: process.stdin.isTTY === true,
  now: () => new Date(),
  setRawMode: (on) => {
    if (process.stdin.isTTY) process.stdin.setRawMode(on)
  },
}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`bilateral: internal error: ${String(error).split("\n")[0]}\n`)
    process.exitCode = 1
  },
)
