/**
 * `bilateral`: the entry point of the built CLI (dist/bilateral.js). Everything it does is in
 * Main.ts; this file only connects it to the process.
 */
import { run } from "./Main"

// A closed pipe (`bilateral export --format json | head`) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0)
})

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
