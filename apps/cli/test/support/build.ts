// Vitest global setup: builds dist/ from the current sources once before the tests that run the
// built `bilateral` as a child process.
import { execFileSync } from "node:child_process"
import { join } from "node:path"

export default function setup() {
  execFileSync(process.execPath, [join(__dirname, "..", "..", "scripts", "build.mjs")], {
    stdio: "inherit",
  })
}
