/**
 * Where the tests find the article texts. They are not part of the product: they live next to
 * the repository in ../shared/sources (or where BILATERAL_SOURCES says). A fresh clone made with
 * `git clone /path/to/repo /tmp/x` finds them next to the repository it was cloned from.
 */
import { execFileSync } from "node:child_process"
import { existsSync } from "node:fs"
import { isAbsolute, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const repoRoot = resolve(fileURLToPath(new URL("../../..", import.meta.url)))

const originDir = (): string | undefined => {
  try {
    const url = execFileSync("git", ["config", "--get", "remote.origin.url"], {
      cwd: repoRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }).trim()
    const path = url.startsWith("file://") ? fileURLToPath(url) : url
    return isAbsolute(path) ? path : undefined
  } catch {
    return undefined
  }
}

const candidates = (): string[] => {
  const fromEnv = process.env.BILATERAL_SOURCES
  if (fromEnv !== undefined && fromEnv !== "") return [resolve(fromEnv)]
  const origin = originDir()
  return [
    resolve(repoRoot, "../shared/sources"),
    ...(origin === undefined ? [] : [resolve(origin, "../shared/sources")]),
  ]
}

/** The directory holding the article texts; throws a one-line reason when none is found. */
export const articleTextsDir = (): string => {
  const tried = candidates()
  const found = tried.find((dir) => existsSync(dir))
  if (found === undefined) {
    throw new Error(
      `the article texts were not found (tried ${tried.join(", ")}): set BILATERAL_SOURCES to their directory`,
    )
  }
  return found
}
