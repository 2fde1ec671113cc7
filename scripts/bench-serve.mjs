// Bench of `npm start`'s server (scripts/serve.mjs) against nginx on the same apps/web/out, in one
// run: requests per second at 200 connections on `/` and on a relation page, measured by wrk in
// paired rounds (AB, BA, …) so that the machine's drift falls on both servers. Prints the median
// rates, the median of the rounds' ratios (and the lowest), the errors (non-2xx/3xx, socket
// errors, timeouts), the load average, and each server's process count and RSS (all processes).
// nginx and wrk are Debian packages; when either is missing the bench says so and skips.
import { execFileSync, spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { loadavg, tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const site = join(root, "apps", "web", "out")
const which = (name) =>
  ["/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin"]
    .map((d) => join(d, name))
    .find((p) => existsSync(p))

const nginx = which("nginx")
const wrk = which("wrk")
if (!existsSync(join(site, "index.html"))) {
  console.log("serve bench: apps/web/out is not built; run `npm run build` first. Skipped.")
  process.exit(0)
}
if (wrk === undefined || nginx === undefined) {
  console.log(
    `serve bench: skipped, ${[wrk ? "" : "wrk", nginx ? "" : "nginx"].filter(Boolean).join(" and ")} not installed (apt-get install wrk nginx-light)`,
  )
  process.exit(0)
}

const relation = readdirSync(join(site, "vi", "countries"), { withFileTypes: true }).find((e) =>
  e.isDirectory(),
)?.name
const paths = ["/", ...(relation ? [`/vi/countries/${relation}/`] : [])]
const OURS = 3461
const THEIRS = 3462
const work = mkdtempSync(join(tmpdir(), "bilateral-serve-bench-"))
writeFileSync(
  join(work, "nginx.conf"),
  `worker_processes auto;
pid ${work}/nginx.pid;
error_log ${work}/error.log;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  sendfile on;
  server {
    listen 127.0.0.1:${THEIRS};
    root ${site};
    location / { try_files $uri $uri/index.html =404; }
  }
}
`,
)

const ours = spawn(process.execPath, [join(root, "scripts", "serve.mjs"), site, String(OURS)], {
  stdio: "ignore",
})
const theirs = spawn(nginx, ["-c", join(work, "nginx.conf")], { stdio: "ignore" })
const stop = () => {
  ours.kill()
  theirs.kill()
  rmSync(work, { recursive: true, force: true })
}
process.on("exit", stop)

/** Waits until both servers answer (the workers of ours start in parallel). */
const answers = (port) =>
  fetch(`http://127.0.0.1:${port}/`).then(
    (res) => res.ok,
    () => false,
  )
for (let waited = 0; !((await answers(OURS)) && (await answers(THEIRS))); waited += 100) {
  if (waited > 15_000) {
    console.log("serve bench: a server did not start within 15 s. Skipped.")
    process.exit(1)
  }
  await new Promise((r) => setTimeout(r, 100))
}

/** A process and its children (Linux /proc): the processes serving, and their summed RSS in MB. */
const processTree = (pid) => {
  const children = (p) => {
    try {
      return readFileSync(`/proc/${p}/task/${p}/children`, "utf8").split(" ").filter(Boolean)
    } catch {
      return []
    }
  }
  const rss = (p) => {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1]
      return Number(kb ?? 0) / 1024
    } catch {
      return 0
    }
  }
  const all = [String(pid), ...children(pid)]
  return { workers: all.length - 1, rss: all.reduce((n, p) => n + rss(p), 0) }
}
const describeTree = (name, pid) => {
  const tree = processTree(pid)
  return `${name}: ${tree.workers} worker${tree.workers === 1 ? "" : "s"} + primary, RSS ${tree.rss.toFixed(0)} MB`
}

const ROUNDS = 7
const SECONDS = 2
const rate = (port, path, seconds = SECONDS) => {
  const out = execFileSync(
    wrk,
    ["-t2", "-c200", `-d${seconds}s`, "--latency", `http://127.0.0.1:${port}${path}`],
    { encoding: "utf8" },
  )
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? Number.NaN)
  // Errors: responses other than 2xx/3xx, and failed or timed-out (> 2 s) requests.
  const status = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0)
  const socket = (/Socket errors: (.*)/.exec(out)?.[1] ?? "")
    .split(",")
    .reduce((n, part) => n + Number(/\d+/.exec(part)?.[0] ?? 0), 0)
  return { rps, errors: status + socket }
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(" ")
console.log(
  `serve bench: requests/s at 200 connections (wrk, 2 threads), ${ROUNDS} paired ${SECONDS} s rounds after a 1 s warm-up, npm start vs nginx: median rates and median of the paired ratios; load average ${load()}`,
)
for (const path of paths) {
  const a = []
  const b = []
  rate(OURS, path, 1)
  rate(THEIRS, path, 1)
  // Paired rounds, in the order AB, BA, AB…: a drift of the machine's load falls on both sides.
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) {
      a.push(rate(OURS, path))
      b.push(rate(THEIRS, path))
    } else {
      b.push(rate(THEIRS, path))
      a.push(rate(OURS, path))
    }
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]
  const ra = median(a.map((x) => x.rps))
  const rb = median(b.map((x) => x.rps))
  const ratio = median(a.map((x, i) => x.rps / (b[i]?.rps ?? Number.NaN)))
  const errors = (xs) => xs.reduce((n, x) => n + x.errors, 0)
  console.log(
    `  ${path.padEnd(24)} npm start ${ra.toFixed(0).padStart(7)}/s   nginx ${rb.toFixed(0).padStart(7)}/s   ratio ${ratio.toFixed(2)}× (min ${Math.min(...a.map((x, i) => x.rps / (b[i]?.rps ?? Number.NaN))).toFixed(2)}×)   errors ${errors(a)} (nginx ${errors(b)})`,
  )
}
console.log(`  ${describeTree("npm start", ours.pid)}; ${describeTree("nginx", theirs.pid)}`)
console.log(`  load average at the end ${load()}`)
stop()
