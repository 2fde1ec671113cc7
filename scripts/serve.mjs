// The static server of `npm start`: serves the exported site (apps/web/out) from memory, from one
// worker process per core (node:cluster; nginx's `worker_processes auto` runs as many).
//
// Why not a maintained static server: those measured read each file from disk on every request.
// Ratios to nginx under scripts/bench-serve.mjs's conditions (wrk, 200 connections; `/` 8.8 kB,
// relation page 132 kB then 92 kB; 2026-11-30, two runs each at load average 6–15 on 2 cores):
// - fastify 5 + @fastify/static 10: `/` 0.12–0.30×, relation page 0.11×; 2 workers 0.14–0.26×, 0.16–0.18×
// - polka + sirv 3 (dev: false, its stat cache): 0.17–0.20×, 0.34–0.43×; 2 workers 0.19–0.26×, 0.40–0.47×
// - serve-handler 6 (what `npx serve` runs): 0.10–0.13×, 0.22–0.23×
// - this server, on node:http and node:cluster (Node's own), 2 workers: 0.92–1.08×, 0.72–0.81×
// A worker's time on the relation page: about 60% in the kernel's writev copying the body into
// the socket (nginx's sendfile copies nothing), about 40% Node's http stack; the handler itself
// is a Map lookup of a prebuilt header array and body. The rules a static host needs are all
// here, each tested in scripts/serve.test.mjs:
// - only GET and HEAD (405 with Allow otherwise); malformed or hostile paths get 400, unknown
//   ones the site's 404 page; no directory is ever listed; dotfiles and symlinks are not served;
// - `/a` redirects to `/a/` when `/a/index.html` exists (the export uses trailing slashes);
// - ETag and If-None-Match; hashed assets under /_next/static/ are cached for a year, pages revalidate;
// - gzip when the client accepts it, compressed once per file;
// - nosniff, a referrer policy, frame-ancestors and a Content-Security-Policy whose script-src
//   lists the hashes of each page's inline scripts, so the pages run and nothing injected does.
import cluster from "node:cluster"
import { createHash } from "node:crypto"
import { lstatSync, readdirSync, readFileSync } from "node:fs"
import { createServer } from "node:http"
import { availableParallelism } from "node:os"
import { extname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".ico": "image/x-icon",
  ".webp": "image/webp",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".xml": "application/xml; charset=utf-8",
  ".webmanifest": "application/manifest+json",
}
const COMPRESSIBLE = new Set([
  ".html",
  ".txt",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".csv",
  ".svg",
  ".xml",
])

/** Longest path segment a file system names (bytes); longer ones cannot exist. */
const MAX_SEGMENT = 255
/** Longest request path accepted at all. */
const MAX_PATH = 2048

const BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
}

