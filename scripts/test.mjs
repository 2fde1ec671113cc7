// `npm test`: installs what is missing, then runs every check (typecheck, lint, unit, property, e2e).
import { execSync } from "node:child_process"
import { existsSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstall } from "./ensure-install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const run = (command, env = {}) =>
  execSync(command, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", ...env },
  })

const ensureSystemPackages = () => {
  const missing = []
  if (!existsSync("/usr/bin/chromium")) missing.push("chromium")
  if (!existsSync("/usr/bin/tmux")) missing.push("tmux")
  if (missing.length === 0) return
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0
  const sudo = isRoot ? "" : "sudo "
  console.log(`[bilateral] installing Debian packages for the e2e tests: ${missing.join(", ")}`)
  run(`${sudo}apt-get update -qq`)
  run(`${sudo}apt-get install -y -qq ${missing.join(" ")}`, { DEBIAN_FRONTEND: "noninteractive" })
}

try {
  ensureInstall()
  ensureSystemPackages()
  // Two tasks at a time: the machine has two cores, and vitest workers starved by a crowd of
  // parallel tasks time out on their own RPC.
  run(
    "npx turbo run build typecheck lint test --continue --concurrency=2 --output-logs=errors-only",
  )
  run("node --test scripts/serve.test.mjs")
  run("npx turbo run e2e --output-logs=full --concurrency=1", {
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1",
  })
  console.log("[bilateral] every check passed")
} catch (error) {
  console.error(
    `[bilateral] npm test failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`,
  )
  process.exit(1)
}
