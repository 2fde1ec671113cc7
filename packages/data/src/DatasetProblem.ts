/**
 * Problems found while loading a dataset, and the error that carries them. Every problem names a
 * file, a line and a column, and says in plain words what is wrong and what was expected.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * One problem in a dataset. `file` is relative to the dataset's root (`relations/vn-kz/events.yaml`);
 * `line` and `column` count from 1. A problem about a whole directory, which has no lines, has
 * `line` and `column` 0.
 * @since 0.1.0
 * @category schemas
 */
export const DatasetProblem = Schema.Struct({
  file: Schema.String,
  line: Schema.Number,
  column: Schema.Number,
  message: Schema.String,
})
/** @since 0.1.0 @category models */
export type DatasetProblem = typeof DatasetProblem.Type

/**
 * Prints a problem as one line: `file:line:col: message` (`file: message` when it has no line).
 * Use it wherever problems are shown to people.
 * @example
 * formatProblem({ file: "people.yaml", line: 3, column: 9, message: "..." }) // "people.yaml:3:9: ..."
 * @since 0.1.0
 * @category printers
 */
export const formatProblem = (problem: DatasetProblem): string =>
  problem.line > 0
    ? `${problem.file}:${problem.line}:${problem.column}: ${problem.message}`
    : `${problem.file}: ${problem.message}`

/**
 * Orders problems by file, then line, then column, so that a report reads top to bottom.
 * @since 0.1.0
 * @category helpers
 */
export const compareProblems = (a: DatasetProblem, b: DatasetProblem): number =>
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.line - b.line || a.column - b.column

/**
 * A dataset that cannot be loaded, with every problem found in it. Its message lists the
 * problems, one per line, already formatted.
 * @example
 * Effect.catchTag(loadDirectory("data"), "DatasetError", (e) => Console.error(e.message))
 * @since 0.1.0
 * @category errors
 */
export class DatasetError extends Schema.TaggedError<DatasetError>()("DatasetError", {
  problems: Schema.Array(DatasetProblem),
}) {
  override get message(): string {
    return this.problems.map(formatProblem).join("\n")
  }
}
