/**
 * Problems found while loading a dataset, and the error that carries them. Every problem names a
 * file, a line and a column, and says in plain words what is wrong and what was expected.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { LIMITS } from "./DatasetFile"

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
 * Prints a problem as one line: `file:line:col: message` (`file: message` when it has no line, the
 * message alone when it has no file). Control characters are escaped. Use it wherever problems
 * are shown to people.
 * @example
 * formatProblem({ file: "people.yaml", line: 3, column: 9, message: "..." }) // "people.yaml:3:9: ..."
 * @since 0.1.0
 * @category printers
 */
export const formatProblem = (problem: DatasetProblem): string => {
  const message = escapeControls(problem.message)
  const file = escapeControls(problem.file)
  if (file === "") return message
  return problem.line > 0
    ? `${file}:${problem.line}:${problem.column}: ${message}`
    : `${file}: ${message}`
}

/**
 * The control characters no text of the dataset may hold, and no message may print: C0 (line
 * breaks and tabs included), DEL, C1, and the Unicode line and paragraph separators.
 * @since 0.1.0
 * @category constants
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: this pattern exists to find them
export const CONTROL_CHARACTER = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/u

/** Control characters written as `\u{1b}`, so that a message never acts on the terminal. */
const escapeControls = (text: string): string =>
  text.replace(
    new RegExp(CONTROL_CHARACTER.source, "gu"),
    (c) => `\\u{${(c.codePointAt(0) ?? 0).toString(16)}}`,
  )

/**
 * Keeps the first `max` problems of a sorted list and counts the rest in one last problem,
 * "... and N more problems", so that a report stays short whatever the dataset holds.
 * @example
 * capProblems(problems.sort(compareProblems))
 * @since 0.1.0
 * @category helpers
 */
export const capProblems = (
  problems: ReadonlyArray<DatasetProblem>,
  max: number = LIMITS.maxProblems,
): Array<DatasetProblem> => {
  if (problems.length <= max) return [...problems]
  const more = problems.length - max
  return [
    ...problems.slice(0, max),
    {
      file: "",
      line: 0,
      column: 0,
      message: `... and ${more} more problem${more === 1 ? "" : "s"} (only the first ${max} are listed)`,
    },
  ]
}

/**
 * Orders problems by file, then line, then column, so that a report reads top to bottom.
 * @since 0.1.0
 * @category helpers
 */
export const compareProblems = (a: DatasetProblem, b: DatasetProblem): number =>
  // A problem without a file (the count of problems left out) comes last.
  (a.file === "" ? 1 : 0) - (b.file === "" ? 1 : 0) ||
  (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
  a.line - b.line ||
  a.column - b.column

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
