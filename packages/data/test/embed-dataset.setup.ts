import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"

/** Regenerates the embedded dataset before the tests run. */
export const setup = (): void => {
  const script = fileURLToPath(new URL("../scripts/embed-dataset.mjs", import.meta.url))
  execFileSync(process.execPath, [script], { stdio: "ignore" })
}
