/**
 * Errors shown to the person at the terminal: one line, no stack trace. Everything else that
 * escapes a command is reported as an internal error, still on one line.
 */

/** A problem the user can fix (bad argument, invalid dataset, unwritable path). */
export class UserError extends Error {
  override readonly name: string = "UserError"
}

/** The one line to print on stderr for any thrown value. */
export const errorLine = (error: unknown): string => {
  if (error instanceof Error && (error.name === "UserError" || error.name === "ArgumentError")) {
    return `bilateral: ${firstLine(error.message)}`
  }
  const text = error instanceof Error ? error.message : String(error)
  return `bilateral: internal error: ${firstLine(text)} (please report it)`
}

const firstLine = (text: string): string => text.split(/\r?\n/)[0]?.trim() ?? ""
