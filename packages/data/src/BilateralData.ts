/**
 * Loading the dataset: the embedded default dataset, or one read from a directory (`--data DIR`,
 * `BILATERAL_DATA`). Both give the same checked, indexed dataset.
 *
 * @since 0.1.0
 */
import { Effect, Either } from "effect"
import { type BilateralIndex, makeIndex } from "./BilateralIndex"
import type { DatasetFile } from "./DatasetFile"
import { capProblems, compareProblems, DatasetError, type DatasetProblem } from "./DatasetProblem"
import { readDatasetDirectory, readSourcesDirectory } from "./DirectoryFiles"
import { embeddedFiles } from "./generated/embedded"
import { type LoadOptions, loadFiles } from "./Loader"

/**
 * Loads and indexes a dataset from its files, or fails with every problem. Pure: use it for
 * files that are already in memory.
 * @since 0.1.0
 * @category loading
 */
export const indexFiles = (
  files: ReadonlyArray<DatasetFile>,
  options: LoadOptions = {},
): Either.Either<BilateralIndex, DatasetError> => {
  const report = loadFiles(files, options)
  return report.dataset === undefined
    ? Either.left(new DatasetError({ problems: report.problems }))
    : Either.right(makeIndex(report.dataset, report.about))
}

let embedded: Either.Either<BilateralIndex, DatasetError> | undefined
const loadEmbeddedEither = () => {
  embedded ??= indexFiles(embeddedFiles)
  return embedded
}

/**
 * The dataset that ships inside this package, loaded once and then shared.
 * @since 0.1.0
 * @category loading
 */
export const loadEmbedded: Effect.Effect<BilateralIndex, DatasetError> =
  Effect.suspend(loadEmbeddedEither)

/**
 * The embedded dataset, synchronously, for code that cannot run effects (a Next.js build).
 * Throws a `DatasetError` whose message lists every problem.
 * @since 0.1.0
 * @category loading
 */
export const loadEmbeddedSync = (): BilateralIndex => {
  const result = loadEmbeddedEither()
  if (Either.isLeft(result)) throw result.left
  return result.right
}

/** Options for a dataset read from a directory. `sourcesDir` enables quote checks. @since 0.1.0 @category models */
export interface DirectoryOptions {
  readonly sourcesDir?: string | undefined
}

/** What `validateDirectory` found: every problem, and counts of entries, files and quotes. @since 0.1.0 @category models */
export interface ValidationReport {
  problems: DatasetProblem[]
  counts: Record<string, number>
}

const loadDirectoryReport = (dir: string, options: DirectoryOptions) =>
  Effect.gen(function* () {
    const contents = yield* readDatasetDirectory(dir)
    const sources =
      options.sourcesDir === undefined ? undefined : yield* readSourcesDirectory(options.sourcesDir)
    const report = loadFiles(contents.files, { sources: sources?.files })
    const problems = capProblems(
      [...contents.problems, ...(sources?.problems ?? []), ...report.problems].sort(
        compareProblems,
      ),
    )
    return { ...report, problems, dataset: problems.length === 0 ? report.dataset : undefined }
  })

/**
 * Checks a dataset directory and reports every problem, without failing: for `bilateral
 * validate`. `counts` has entries per collection, `files`, `quotes` and `quotesVerified`.
 * @since 0.1.0
 * @category loading
 */
export const validateDirectory = (
  dir: string,
  options: DirectoryOptions = {},
): Effect.Effect<ValidationReport> =>
  Effect.map(loadDirectoryReport(dir, options), (report) => ({
    problems: [...report.problems],
    counts: { ...report.counts },
  }))

/**
 * Loads a dataset from a directory laid out like the embedded one, or fails with every problem.
 * @since 0.1.0
 * @category loading
 */
export const loadDirectory = (
  dir: string,
  options: DirectoryOptions = {},
): Effect.Effect<BilateralIndex, DatasetError> =>
  Effect.flatMap(loadDirectoryReport(dir, options), (report) =>
    report.dataset === undefined
      ? Effect.fail(new DatasetError({ problems: report.problems }))
      : Effect.succeed(makeIndex(report.dataset, report.about)),
  )
