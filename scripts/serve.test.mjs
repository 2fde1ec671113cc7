// Tests of the static server (scripts/serve.mjs) on a small site written here, so they need no
// build: `node --test scripts/` (npm test runs them).
import assert from "node:assert/strict"
import { spawn } from "node:child_process"
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { Agent, request } from "node:http"
import { createServer } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { after, before, describe, it } from "node:test"
import { fileURLToPath } from "node:url"
import { gunzipSync } from "node:zlib"
import { contentSecurityPolicy, requestPath, serveSite, serveSiteWorkers } from "./serve.mjs"

const SERVE = fileURLToPath(new URL("./serve.mjs", import.meta.url))

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

after(async () => {
  server?.close()
  // The worker tests' after hooks run first (inner suites), so the site is still there for them.
  await wait(0)
  rmSync(dir, { recursive: true, force: true })
})

/** One raw request: the path is sent exactly as given (no client-side normalising). */
const get = (path, { method = "GET", headers = {}, at = port, agent } = {}) =>
  new Promise((resolve, reject) => {
    const options = { host: "127.0.0.1", port: at, path, method, headers, agent }
    const req = request(options, (res) => {
      const localPort = res.socket.localPort
      const chunks = []
      res.on("data", (c) => chunks.push(c))
      res.on("end", () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks),
          localPort,
        }),
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

  it("answers a file deleted after the server started with 404, and keeps serving", async () => {
    const gone = join(dir, "downloads", "gone.csv")
    writeFileSync(gone, "x\n")
    const late = await serveSite(dir, 0, "127.0.0.1")
    try {
      rmSync(gone)
      const at = late.address().port
      assert.equal((await get("/downloads/gone.csv", { at })).status, 404)
      assert.equal((await get("/vi/", { at })).status, 200)
    } finally {
      late.close()
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

/** The pid among `pids` holding the server side of the client connection from `clientPort`. */
const holderOf = (serverPort, clientPort, pids) => {
  const hex = (n) => n.toString(16).toUpperCase().padStart(4, "0")
  const line = readFileSync("/proc/net/tcp", "utf8")
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .find((f) => f[1]?.endsWith(`:${hex(serverPort)}`) && f[2]?.endsWith(`:${hex(clientPort)}`))
  const socket = `socket:[${line?.[9]}]`
  return pids.find((pid) =>
    readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === socket
      } catch {
        return false
      }
    }),
  )
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}
const wait = (ms) => new Promise((r) => setTimeout(r, ms))
/** Polls `check` every 50 ms until it holds or `ms` have passed; returns its last value. */
const until = async (check, ms = 10_000) => {
  for (let waited = 0; waited < ms; waited += 50) {
    const value = await check()
    if (value) return value
    await wait(50)
  }
  return check()
}
/** A port free right now (another process may take it later; good enough for a test). */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port: free } = probe.address()
      probe.close(() => resolve(free))
    })
  })