/** The CSP of a page: its inline scripts by hash, everything else from the site itself. */
export const contentSecurityPolicy = (html) => {
  const hashes = new Set()
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
    const body = match[1] ?? ""
    if (body.length > 0)
      hashes.add(`'sha256-${createHash("sha256").update(body).digest("base64")}'`)
  }
  return [
    "default-src 'self'",
    `script-src 'self'${[...hashes].map((h) => ` ${h}`).join("")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ")
}

/** Every regular file under `dir`, by its URL path. Symlinks and dotfiles are left out. */
const listFiles = (dir) => {
  const files = new Map()
  const walk = (abs, url) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      if (entry.name.startsWith(".")) continue
      const path = join(abs, entry.name)
      const at = `${url}/${entry.name}`
      if (entry.isDirectory()) walk(path, at)
      else if (entry.isFile()) files.set(at, path)
    }
  }
  walk(dir, "")
  return files
}

/** The decoded path of a request, or a status for a path that is malformed or hostile. */
export const requestPath = (rawUrl) => {
  const url = rawUrl ?? "/"
  if (url.length > MAX_PATH) return { status: 414 }
  const q = url.search(/[?#]/)
  const raw = q === -1 ? url : url.slice(0, q)
  if (!raw.startsWith("/")) return { status: 400 }
  let path
  try {
    path = decodeURIComponent(raw)
  } catch {
    return { status: 400 }
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[\u0000-\u001f\u007f\\]/.test(path)) return { status: 400 }
  const segments = path.split("/")
  if (segments.some((s) => s === ".." || s === ".")) return { status: 400 }
  if (segments.some((s) => Buffer.byteLength(s) > MAX_SEGMENT)) return { status: 404 }
  return { path }
}

/**
 * A request handler serving the site in `dir`. Files are read once, on first use, and kept.
 * @param {string} dir
 */
export const siteHandler = (dir) => {
  const files = listFiles(dir)
  const cache = new Map()
  const entry = (url) => {
    const known = cache.get(url)
    if (known !== undefined) return known
    const abs = files.get(url)
    if (abs === undefined) return undefined
    let body
    try {
      // A file gone since the listing (a rebuild of out/ under a running server) is not found.
      if (!lstatSync(abs).isFile()) return undefined
      body = readFileSync(abs)
    } catch {
      return undefined
    }
    const ext = extname(url).toLowerCase()
    const headers = {
      ...BASE_HEADERS,
      "content-type": TYPES[ext] ?? "application/octet-stream",
      etag: `"${createHash("sha1").update(body).digest("base64url")}"`,
      "cache-control": url.startsWith("/_next/static/")
        ? "public, max-age=31536000, immutable"
        : "public, max-age=0, must-revalidate",
    }
    if (ext === ".html")
      headers["content-security-policy"] = contentSecurityPolicy(body.toString("utf8"))
    const made = {
      body,
      headers,
      compressible: COMPRESSIBLE.has(ext) && body.length > 512,
      gzip: undefined,
    }
    cache.set(url, made)
    return made
  }
  const notFound = () => entry("/404.html")

  const gzipped = (file) => {
    if (file.gzip === undefined) file.gzip = gzipSync(file.body)
    return file.gzip
  }

  const send = (req, res, status, file) => {
    const acceptsGzip = file.compressible && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")
    const body = acceptsGzip ? gzipped(file) : file.body
    const headers = { ...file.headers, "content-length": body.length }
    if (file.compressible) headers.vary = "Accept-Encoding"
    if (acceptsGzip) headers["content-encoding"] = "gzip"
    if (status === 200 && req.headers["if-none-match"] === file.headers.etag) {
      res.writeHead(304, {
        etag: file.headers.etag,
        "cache-control": file.headers["cache-control"],
      })
      res.end()
      return
    }
    res.writeHead(status, headers)
    res.end(req.method === "HEAD" ? undefined : body)
  }

  const plain = (res, status, text, extra = {}) => {
    res.writeHead(status, {
      ...BASE_HEADERS,
      "content-type": "text/plain; charset=utf-8",
      ...extra,
    })
    res.end(`${text}\n`)
  }

  // Responses by raw URL, ready to write: most requests are repeats of a few URLs.
  const ready = new Map()
  const prepared = (file, gzip) => {
    const body = gzip ? gzipped(file) : file.body
    const headers = { ...file.headers, "content-length": body.length }
    if (file.compressible) headers.vary = "Accept-Encoding"
    if (gzip) headers["content-encoding"] = "gzip"
    return { body, headers: Object.entries(headers).flat() }
  }

  return (req, res) => {
    if (req.method === "GET" && req.headers["if-none-match"] === undefined) {
      const hit = ready.get(req.url)
      if (hit !== undefined) {
        const gzip = hit.file.compressible && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")
        const variant = gzip ? "gzip" : "plain"
        if (hit[variant] === undefined) hit[variant] = prepared(hit.file, gzip)
        const response = hit[variant]
        res.writeHead(200, response.headers)
        res.end(response.body)
        return
      }
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      plain(res, 405, "Method Not Allowed", { allow: "GET, HEAD" })
      return
    }
    const parsed = requestPath(req.url)
    if (parsed.status === 400) return plain(res, 400, "Bad Request")
    if (parsed.status === 414) return plain(res, 414, "URI Too Long")
    const path = parsed.path
    const page =
      path !== undefined && (path.endsWith("/") ? entry(`${path}index.html`) : entry(path))
    if (page) {
      if (ready.size < 10_000) ready.set(req.url, { file: page })
      return send(req, res, 200, page)
    }
    if (path !== undefined && !path.endsWith("/") && files.has(`${path}/index.html`)) {
      const q = req.url.indexOf("?")
      const location = `${req.url.slice(0, q === -1 ? undefined : q)}/${q === -1 ? "" : req.url.slice(q)}`
      res.writeHead(308, { ...BASE_HEADERS, location })
      res.end()
      return
    }
    const missing = notFound()
    if (missing) return send(req, res, 404, missing)
    plain(res, 404, "Not Found")
  }
}

/** Starts the server in this process; resolves once it listens. Tests and each worker use it. */
export const serveSite = (dir, port, host = "0.0.0.0") =>
  new Promise((resolve, reject) => {
    const server = createServer(siteHandler(dir))
    server.keepAliveTimeout = 5_000
    server.on("error", reject)
    server.listen(port, host, () => resolve(server))
  })

const SELF = fileURLToPath(import.meta.url)

/**
 * Serves the site from `workers` processes sharing one port (node:cluster), one per core by
 * default as nginx's `worker_processes auto`; this is what `npm start` runs. Resolves once every
 * worker listens with `{ port, pids, close }`; `close()` stops every worker and resolves when all
 * have exited. Rejects with the listen error's `code` (e.g. EADDRINUSE) after stopping the workers.
 * A worker that dies while serving is replaced. With `exitOnSignal`, SIGINT (Ctrl-C) and SIGTERM
 * stop the workers and exit 0, from the moment the first one is started. Call it from the primary
 * process only.
 * @param {string} dir
 * @param {number} port
 * @param {{ host?: string, workers?: number, exitOnSignal?: boolean }} [options]
 */
export const serveSiteWorkers = (
  dir,
  port,
  { host = "0.0.0.0", workers = availableParallelism(), exitOnSignal = false } = {},
) =>
  new Promise((resolve, reject) => {
    // The workers accept connections themselves (the kernel hands each to one of them). With
    // node's default round robin the primary hands them out one at a time, waiting for each
    // worker's answer: under load, new connections waited there for seconds (wrk timeouts).
    cluster.schedulingPolicy = cluster.SCHED_NONE
    const running = new Set()
    let started = false
    let failed = false
    let stopping
    let listening = 0
    const stop = () => {
      stopping ??= new Promise((done) => {
        const check = () => running.size === 0 && done()
        for (const worker of running) {
          worker.once("exit", check)
          worker.process.kill("SIGTERM")
        }
        check()
      })
      return stopping
    }
    const fail = (code) => {
      if (failed || started) return
      failed = true
      stop().then(() => reject(Object.assign(new Error(code), { code })))
    }
    const fork = () => {
      // The settings are global to the process and read at each fork: set this site's each time.
      cluster.setupPrimary({ exec: SELF, args: [dir, String(port), host] })
      const worker = cluster.fork()
      let served = false
      running.add(worker)
      worker.on("message", (message) => {
        if (message?.error !== undefined) return fail(String(message.error))
        if (message?.listening === undefined) return
        served = true
        listening += 1
        if (!started && listening === workers) {
          started = true
          const handle = {
            port: message.listening,
            get pids() {
              return [...running].map((w) => w.process.pid)
            },
            close: stop,
          }
          resolve(handle)
        }
      })
      worker.on("exit", (code, signal) => {
        running.delete(worker)
        if (stopping !== undefined) return
        if (!started) return fail(`a worker exited before listening (${signal ?? code})`)
        if (served) fork()
        else {
          console.error(
            `[bilateral] a replacement worker exited before listening (${signal ?? code})`,
          )
          if (running.size === 0) process.exitCode = 1
        }
      })
    }
    if (exitOnSignal) {
      const exit = () => stop().then(() => process.exit(0))
      process.on("SIGINT", exit)
      process.on("SIGTERM", exit)
    }
    for (let i = 0; i < workers; i++) fork()
  })

/** A cluster worker (forked by serveSiteWorkers): serves, then tells the primary its port. */
const runWorker = ([dir, portText, host]) => {
  // Ctrl-C reaches every process of the terminal's group: the primary stops the workers.
  process.on("SIGINT", () => {})
  serveSite(dir, Number(portText), host).then(
    (server) => process.send?.({ listening: server.address().port }),
    (error) => process.send?.({ error: error.code ?? error.message }, () => process.exit(1)),
  )
}

if (cluster.isWorker && process.argv[1] === SELF) runWorker(process.argv.slice(2))
else if (process.argv[1] === SELF) {
  const [dir, portText] = process.argv.slice(2)
  const port = Number.parseInt(portText ?? "", 10)
  if (dir === undefined || !Number.isInteger(port) || port <= 0 || port > 65535) {
    console.error("usage: node scripts/serve.mjs DIR PORT (a port from 1 to 65535)")
    process.exit(1)
  }
  try {
    if (!lstatSync(dir).isDirectory()) throw new Error("not a directory")
    readFileSync(join(dir, "index.html"))
  } catch {
    console.error(
      `[bilateral] ${dir}: expected a built site with an index.html; run the build first`,
    )
    process.exit(1)
  }
  serveSiteWorkers(dir, port, { exitOnSignal: true }).catch((error) => {
    console.error(`[bilateral] cannot listen on port ${port}: ${error.code ?? error.message}`)
    process.exit(1)
  })
}
