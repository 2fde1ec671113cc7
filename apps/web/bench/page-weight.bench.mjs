// `npm run bench` (apps/web): first-load JavaScript per page (gzipped) and total page weight,
// read from the static export in apps/web/out. Build first (`npx next build`).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, relative } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "out")
if (!existsSync(join(out, "vi", "index.html"))) {
  console.error(`[bench] ${out} has no site: run \`npx next build\` in apps/web first`)
  process.exit(1)
}

const gz = new Map()
const gzipped = (path) => {
  if (!gz.has(path)) gz.set(path, gzipSync(readFileSync(path), { level: 9 }).length)
  return gz.get(path)
}

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

const files = walk(out)
const pages = files
  .filter((f) => f.endsWith("index.html") || f.endsWith("404.html"))
  .filter((f) => !f.includes("_not-found") && !f.endsWith(`404${"/"}index.html`))
  .sort()

/**
 * Assets a page loads before it is interactive: its scripts (preloads included) and stylesheets.
 * `noModule` scripts (polyfills for old browsers) are not loaded by modern ones and not counted.
 */
const assetsOf = (html) => {
  const refs = new Set()
  for (const m of html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)) {
    if (!/noModule/i.test(`${m[1]} ${m[3]}`)) refs.add(m[2])
  }
  for (const m of html.matchAll(/<link[^>]*rel="preload"[^>]*as="script"[^>]*href="([^"]+)"/g))
    refs.add(m[1])
  for (const m of html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)) refs.add(m[1])
  return [...refs].map((ref) => join(out, ref.split("?")[0]))
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`

/**
 * The page's inline RSC payload (the `self.__next_f.push` scripts that hydrate it): every element,
 * attribute and text of the page is written there once more, so it is the first place to look
 * when a page's HTML grows. Reported gzipped on its own.
 */
const INLINE_RSC = /<script>self\.__next_f\.push\(.*?\)<\/script>/gs
const inlineRsc = (html) =>
  gzipSync(Buffer.from((html.match(INLINE_RSC) ?? []).join("")), { level: 9 }).length
const rows = pages.map((page) => {
  const html = readFileSync(page, "utf8")
  const assets = assetsOf(html).filter((f) => existsSync(f))
  const js = assets.filter((f) => f.endsWith(".js")).reduce((n, f) => n + gzipped(f), 0)
  const css = assets.filter((f) => f.endsWith(".css")).reduce((n, f) => n + gzipped(f), 0)
  const doc = gzipped(page)
  return {
    page: `/${relative(out, page).replace(/index\.html$/, "")}`,
    doc,
    rsc: inlineRsc(html),
    js,
    css,
    total: doc + js + css,
  }
})

const pad = (text, width) => String(text).padEnd(width)
const padL = (text, width) => String(text).padStart(width)
console.log("Bilateral web: page weight (gzipped, level 9) from apps/web/out\n")
console.log(
  `${pad("page", 44)}${padL("HTML", 10)}${padL("(inline RSC)", 14)}${padL("first-load JS", 15)}${padL("CSS", 10)}${padL("total", 11)}`,
)
for (const r of rows) {
  console.log(
    `${pad(r.page, 44)}${padL(kb(r.doc), 10)}${padL(kb(r.rsc), 14)}${padL(kb(r.js), 15)}${padL(kb(r.css), 10)}${padL(kb(r.total), 11)}`,
  )
}
const sum = (key) => rows.reduce((n, r) => n + r[key], 0)
const max = (key) => rows.reduce((m, r) => (r[key] > m[key] ? r : m))
const allJs = files.filter((f) => f.endsWith(".js"))
console.log("")
console.log(`pages: ${rows.length}`)
console.log(
  `first-load JS: median ${kb(rows.map((r) => r.js).sort((a, b) => a - b)[Math.floor(rows.length / 2)])}, largest ${kb(max("js").js)} (${max("js").page})`,
)
console.log(
  `page weight: average ${kb(sum("total") / rows.length)}, heaviest ${kb(max("total").total)} (${max("total").page})`,
)
console.log(
  `all JavaScript in the site: ${allJs.length} files, ${kb(allJs.reduce((n, f) => n + gzipped(f), 0))} gzipped`,
)
console.log(
  `whole export on disk: ${kb(files.reduce((n, f) => n + statSync(f).size, 0))} (uncompressed)`,
)
