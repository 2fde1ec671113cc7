// Tests of the static server (scripts/serve.mjs) on a small site written here, so they need no
// build: `node --test scripts/` (npm test runs them).
import assert from "node:assert/strict"
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { request } from "node:http"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, it } from "node:test"
import { gunzipSync } from "node:zlib"
import { contentSecurityPolicy, requestPath, serveSite } from "./serve.mjs"

const PAGE = `<!doctype html><html><head><script src="/_next/static/a.js"></script></head><body><p style="width:50%">Trang</p><script>self.x=1</script><script>self.y=2</script></body></html>${" ".repeat(600)}`

let dir
let server
let port

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "bilateral-serve-test-"))
  mkdirSync(join(dir, "vi", "countries", "kz"), { recursive: true })
  mkdirSync(join(dir, "_next", "static", "chunks"), { recursive: true })
  mkdirSync(join(dir, "downloads"), { recursive: true })
  writeFileSync(join(dir, "index.html"), PAGE)
  writeFileSync(join(dir, "404.html"), "<!doctype html><p>Không tìm thấy</p>")
  writeFileSync(join(dir, "vi", "index.html"), PAGE)
  writeFileSync(join(dir, "vi", "countries", "kz", "index.html"), PAGE)
  writeFileSync(join(dir, "_next", "static", "chunks", "a1b2.js"), "console.log(1)")
  writeFileSync(join(dir, "downloads", "bilateral.csv"), "a,b\n1,2\n")
  writeFileSync(join(dir, ".secret"), "hidden")
  const outside = mkdtempSync(join(tmpdir(), "bilateral-serve-outside-"))
  writeFileSync(join(outside, "passwd"), "root")
  symlinkSync(join(outside, "passwd"), join(dir, "link.txt"))
  server = await serveSite(dir, 0, "127.0.0.1")
  port = server.address().port
})

after(() => {
  server?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** One raw request: the path is sent exactly as given (no client-side normalising). */
const get = (path, { method = "GET", headers = {} } = {}) =>
  new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      )
    })
    req.on("error", reject)
    req.end()
  })

describe("what the server serves", () => {
  it("serves a page at its trailing-slash address and redirects the address without it", async () => {
    assert.equal((await get("/vi/")).status, 200)
    const moved = await get("/vi/countries/kz?x=1")
    assert.equal(moved.status, 308)
    assert.equal(moved.headers.location, "/vi/countries/kz/?x=1")
  })

  it("answers an unknown path with the site's 404 page", async () => {
    const res = await get("/vi/nowhere/")
    assert.equal(res.status, 404)
    assert.match(res.body.toString(), /Không tìm thấy/)
  })

  it("lists no directory", async () => {
    for (const path of ["/_next/", "/_next/static/", "/downloads/", "/_next", "/downloads"]) {
      const res = await get(path)
      assert.equal(res.status, 404, path)
      assert.doesNotMatch(res.body.toString(), /a1b2|bilateral\.csv/, path)
    }
  })

  it("serves neither dotfiles nor symlinks", async () => {
    assert.equal((await get("/.secret")).status, 404)
    assert.equal((await get("/link.txt")).status, 404)
  })
})

describe("hostile requests", () => {
  it("refuses malformed and hostile paths with 400", async () => {
    for (const path of [
      "/vi/%00",
      "/vi/%E0%A4%A",
      "/vi/%0d%0aSet-Cookie:x",
      "/../etc/passwd",
      "/vi/..%2f..%2fetc",
      "/a\\b",
    ]) {
      assert.equal((await get(path)).status, 400, path)
    }
  })

  it("answers a path segment longer than a file name can be with 404, not an error", async () => {
    assert.equal((await get(`/vi/${"a".repeat(300)}/`)).status, 404)
  })

  it("answers only GET and HEAD", async () => {
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH"]) {
      const res = await get("/vi/", { method })
      assert.equal(res.status, 405, method)
      assert.equal(res.headers.allow, "GET, HEAD")
    }
    const head = await get("/vi/", { method: "HEAD" })
    assert.equal(head.status, 200)
    assert.equal(head.body.length, 0)
  })

  it("parses paths strictly", () => {
    assert.deepEqual(requestPath("/vi/?q=1"), { path: "/vi/" })
    assert.deepEqual(requestPath("/a%20b/"), { path: "/a b/" })
    assert.equal(requestPath("vi/").status, 400)
    assert.equal(requestPath(`/${"a".repeat(5000)}`).status, 414)
  })
})

describe("headers", () => {
  it("sends nosniff, a referrer policy and a CSP that forbids framing on every page", async () => {
    for (const path of ["/vi/", "/vi/nowhere/"]) {
      const res = await get(path)
      assert.equal(res.headers["x-content-type-options"], "nosniff")
      assert.equal(res.headers["referrer-policy"], "strict-origin-when-cross-origin")
      assert.match(res.headers["content-security-policy"], /frame-ancestors 'none'/)
    }
  })

  it("allows a page's own inline scripts by hash and no other inline script", () => {
    const csp = contentSecurityPolicy(PAGE)
    const hashes = csp.match(/'sha256-[^']+'/g) ?? []
    assert.equal(hashes.length, 2)
    assert.doesNotMatch(csp, /script-src[^;]*'unsafe-inline'/)
  })

  it("caches hashed assets for a year and makes pages revalidate", async () => {
    const asset = await get("/_next/static/chunks/a1b2.js")
    assert.equal(asset.headers["cache-control"], "public, max-age=31536000, immutable")
    const page = await get("/vi/")
    assert.match(page.headers["cache-control"], /max-age=0/)
  })

  it("answers a matching If-None-Match with 304", async () => {
    const first = await get("/vi/")
    const again = await get("/vi/", { headers: { "if-none-match": first.headers.etag } })
    assert.equal(again.status, 304)
  })

  it("compresses text for a client that accepts gzip, the same bytes once unpacked", async () => {
    const plain = await get("/vi/")
    const packed = await get("/vi/", { headers: { "accept-encoding": "gzip, br" } })
    assert.equal(packed.headers["content-encoding"], "gzip")
    assert.deepEqual(gunzipSync(packed.body), plain.body)
    // The prepared responses of the fast path are the same as the first ones.
    const repeat = await get("/vi/", { headers: { "accept-encoding": "gzip" } })
    assert.deepEqual(gunzipSync(repeat.body), plain.body)
    assert.equal((await get("/vi/")).headers["content-encoding"], undefined)
  })
})
