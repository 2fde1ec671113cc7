// Installs dependencies with `npm ci` when node_modules is missing or older than the lockfile.
// Uses only Node built-ins: it runs before anything is installed.
import { execSync } from "node:child_process"
import { createHash } from "node:crypto"
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const lockfile = join(root, "package-lock.json")
const stamp = join(root, "node_modules", ".bilateral-install-stamp")

const fingerprint = () => {
  const hash = createHash("sha256")
  hash.update(existsSync(lockfile) ? readFileSync(lockfile) : "no-lockfile")
  hash.update(process.version)
  return hash.digest("hex")
}

export const ensureInstall = () => {
  const wanted = fingerprint()
  const current = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : ""
  if (current === wanted) return
  const command = existsSync(lockfile)
    ? "npm ci --no-audit --no-fund"
    : "npm install --no-audit --no-fund"
  console.log(`[bilateral] node_modules is missing or stale: running ${command}`)
  execSync(command, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
  })
  writeFileSync(stamp, `${fingerprint()}\n`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) ensureInstall()
