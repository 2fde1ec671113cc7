// `npm run bench` (apps/cli): how fast `bilateral` starts.
// - cold start of `bilateral countries --json` next to `node -e 0` (median of several runs, each a
//   new process), so the difference is the CLI's own cost;
// - time from start to the first frame of the terminal UI, run in a pseudo-terminal made by
//   `script` (util-linux), measured when the status line first appears on screen, in pairs with a
//   Node process that prints the same words at once (BENCH_TUI_AGAINST names an earlier build's
//   dist/bilateral.js to time in the same pairs).
import { spawn, spawnSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { median, time } from "./commands.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const cli = join(here, "..", "dist", "bilateral.js")
const runs = Number.parseInt(process.env.BENCH_RUNS ?? "15", 10)

if (!existsSync(cli)) {
  console.error("bench: dist/bilateral.js is missing; run `npm run build` in apps/cli first")
  process.exit(1)
}

const sample = (args) => {
  time(args) // warm the file cache once
  return median(Array.from({ length: runs }, () => time(args)))
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping escape sequences
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g

/** A Node process that prints the status line's last words at once: the first frame's baseline. */
const PRINTS_AT_ONCE = [
  "-e",
  'process.stdin.setRawMode(true); process.stdout.write("q thoát\\n"); process.stdin.once("data", () => process.exit(0))',
]

/**
 * Starts the UI (or `args`) in a 120×40 pseudo-terminal and resolves with the milliseconds until
 * the status line (drawn with the first frame) appears; then quits it with q.
 */
const firstFrame = (args = [cli]) =>
  new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const command = `stty rows 40 cols 120; exec ${JSON.stringify(process.execPath)} ${args.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ")}`
    const child = spawn("script", ["-qfec", command, "/dev/null"], {
      stdio: ["pipe", "pipe", "ignore"],
      env: { ...process.env, TERM: "xterm-256color" },
    })
    let seen = ""
    let done = false
    const timer = setTimeout(() => {
      child.kill("SIGKILL")
      reject(new Error("no frame within 10 s"))
    }, 10_000)
    child.stdout.on("data", (chunk) => {
      seen += chunk.toString("utf8")
      if (!done && seen.replace(ANSI, "").includes("q thoát")) {
        done = true
        const ms = Number(process.hrtime.bigint() - start) / 1e6
        clearTimeout(timer)
        child.stdin.write("q")
        resolve(ms)
      }
    })
    child.on("error", reject)
    child.on("exit", () => {
      if (!done) {
        clearTimeout(timer)
        reject(new Error("the UI exited before drawing"))
      }
    })
  })

const nodeBaseline = sample(["-e", "0"])
const countries = sample([cli, "countries", "--json"])
const help = sample([cli, "--help"])
console.log(`node -e 0                         ${nodeBaseline.toFixed(1)} ms (median of ${runs})`)
console.log(`bilateral --help                  ${help.toFixed(1)} ms`)
console.log(
  `bilateral countries --json        ${countries.toFixed(1)} ms  (+${(countries - nodeBaseline).toFixed(1)} ms over node)`,
)

const hasScript = spawnSync("script", ["--version"], { stdio: "ignore" }).status === 0
if (hasScript) {
  try {
    // Paired runs, alternating the baseline and the UI so that drift on a shared machine cancels.
    // The ratio is the median of each pair's ratio, like the commands' figures.
    const frames = []
    const baselines = []
    const ratios = []
    const against = process.env.BENCH_TUI_AGAINST
    const againstRatios = []
    await firstFrame() // warm the file cache once
    for (let i = 0; i < Math.min(runs, 9); i++) {
      const baseline = await firstFrame(PRINTS_AT_ONCE)
      const frame = await firstFrame()
      baselines.push(baseline)
      frames.push(frame)
      ratios.push(frame / baseline)
      if (against) againstRatios.push((await firstFrame([against])) / baseline)
    }
    console.log(
      `node printing at once (pty)       ${median(baselines).toFixed(1)} ms (median of ${baselines.length}, in a 120×40 pty)`,
    )
    console.log(
      `bilateral (TUI) to first frame    ${median(frames).toFixed(1)} ms (median of ${frames.length}): ${median(ratios).toFixed(2)}× the baseline (median of paired ratios)`,
    )
    if (against) {
      console.log(
        `  against ${against}: ${median(againstRatios).toFixed(2)}× the baseline (same pairs)`,
      )
    }
  } catch (error) {
    console.log(`bilateral (TUI) to first frame    failed: ${error.message}`)
    process.exitCode = 1
  }
} else {
  console.log("bilateral (TUI) to first frame    skipped: `script` (util-linux) is not installed")
}
