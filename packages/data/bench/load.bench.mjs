// `npm run bench`: validate + load of generated datasets of 1×, 10×, 100× and 1000× the shipped
// one (bench/generate-dataset.mjs), each in a child process (bench/load-once.mjs). Prints the wall
// time, its ratio to `node -e 0` measured in the same run (so that figures from a busy machine can
// be compared), the child's peak RSS, and the exponent k of time ∝ size^k fitted from 10× to the
// largest size. BENCH_SIZES="1,10,100" picks other sizes; BENCH_RUNS (default 3) the runs per size,
// of which the fastest counts.
import { execFileSync } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { generateDataset } from "./generate-dataset.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const sizes = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number)
const runs = Number(process.env.BENCH_RUNS ?? 3)

const timeChild = (args) => {
  const start = performance.now()
  const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 })
  return { ms: performance.now() - start, out }
}

const fastest = (n, f) => {
  let best
  for (let i = 0; i < n; i++) {
    const r = f()
    if (best === undefined || r.ms < best.ms) best = r
  }
  return best
}

const root = await mkdtemp(join(tmpdir(), "bilateral-bench-"))
const rows = []
try {
  const baseline = fastest(5, () => timeChild(["-e", "0"])).ms
  console.log(`node -e 0: ${baseline.toFixed(0)} ms`)
  for (const size of sizes) {
    const dir = join(root, `${size}x`)
    const { relations } = await generateDataset(size, dir)
    const best = fastest(size >= 1000 ? 1 : runs, () =>
      timeChild([join(here, "load-once.mjs"), dir]),
    )
    const child = JSON.parse(best.out)
    rows.push({ size, relations, ms: best.ms, rssMb: child.maxRssKb / 1024 })
    console.log(
      `${`${size}×`.padStart(6)}  ${String(relations).padStart(5)} relations  ${best.ms.toFixed(0).padStart(7)} ms  ${(best.ms / baseline).toFixed(1).padStart(6)}× node -e 0  peak RSS ${(child.maxRssKb / 1024).toFixed(0).padStart(5)} MB`,
    )
    await rm(dir, { recursive: true, force: true })
  }
  const from = rows.find((r) => r.size === 10)
  const to = rows.at(-1)
  if (from !== undefined && to !== undefined && to.size > from.size) {
    const k = Math.log(to.ms / from.ms) / Math.log(to.size / from.size)
    console.log(`k (time ∝ size^k, ${from.size}× to ${to.size}×): ${k.toFixed(3)}`)
  }
} finally {
  await rm(root, { recursive: true, force: true })
}