describe("worker processes", () => {
  let site

  before(async () => {
    site = await serveSiteWorkers(dir, 0, { host: "127.0.0.1", workers: 2 })
  })

  after(() => site?.close())

  it("serves from every worker, each connection from one of them", async () => {
    const pids = site.pids
    assert.equal(new Set(pids).size, 2)
    const holders = new Set()
    // The kernel hands each new connection to one of the workers: a few suffice to meet both.
    for (let i = 0; i < 30 && holders.size < pids.length; i++) {
      const agent = new Agent({ keepAlive: true })
      const res = await get("/vi/", { at: site.port, agent })
      assert.equal(res.status, 200)
      holders.add(holderOf(site.port, res.localPort, pids))
      agent.destroy()
    }
    assert.deepEqual([...holders].sort(), [...pids].sort())
  })

  it("keeps every rule in the workers: 404 page, 308, 405 and the CSP", async () => {
    assert.match((await get("/vi/nowhere/", { at: site.port })).body.toString(), /Không tìm thấy/)
    assert.equal((await get("/vi/countries/kz", { at: site.port })).status, 308)
    assert.equal((await get("/vi/", { at: site.port, method: "POST" })).status, 405)
    const page = await get("/vi/", { at: site.port })
    assert.match(page.headers["content-security-policy"], /'sha256-/)
  })

  it("replaces a worker that dies", async () => {
    const [victim] = site.pids
    process.kill(victim, "SIGKILL")
    const replaced = await until(
      () => site.pids.length === 2 && !site.pids.includes(victim) && site.pids.every(alive),
    )
    assert.ok(replaced, `workers now ${site.pids}`)
    assert.equal((await get("/vi/", { at: site.port })).status, 200)
  })

  it("stops every worker on close", async () => {
    const other = await serveSiteWorkers(dir, 0, { host: "127.0.0.1", workers: 2 })
    const pids = other.pids
    await other.close()
    assert.deepEqual(pids.filter(alive), [])
  })
})

/** `node scripts/serve.mjs DIR PORT` in a process group of its own, as a terminal would run it. */
const runCli = (args, started) => {
  const child = spawn(process.execPath, [SERVE, ...args], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  })
  started.push(child.pid)
  let stderr = ""
  child.stderr.on("data", (c) => {
    stderr += c
  })
  const exited = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal, stderr })),
  )
  return { child, exited }
}
/** Whether any process of the group `pgid` is left. */
const groupAlive = (pgid) => alive(-pgid)
const childrenOf = (pid) =>
  readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number)

describe("the command line server", () => {
  // A failed test leaves nothing running: every group started here is killed at the end.
  const started = []
  after(() => {
    for (const pgid of started) if (groupAlive(pgid)) process.kill(-pgid, "SIGKILL")
  })

  for (const [how, signal, target] of [
    ["Ctrl-C (SIGINT to the whole group)", "SIGINT", (pid) => -pid],
    ["SIGTERM to the primary", "SIGTERM", (pid) => pid],
  ]) {
    it(`stops cleanly on ${how}, leaving no worker`, async () => {
      const at = await freePort()
      const { child, exited } = runCli([dir, String(at)], started)
      const up = await until(() =>
        get("/vi/", { at }).then(
          (r) => r.status === 200,
          () => false,
        ),
      )
      assert.ok(up, "the server answered")
      const workers = childrenOf(child.pid)
      assert.ok(workers.length >= 1, "it runs worker processes")
      process.kill(target(child.pid), signal)
      const { code } = await exited
      assert.equal(code, 0)
      assert.ok(await until(() => !groupAlive(child.pid), 5_000), "no worker is left")
    })
  }

  it("leaves no worker when the primary is killed outright", async () => {
    const at = await freePort()
    const { child, exited } = runCli([dir, String(at)], started)
    await until(() =>
      get("/vi/", { at }).then(
        (r) => r.status === 200,
        () => false,
      ),
    )
    process.kill(child.pid, "SIGKILL")
    await exited
    assert.ok(await until(() => !groupAlive(child.pid), 5_000), "no worker is left")
  })

  it("reports a port in use in one line and exits 1", async () => {
    const taken = createServer()
    await new Promise((r) => taken.listen(0, "0.0.0.0", r))
    const at = taken.address().port
    try {
      const { child, exited } = runCli([dir, String(at)], started)
      const { code, stderr } = await exited
      assert.equal(code, 1)
      assert.equal(stderr, `[bilateral] cannot listen on port ${at}: EADDRINUSE\n`)
      assert.ok(await until(() => !groupAlive(child.pid), 5_000), "no worker is left")
    } finally {
      taken.close()
    }
  })

  it("listens on the port it is given", async () => {
    const at = await freePort()
    const { child, exited } = runCli([dir, String(at)], started)
    const up = await until(() =>
      get("/", { at }).then(
        (r) => r.status === 200,
        () => false,
      ),
    )
    process.kill(child.pid, "SIGTERM")
    await exited
    assert.ok(up)
  })
})
