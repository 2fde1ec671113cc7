/**
 * Loads the dataset the CLI works on: the embedded one (from the build's snapshot when there is
 * one), or the directory from --data / BILATERAL_DATA. Anything that needs the loader goes through
 * Loader.ts, imported on demand. Every index it returns is a snapshot's (`indexSnapshot`), so the
 * commands print JSON with the schema-free encoders of `@bilateral/data/snapshot`.
 */
import { statSync } from "node:fs"
import type { DirectoryOptions, ValidationReport } from "@bilateral/data"
import { type BilateralIndex, type DatasetSnapshot, indexSnapshot } from "@bilateral/data/snapshot"
import { shorten, UserError } from "../cli/Errors"

/**
 * The snapshot of the embedded dataset (`snapshotOf(loadEmbeddedSync())`) taken at build time, as
 * JSON text: the build (scripts/build.mjs) defines it, so the built CLI starts without the loader
 * (YAML parsing, decoding with the schemas, cross-checks) and prints JSON without the schemas.
 * Absent when running from source (tests), which then load the embedded YAML as usual.
 */
declare const __BILATERAL_EMBEDDED_SNAPSHOT__: string | undefined

/** Checks that `path` is a directory, or fails naming `what` it is and what was `expected`. */
export const requireDirectory = (path: string, what: string, expected = "a directory"): void => {
  let isDir = false
  try {
    isDir = statSync(path).isDirectory()
  } catch {
    throw new UserError(`${what} ${shorten(path)} does not exist: expected ${expected}`)
  }
  if (!isDir)
    throw new UserError(`${what} ${shorten(path)} is not a directory: expected ${expected}`)
}

/**
 * Loads the index: the embedded dataset when `dir` is undefined, else the dataset in `dir`.
 * @throws UserError when the directory is missing, InvalidDataset when the dataset has problems.
 */
export const loadIndex = async (dir?: string): Promise<BilateralIndex> => {
  if (dir === undefined) {
    // A constant in the built CLI: the bundler drops the branch it never takes.
    if (typeof __BILATERAL_EMBEDDED_SNAPSHOT__ === "string") {
      return indexSnapshot(JSON.parse(__BILATERAL_EMBEDDED_SNAPSHOT__) as DatasetSnapshot)
    }
    // From source (tests): load and check the embedded YAML. The built CLI never gets here.
    return (await import("./Loader")).loadEmbeddedChecked()
  }
  requireDirectory(dir, "--data", "a dataset directory")
  return (await import("./Loader")).loadDirectoryChecked(dir)
}

/** Checks a dataset directory and reports every problem, for `bilateral validate`. */
export const validateIndex = async (
  dir: string,
  options: DirectoryOptions,
): Promise<ValidationReport> => {
  return (await import("./Loader")).validateChecked(dir, options)
}
