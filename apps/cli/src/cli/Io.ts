/**
 * What the CLI needs from the outside world, and what it reads from it once per run: today's date,
 * whether to use colour, the width of text output, whether to open the interactive UI. Main.ts
 * and Dispatch.ts both import it; neither imports the other's module statically.
 */
import type { DayDate } from "@bilateral/domain"
import type { Invocation } from "./Args"

/** A writable stream as the CLI uses it: `callback` gets the write's error, if any. */
export interface OutputStream {
  write(text: string, callback?: (error?: Error | null) => void): unknown
  isTTY?: boolean
  columns?: number
}

/** What the CLI needs from the outside world; `process` in production, fakes in tests. */
export interface Io {
  readonly argv: ReadonlyArray<string>
  readonly env: Readonly<Record<string, string | undefined>>
  readonly stdout: OutputStream
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
