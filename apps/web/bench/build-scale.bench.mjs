// Web build at scale (apps/web): generates datasets of 10×, 30× and 100× the shipped one with
// packages/data/bench/generate-dataset.mjs, builds the site from each (BILATERAL_DATA) in a copy
// of the app at apps/web/bench/out/<n>x (WEB_BUILD_COPY, export in <n>x/out; apps/web/out and
// apps/web/.next are left alone), and prints per size the
// relations, pages and bytes written, the build time, and the gzipped HTML of the list pages
// (overview, timeline, sources). Then it checks that pages and bytes grow linearly with the
// relations, that the 100× build takes under 5 minutes and that each list page stays under
// 200 kB gzipped; it exits 1 when one of these fails.
//
//   node bench/build-scale.bench.mjs            10×, 30×, 100×
//   node bench/build-scale.bench.mjs 10 30      other sizes
import { spawnSync } from "node:child_process"
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const web = join(dirname(fileURLToPath(import.meta.url)), "..")
const root = join(web, "..", "..")
const { generateDataset } = await import(
  join(root, "packages", "data", "bench", "generate-dataset.mjs")
)

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0)
const SIZES = sizes.length > 0 ? sizes : [10, 30, 100]
const BUILD_LIMIT_S = 300
const LIST_LIMIT_KB = 200
const LIST_PAGES = ["vi/", "en/", "vi/timeline/", "en/timeline/", "vi/sources/", "en/sources/"]

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

const countRelations = (dir) => readdirSync(join(dir, "relations")).length
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

const work = mkdtempSync(join(tmpdir(), "bilateral-web-bench-"))
const results = []
try {
  for (const n of SIZES) {
    const dataDir = join(work, `${n}x`)
    await generateDataset(n, dataDir)
    const relations = countRelations(dataDir)
    const copyRel = join("bench", "out", `${n}x`)
    const out = join(web, copyRel, "out")
    process.stdout.write(`[bench] ${n}×: ${relations} relations, building… `)
    const started = performance.now()
    // Not a turbo task of its own: the bench's build is never cached, so it needs no content key.
    const { TURBO_HASH: _, ...env } = process.env
    const build = spawnSync(process.execPath, [join(web, "scripts", "build.mjs")], {
      cwd: web,
      env: { ...env, BILATERAL_DATA: dataDir, WEB_BUILD_COPY: copyRel },
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
    })
    const seconds = (performance.now() - started) / 1000
    if (build.status !== 0) {
      console.error(`failed\n${build.stderr}\n${build.stdout.slice(-4000)}`)
      process.exit(1)
    }
    console.log(`${seconds.toFixed(1)} s`)
    const files = walk(out)
    const pages = files.filter((f) => f.endsWith(".html")).length
    const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0)
    const lists = Object.fromEntries(
      LIST_PAGES.map((p) => [p, gzipSync(readFileSync(join(out, p, "index.html"))).length]),
    )
    results.push({ n, relations, seconds, pages, files: files.length, bytes, lists })
  }
} finally {
  rmSync(work, { recursive: true, force: true })
}

console.log("")
console.log(
  "size  relations  pages   files     written   build    HTML gzipped (vi): overview / timeline / sources",
)
for (const r of results) {
  console.log(
    `${`${r.n}×`.padEnd(6)}${String(r.relations).padStart(9)}${String(r.pages).padStart(7)}${String(r.files).padStart(8)}${mb(r.bytes).padStart(12)}${`${r.seconds.toFixed(0)} s`.padStart(8)}    ${kb(r.lists["vi/"])} / ${kb(r.lists["vi/timeline/"])} / ${kb(r.lists["vi/sources/"])}`,
  )
}

const failures = []
for (let i = 1; i < results.length; i++) {
  const [a, b] = [results[i - 1], results[i]]
  const growth = b.relations / a.relations
  for (const key of ["pages", "bytes"]) {
    // Linear: the output grows at most as fast as the relations, plus a 25% margin for the
    // pages every build writes whatever the data (about, 404, downloads).
    const ratio = b[key] / a[key]
    const ok = ratio <= growth * 1.25
    console.log(
      `${key} ${a.n}× → ${b.n}×: ×${ratio.toFixed(2)} for ×${growth.toFixed(2)} relations ${ok ? "(linear)" : "(FASTER THAN LINEAR)"}`,
    )
    if (!ok) failures.push(`${key} grow faster than the relations from ${a.n}× to ${b.n}×`)
  }
}
for (const r of results) {
  if (r.n >= 100 && r.seconds > BUILD_LIMIT_S)
    failures.push(`${r.n}× took ${r.seconds.toFixed(0)} s (limit ${BUILD_LIMIT_S} s)`)
  for (const [page, size] of Object.entries(r.lists)) {
    if (size > LIST_LIMIT_KB * 1024)
      failures.push(`${r.n}×: /${page} is ${kb(size)} gzipped (limit ${LIST_LIMIT_KB} kB)`)
  }
}
if (failures.length > 0) {
  for (const f of failures) console.error(`[bench] ${f}`)
  process.exit(1)
}
console.log("[bench] linear, within the time and page-size limits")
