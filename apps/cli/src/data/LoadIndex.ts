/**
 * Loads the dataset the CLI works on: the embedded one, or the directory from --data /
 * BILATERAL_DATA. An invalid dataset becomes one line naming its first problem.
 */
import { statSync } from "node:fs"
import {
  type BilateralIndex,
  formatProblem,
  loadDirectory,
  loadEmbeddedSync,
  makeIndex,
} from "@bilateral/data"
import type { Dataset } from "@bilateral/domain"
import { Effect, Either } from "effect"
import { UserError } from "../cli/Errors"

interface ProblemCarrier {
  readonly problems: ReadonlyArray<{ file: string; line: number; column: number; message: string }>
}

const hasProblems = (error: unknown): error is ProblemCarrier =>
  typeof error === "object" &&
  error !== null &&
  Array.isArray((error as { problems?: unknown }).problems)

/** One line for an invalid dataset: how many problems, the first, and how to see them all. */
export const invalidDatasetLine = (where: string, error: unknown, dir?: string): string => {
  if (!hasProblems(error) || error.problems.length === 0) {
    return `the dataset ${where} could not be loaded: ${error instanceof Error ? error.message : String(error)}`
  }
  const [first] = error.problems
  const n = error.problems.length
  const more =
    n > 1 ? ` (and ${n - 1} more; run "bilateral validate${dir ? ` ${dir}` : ""}" for all)` : ""
  return `the dataset ${where} is not valid: ${first ? formatProblem(first) : ""}${more}`
}

/**
 * The embedded dataset as loaded by `loadEmbeddedSync()` at build time, as JSON text: the build
 * (scripts/build.mjs) defines it, so the built CLI starts without parsing and checking the YAML
 * again (about 400 ms). Absent when running from source (tests), which then load as usual.
 */
declare const __BILATERAL_EMBEDDED_DATASET__: string | undefined

/** The embedded index from the build's snapshot, when there is one. */
export const snapshotIndex = (): BilateralIndex | undefined =>
  typeof __BILATERAL_EMBEDDED_DATASET__ === "string"
    ? makeIndex(JSON.parse(__BILATERAL_EMBEDDED_DATASET__) as Dataset)
    : undefined

/**
 * Loads the index.
 * @throws UserError when the directory is missing or the dataset is invalid.
 */
export const loadIndex = async (dir?: string): Promise<BilateralIndex> => {
  if (dir === undefined) {
    try {
      return snapshotIndex() ?? loadEmbeddedSync()
    } catch (error) {
      throw new UserError(invalidDatasetLine("embedded in @bilateral/data", error))
    }
  }
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch {
    throw new UserError(`--data ${dir} does not exist: expected a dataset directory`)
  }
  if (!isDir) throw new UserError(`--data ${dir} is not a directory: expected a dataset directory`)
  const result = await Effect.runPromise(Effect.either(loadDirectory(dir)))
  if (Either.isLeft(result)) throw new UserError(invalidDatasetLine(`in ${dir}`, result.left, dir))
  return result.right
}
