// `npm run bench`: validate + load of generated datasets of 1×, 10×, 100× and 1000× the shipped
// one (bench/generate-dataset.mjs), each in a child process (bench/load-once.mjs).
//
// The child is bundled first with esbuild from the workspace's sources, as apps/cli bundles
// `bilateral`: loading the unbundled dist (hundreds of Effect modules) costs about a second per
// process, which no user pays and which would hide the load's own growth. Each child reports the
// time it spent importing its code apart from the load, and the CPU time of the load (a busy,
// shared machine stretches wall times far more than CPU times).
//
// Per size it prints the wall time of the whole process, its ratio to `node -e 0` run just
// before it (same-run ratios, so that figures from a loaded machine can be compared), the import
// and in-process load times, the load's CPU time and the child's peak RSS. Then the exponent k of
// time ∝ size^k, fitted (least squares on logarithms) over the sizes from 10× up, for the
// in-process load time, its CPU time and the process's wall time.
//
// BENCH_SIZES="1,10,100" picks other sizes; BENCH_RUNS (default 3) the runs per size (one at
// 1000× and above), of which the one with the lowest ratio to `node -e 0` counts.
// BENCH_UNBUNDLED=1 runs bench/load-once.mjs on dist/ instead of the bundle.
import { execFileSync } from "node:child_process"
import { mkdtemp, rm } from "node:fs/promises"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { generateDataset } from "./generate-dataset.mjs"

const here = dirname(fileURLToPath(import.meta.url))
const packages = join(here, "..", "..")
const sizes = (process.env.BENCH_SIZES ?? "1,10,100,1000").split(",").map(Number)
const runs = Number(process.env.BENCH_RUNS ?? 3)

const timeChild = (args) => {
  const start = performance.now()
  const out = execFileSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 20 })
  return { ms: performance.now() - start, out }
}

/** Bundles bench/load-once.mjs with the workspace's packages from their sources, like apps/cli. */
const bundle = async (outdir) => {
  const esbuild = createRequire(import.meta.url)("esbuild")
  const workspace = /^@bilateral\/(data|domain)(?:\/([\w-]+))?$/
  await esbuild.build({
    entryPoints: { "load-once": join(here, "load-once.mjs") },
    outdir,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minifySyntax: true,
    banner: {
      js: 'import { createRequire as __benchCreateRequire } from "node:module"; const require = __benchCreateRequire(import.meta.url);',
    },
    plugins: [
      {
        name: "workspace-sources",
        setup(build) {
          build.onResolve({ filter: /^\.\.\/dist\/index\.js$/ }, () => ({
            path: join(packages, "data", "src", "index.ts"),
            sideEffects: false,
          }))
          build.onResolve({ filter: workspace }, (args) => {
            const [, name, subpath] = workspace.exec(args.path)
            return {
              path: join(packages, name, "src", `${subpath ?? "index"}.ts`),
              sideEffects: false,
            }
          })
        },
      },
    ],
    logLevel: "warning",
  })
  return join(outdir, "load-once.js")
}

/** The exponent k of y ∝ x^k, fitted by least squares on logarithms. */
const exponent = (points) => {
  const xs = points.map(([x]) => Math.log(x))
  const ys = points.map(([, y]) => Math.log(y))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i] - mx) * (ys[i] - my)
    den += (xs[i] - mx) ** 2
  }
  return num / den
}

const root = await mkdtemp(join(tmpdir(), "bilateral-bench-"))
const rows = []
try {
  const script =
    process.env.BENCH_UNBUNDLED === "1"
      ? join(here, "load-once.mjs")
      : await bundle(join(root, "bundle"))
  console.log(`child: ${process.env.BENCH_UNBUNDLED === "1" ? "dist (unbundled)" : "bundled"}`)
  console.log(
    "  size  relations    wall ms  × node -e 0  import ms  load ms  load CPU ms  peak RSS",
  )
  for (const size of sizes) {
    const dir = join(root, `${size}x`)
    const { relations } = await generateDataset(size, dir)
    let best
    for (let i = 0; i < (size >= 1000 ? 1 : runs); i++) {
      const baseline = timeChild(["-e", "0"]).ms
      const run = timeChild([script, dir])
      const ratio = run.ms / baseline
      if (best === undefined || ratio < best.ratio) best = { ...run, ratio, baseline }
    }
    const child = JSON.parse(best.out)
    const row = { size, relations, ms: best.ms, ratio: best.ratio, ...child }
    rows.push(row)
    console.log(
      [
        `${size}×`.padStart(6),
        String(relations).padStart(10),
        best.ms.toFixed(0).padStart(10),
        `${best.ratio.toFixed(1)} (${best.baseline.toFixed(0)} ms)`.padStart(12),
        String(child.importMs).padStart(10),
        String(child.loadMs).padStart(8),
        String(child.loadCpuMs).padStart(12),
        `${(child.maxRssKb / 1024).toFixed(0)} MB`.padStart(9),
      ].join(" "),
    )
    await rm(dir, { recursive: true, force: true })
  }
  const fitted = rows.filter((r) => r.size >= 10)
  if (fitted.length >= 2) {
    const over = `${fitted[0].size}× to ${fitted.at(-1).size}×`
    const k = (f) => exponent(fitted.map((r) => [r.size, f(r)])).toFixed(3)
    console.log(
      `k (time ∝ size^k, ${over}): load ${k((r) => r.loadMs)}, load CPU ${k((r) => r.loadCpuMs)}, process wall ${k((r) => r.ms)}`,
    )
  }
} finally {
  await rm(root, { recursive: true, force: true })
}
