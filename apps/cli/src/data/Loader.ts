/**
 * The part of loading that needs @bilateral/data's loader (YAML parsing, decoding with the domain's
 * schemas, cross-checks) and Effect's runtime to run it. LoadIndex.ts imports this module on demand,
 * so the commands that read the build's snapshot start without any of it. This is where the CLI
 * runs @bilateral/data's effects, and where the dataset's tagged `DatasetError` becomes the CLI's
 * `InvalidDataset` (printed by cli/Errors.ts).
 */
import {
  type DatasetError,
  type DirectoryOptions,
  formatProblem,
  loadDirectory,
  loadEmbedded,
  snapshotOf,
  type ValidationReport,
  validateDirectory,
} from "@bilateral/data"
import { type BilateralIndex, indexSnapshot } from "@bilateral/data/snapshot"
import { Effect, Either } from "effect"
import { InvalidDataset, shorten } from "../cli/Errors"

const invalidDataset = (error: DatasetError, dir?: string): InvalidDataset => {
  const [first] = error.problems
  return new InvalidDataset({
    where: dir === undefined ? "embedded in @bilateral/data" : `in ${shorten(dir)}`,
    first: first === undefined ? "no problem was named" : formatProblem(first),
    count: error.problems.length,
    ...(dir === undefined ? {} : { dir: shorten(dir) }),
  })
}

/**
 * Runs a load of @bilateral/data (`loadEmbedded`, `loadDirectory(dir)`) and returns the index of
 * its snapshot, the same kind of index as the build's embedded snapshot gives, so that the
 * commands encode JSON one way whichever dataset they read.
 * @throws InvalidDataset naming the first problem and how many there are.
 */
export const runLoad = async (
  load: Effect.Effect<BilateralIndex, DatasetError>,
  dir?: string,
): Promise<BilateralIndex> => {
  const result = await Effect.runPromise(Effect.either(load))
  if (Either.isLeft(result)) throw invalidDataset(result.left, dir)
  return indexSnapshot(snapshotOf(result.right))
}

/**
 * Loads and checks the embedded dataset from its YAML (when running from source).
 * @throws InvalidDataset naming the first problem and how many there are.
 */
export const loadEmbeddedChecked = (): Promise<BilateralIndex> => runLoad(loadEmbedded)

/**
 * Loads and checks the dataset in `dir`.
 * @throws InvalidDataset naming the first problem and how many there are.
 */
export const loadDirectoryChecked = (dir: string): Promise<BilateralIndex> =>
  runLoad(loadDirectory(dir), dir)

/** Checks a dataset directory and reports every problem without failing, for `validate`. */
export const validateChecked = (
  dir: string,
  options: DirectoryOptions,
): Promise<ValidationReport> => Effect.runPromise(validateDirectory(dir, options))
