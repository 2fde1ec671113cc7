// Fuzzes validate + load: FUZZ_RUNS (default 500) mutated copies of the shipped dataset
// (bench/mutate-dataset.mjs: byte flips, truncations, type swaps, huge strings, deep nesting,
// alias bombs, duplicate keys and entries, control characters; on disk, a file swapped for a
// directory or a symbolic link) are each written to a directory and validated in a child process
// (bench/fuzz-once.mjs). Prints the crashes (a non-zero exit other than "invalid", or output on
// stderr), the runs over 15 s, the slowest run and the peak RSS of any child.
//
//   node bench/fuzz.bench.mjs            FUZZ_RUNS=100 FUZZ_SEED=7 node bench/fuzz.bench.mjs
import { spawnSync } from "node:child_process"
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join, relative, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { shippedDatasetDir } from "./generate-dataset.mjs"
import { mutateDataset, random } from "./mutate-dataset.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const runs = Number(process.env.FUZZ_RUNS ?? 500)
const seed0 = Number(process.env.FUZZ_SEED ?? 1)
const LIMIT_MS = 15_000

const walk = async (dir) => {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await walk(path)))
    else out.push(path)
  }
  return out
}
const shipped = await Promise.all(
  (await walk(shippedDatasetDir)).map(async (path) => ({
    path: relative(shippedDatasetDir, path).split(sep).join("/"),
    text: await readFile(path, "utf8"),
  })),
)

const root = mkdtempSync(join(tmpdir(), "bilateral-fuzz-"))
const crashes = []
const slow = []
let peakKb = 0
let slowest = 0
const outcomes = { valid: 0, invalid: 0 }
try {
  for (let i = 0; i < runs; i++) {
    const seed = seed0 + i
    const { files, mutations } = mutateDataset(shipped, seed)
    const dir = join(root, String(i))
    for (const f of files) {
      mkdirSync(dirname(join(dir, f.path)), { recursive: true })
      writeFileSync(join(dir, f.path), f.text)
    }
    // On disk only: one run in eight swaps a file for a directory or a symbolic link.
    const rnd = random(seed * 7919)
    if (rnd() < 0.125) {
      const victim = files[Math.floor(rnd() * files.length)].path
      rmSync(join(dir, victim))
      if (rnd() < 0.5) mkdirSync(join(dir, victim))
      else symlinkSync("/etc/hostname", join(dir, victim))
      mutations.push(`swapped ${victim}`)
    }
    const start = performance.now()
    const child = spawnSync(process.execPath, [join(here, "fuzz-once.mjs"), dir], {
      encoding: "utf8",
      timeout: LIMIT_MS * 2,
      maxBuffer: 64 << 20,
    })
    const ms = performance.now() - start
    slowest = Math.max(slowest, ms)
    const line = (child.stdout ?? "").trim().split("\n").at(-1) ?? ""
    let result
    try {
      result = JSON.parse(line)
    } catch {
      result = undefined
    }
    if (result !== undefined) {
      peakKb = Math.max(peakKb, result.maxRssKb)
      outcomes[result.valid ? "valid" : "invalid"]++
    }
    if (child.status !== 0 || result === undefined || (child.stderr ?? "") !== "")
      crashes.push({
        seed,
        mutations,
        status: child.status,
        signal: child.signal,
        stderr: (child.stderr ?? "").slice(0, 300),
      })
    if (ms > LIMIT_MS) slow.push({ seed, mutations, ms: Math.round(ms) })
    rmSync(dir, { recursive: true, force: true })
  }
} finally {
  rmSync(root, { recursive: true, force: true })
}
for (const c of crashes)
  console.log(
    `crash: seed ${c.seed} (${c.mutations.join("; ")}): exit ${c.status} ${c.signal ?? ""} ${c.stderr}`,
  )
for (const s of slow) console.log(`slow: seed ${s.seed} (${s.mutations.join("; ")}): ${s.ms} ms`)
console.log(
  `${runs} mutated datasets: ${crashes.length} crashes, ${slow.length} over ${LIMIT_MS / 1000} s, slowest ${(slowest / 1000).toFixed(1)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB (${outcomes.invalid} invalid, ${outcomes.valid} valid)`,
)
process.exitCode = crashes.length > 0 || slow.length > 0 ? 1 : 0
