/**
 * The edge of the CLI: parses the arguments, reads the clock and the terminal once, runs one
 * command and writes its output. Every error becomes one line on stderr and exit status 1.
 */
import type { DayDate } from "@bilateral/domain"
import { type Invocation, parseArgs } from "./cli/Args"
import { errorLine } from "./cli/Errors"
import { helpText, VERSION } from "./cli/Help"

/** What the CLI needs from the outside world; `process` in production, fakes in tests. */
export interface Io {
  readonly argv: ReadonlyArray<string>
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  readonly stderr: { write(text: string): unknown }
  readonly stdinIsTTY: boolean
  readonly now: () => Date
  /** Switches the terminal's raw mode (stdin a TTY); absent when there is no terminal. */
  readonly setRawMode?: (on: boolean) => void
}

/** Today as a calendar day, in local time. The only clock read of the CLI. */
export const todayOf = (now: Date): DayDate => ({
  _tag: "Day",
  year: now.getFullYear(),
  month: now.getMonth() + 1,
  day: now.getDate(),
})

/** Whether to use colour: a terminal, and NO_COLOR unset or empty (https://no-color.org). */
export const colorEnabled = (io: Pick<Io, "env" | "stdout">): boolean =>
  io.stdout.isTTY === true &&
  (io.env.NO_COLOR === undefined || io.env.NO_COLOR === "") &&
  io.env.TERM !== "dumb"

/** Default width of text output when it does not go to a terminal and COLUMNS is not set. */
export const DEFAULT_WIDTH = 100

/** The width text output fits: the terminal's, else COLUMNS, else 100 columns. */
export const textWidth = (io: Pick<Io, "env" | "stdout">): number => {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns
  const columns = Number.parseInt(io.env.COLUMNS ?? "", 10)
  return Number.isInteger(columns) && columns >= 20 ? columns : DEFAULT_WIDTH
}

/** Whether this invocation opens the interactive UI: no command, a terminal on both ends, no --json. */
export const isInteractive = (
  invocation: Invocation,
  io: Pick<Io, "stdinIsTTY" | "stdout">,
): boolean =>
  invocation._tag === "Run" &&
  invocation.command.name === "overview" &&
  !invocation.options.json &&
  io.stdinIsTTY &&
  io.stdout.isTTY === true

/** Runs the CLI once and returns its exit status. Never throws. */
export const run = async (io: Io): Promise<number> => {
  let raw = false
  try {
    const invocation = parseArgs(io.argv, io.env)
    // Raw mode at once for the UI: keys pressed while it loads wait for it instead of being
    // echoed (and Enter read as a newline).
    raw = isInteractive(invocation, io)
    if (raw) io.setRawMode?.(true)
    // Help and version need neither the dataset nor Effect: answer them from this small chunk.
    const output =
      invocation._tag === "Help"
        ? { stdout: helpText(invocation.topic), exitCode: 0 }
        : invocation._tag === "Version"
          ? { stdout: `${VERSION}\n`, exitCode: 0 }
          : await (await import("./Dispatch")).dispatch(invocation, io)
    if (output.stdout.length > 0) io.stdout.write(output.stdout)
    return output.exitCode
  } catch (error) {
    io.stderr.write(`${errorLine(error)}\n`)
    return 1
  } finally {
    if (raw) io.setRawMode?.(false)
  }
}
