// `npm start`: installs, builds the static site if needed, serves it and prints the URL.
import { execSync } from "node:child_process"
import { rmSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { datasetKey } from "../apps/web/scripts/dataset-key.mjs"
import { ensureInstall } from "./ensure-install.mjs"
import { serveSiteWorkers } from "./serve.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const port = Number.parseInt(process.env.PORT ?? "3000", 10)
if (!/^\d+$/.test(process.env.PORT ?? "3000") || port <= 0 || port > 65535) {
  console.error(`[bilateral] PORT must be a number from 1 to 65535, got "${process.env.PORT}"`)
  process.exit(1)
}

// With BILATERAL_DATA, the build's cache key includes the dataset's content (apps/web/turbo.json).
const dataKey = () => {
  const dir = process.env.BILATERAL_DATA
  if (dir === undefined || dir === "") return {}
  try {
    return { BILATERAL_DATA_KEY: datasetKey(resolve(root, dir)) }
  } catch {
    console.error(`[bilateral] BILATERAL_DATA: cannot read the dataset directory ${dir}`)
    process.exit(1)
  }
}

const site = join(root, "apps", "web", "out")

try {
  ensureInstall()
  // Turbo restores a cached build over what is there and deletes nothing: start from an empty
  // out/, so no page of a previously built dataset (another BILATERAL_DATA) is served.
  rmSync(site, { recursive: true, force: true })
  execSync("npx turbo run build --filter=@bilateral/web... --output-logs=errors-only", {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1", ...dataKey() },
  })
} catch {
  // The build has printed its own one-line problems above.
  console.error("[bilateral] npm start: the build failed; see the problems above")
  process.exit(1)
}

try {
  const server = await serveSiteWorkers(site, port, { exitOnSignal: true })
  const workers = `${server.pids.length} worker process${server.pids.length === 1 ? "" : "es"}`
  console.log(
    `[bilateral] serving the web app at http://localhost:${port}/ with ${workers} (Ctrl-C to stop)`,
  )
} catch (error) {
  const reason =
    error?.code === "EADDRINUSE" ? "the port is in use" : (error?.code ?? "unknown error")
  console.error(
    `[bilateral] npm start: cannot listen on port ${port}: ${reason} (set PORT to another)`,
  )
  process.exit(1)
}
