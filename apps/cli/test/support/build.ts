// Vitest global setup: builds what the tests in test/ run as a child process, so a test run needs
// no build first. The packages the bundle is made from are built through turbo (an up-to-date
// package is a cache hit), then dist/ from the current sources of the CLI.
import { execFileSync } from "node:child_process"
import { createRequire } from "node:module"
import { join } from "node:path"

const cli = join(__dirname, "..", "..")
const repo = join(cli, "..", "..")

export default function setup() {
  const turbo = createRequire(join(repo, "package.json")).resolve("turbo/bin/turbo")
  execFileSync(
    process.execPath,
    [turbo, "run", "build", "--filter=@bilateral/cli^...", "--output-logs=errors-only"],
    { cwd: repo, stdio: "inherit", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
  )
  execFileSync(process.execPath, [join(cli, "scripts", "build.mjs")], { stdio: "inherit" })
}
