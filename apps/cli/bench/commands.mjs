// Command start of the built CLI as a ratio to `node -e 0`, measured the way drift cancels: each
// round runs the baseline and every command once, in an order that rotates from round to round,
// and the figure for a command is the median over rounds of (its time / the round's baseline).
// Used by startup.bench.mjs (`npm run bench`); run alone with `node bench/commands.mjs`.
import { spawnSync } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const here = dirname(fileURLToPath(import.meta.url))
/** The built entry point (BENCH_CLI names another build, such as a copy of dist/ to compare). */
export const CLI = process.env.BENCH_CLI ?? join(here, "..", "dist", "bilateral.js")

/** The median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Runs `node ...args` once, waiting for it to exit, and returns how long it took in ms. */
export const time = (args) => {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] })
  const ms = Number(process.hrtime.bigint() - start) / 1e6
  if (result.status !== 0) {
    throw new Error(
      `node ${args.join(" ")} exited ${result.status}: ${result.stderr.toString().trim()}`,
    )
  }
  return ms
}

/** The commands timed, as arguments after `bilateral`. */
export const COMMANDS = [
  ["--help"],
  ["countries", "--json"],
  ["show", "kz", "--json"],
  ["metrics", "kg", "--json"],
  ["timeline", "--json"],
  ["compare", "kz", "kg", "--json"],
  ["export", "--format", "json"],
]

/**
 * Times every command against `node -e 0` for `rounds` rounds and returns, per command, the
 * median ratio and median milliseconds, plus the baseline's median milliseconds.
 */
export const measureCommands = (
  rounds,
  commands = COMMANDS,
  against = process.env.BENCH_AGAINST,
) => {
  // BENCH_AGAINST names another build (a copy of an earlier dist/bilateral.js): each command then
  // runs from both builds in the same rounds, so the two are compared under the same load.
  const builds = against
    ? [
        ["", CLI],
        [" (against)", against],
      ]
    : [["", CLI]]
  const entries = [{ label: "node -e 0", args: ["-e", "0"] }].concat(
    commands.flatMap((args) =>
      builds.map(([tag, cli]) => ({
        label: `bilateral ${args.join(" ")}${tag}`,
        args: [cli, ...args],
      })),
    ),
  )
  for (const entry of entries) time(entry.args) // warm the file cache once
  const times = entries.map(() => [])
  const ratios = entries.map(() => [])
  for (let round = 0; round < rounds; round++) {
    const took = new Array(entries.length)
    for (let k = 0; k < entries.length; k++) {
      const i = (k + round) % entries.length
      took[i] = time(entries[i].args)
    }
    for (let i = 0; i < entries.length; i++) {
      times[i].push(took[i])
      ratios[i].push(took[i] / took[0])
    }
  }
  return entries.map((entry, i) => ({
    label: entry.label,
    ms: median(times[i]),
    ratio: median(ratios[i]),
  }))
}

/** Prints the table of `measureCommands`. */
export const printCommands = (rows, rounds) => {
  console.log(
    `command start, median of ${rounds} rotating rounds (ratio to node -e 0 in the same round)`,
  )
  for (const row of rows) {
    console.log(
      `  ${row.label.padEnd(42)} ${row.ms.toFixed(1).padStart(7)} ms  ${row.ratio.toFixed(2)}×`,
    )
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rounds = Number.parseInt(process.env.BENCH_RUNS ?? "15", 10)
  printCommands(measureCommands(rounds), rounds)
}
