// `npm start`: installs, builds the static site if needed, serves it and prints the URL.
import { execSync, spawn } from "node:child_process"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { ensureInstall } from "./ensure-install.mjs"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const port = Number.parseInt(process.env.PORT ?? "3000", 10)
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`[bilateral] PORT must be a number from 1 to 65535, got "${process.env.PORT}"`)
  process.exit(1)
}

ensureInstall()
execSync("npx turbo run build --filter=@bilateral/web... --output-logs=errors-only", {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
})

const site = join(root, "apps", "web", "out")
const serve = join(root, "node_modules", "serve", "build", "main.js")
const child = spawn(
  process.execPath,
  [serve, site, "--listen", `tcp://0.0.0.0:${port}`, "--no-clipboard", "--no-port-switching"],
  {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
  },
)
console.log(`[bilateral] serving the web app at http://localhost:${port}/ (Ctrl-C to stop)`)
const stop = () => child.kill("SIGTERM")
process.on("SIGINT", stop)
process.on("SIGTERM", stop)
child.on("exit", (code) => process.exit(code ?? 0))
