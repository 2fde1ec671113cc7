// Runs the built `bilateral` as a child process, the way a user or a script would.
import { spawnSync } from "node:child_process"
import { join } from "node:path"

export const CLI = join(__dirname, "..", "..", "dist", "bilateral.js")
export const FIXTURES = join(__dirname, "..", "fixtures")
export const MINI = join(FIXTURES, "mini")
export const BROKEN = join(FIXTURES, "broken")
export const FIXTURE_SOURCES = join(FIXTURES, "sources")
export const REPO = join(__dirname, "..", "..", "..", "..")
export const SHARED_SOURCES = join(REPO, "..", "shared", "sources")

export interface CliResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export const runCli = (
  args: ReadonlyArray<string>,
  options: {
    env?: Record<string, string | undefined>
    nodeArgs?: ReadonlyArray<string>
    cwd?: string
    /** The file to run instead of the launcher (e.g. the full build, dist/full.mjs). */
    entry?: string
  } = {},
): CliResult => {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: "1", COLUMNS: "100" }
  delete env.BILATERAL_DATA
  delete env.BILATERAL_SOURCES
  delete env.FORCE_COLOR
  const result = spawnSync(
    process.execPath,
    [...(options.nodeArgs ?? []), options.entry ?? CLI, ...args],
    {
      encoding: "utf8",
      env: { ...env, ...options.env },
      cwd: options.cwd ?? REPO,
      stdio: ["ignore", "pipe", "pipe"],
    },
  )
  return { code: result.status, stdout: result.stdout, stderr: result.stderr }
}

/** Runs and parses JSON output, failing with stderr when the command failed. */
// biome-ignore lint/suspicious/noExplicitAny: tests read parsed JSON whose shape they assert
export const runJson = <T = any>(
  args: ReadonlyArray<string>,
  options?: Parameters<typeof runCli>[1],
): T => {
  const result = runCli([...args, "--json"], options)
  if (result.code !== 0)
    throw new Error(`bilateral ${args.join(" ")} exited ${result.code}: ${result.stderr}`)
  return JSON.parse(result.stdout) as T
}
