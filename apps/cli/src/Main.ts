/**
 * The edge of the CLI: parses the arguments, reads the clock and the terminal once, runs one
 * command and writes its output. Every error becomes one line on stderr (`errorLine` in
 * cli/Errors.ts) and exit status 1.
 */
import { type Invocation, parseArgs } from "./cli/Args"
import { errorLine, systemReason, WriteError } from "./cli/Errors"
import { helpText, VERSION } from "./cli/Help"
import { type Io, isInteractive } from "./cli/Io"

export type { Io } from "./cli/Io"

/**
 * Writes the whole output and resolves once the stream took it, or rejects with a WriteError
 * (a full disk, an I/O error). A reader that went away (`| head`, EPIPE) is not an error: the
 * promise resolves with `false`, meaning nothing more should be written.
 */
const writeAll = (io: Io, text: string): Promise<boolean> =>
  new Promise((resolve, reject) => {
    try {
      io.stdout.write(text, (error) => {
        if (!error) resolve(true)
        else if ((error as NodeJS.ErrnoException).code === "EPIPE") resolve(false)
        else reject(new WriteError({ target: "stdout", reason: systemReason(error) }))
      })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EPIPE") resolve(false)
      else reject(new WriteError({ target: "stdout", reason: systemReason(error) }))
    }
  })

const answer = async (invocation: Invocation, io: Io) => {
  // Help and version need neither the dataset nor the commands: answer them from this chunk.
  if (invocation._tag === "Help") return { stdout: helpText(invocation.topic), exitCode: 0 }
  if (invocation._tag === "Version") return { stdout: `${VERSION}\n`, exitCode: 0 }
  const { dispatch } = await import("./Dispatch")
  return dispatch(invocation, io)
}

/** Runs the CLI once and returns its exit status. Never throws. */
export const run = async (io: Io): Promise<number> => {
  let raw = false
  try {
    const invocation = parseArgs(io.argv, io.env)
    // Raw mode at once for the UI: keys pressed while it loads wait for it instead of being
    // echoed (and Enter read as a newline).
    raw = isInteractive(invocation, io)
    if (raw) io.setRawMode?.(true)
    const output = await answer(invocation, io)
    if (output.stdout.length > 0) await writeAll(io, output.stdout)
    return output.exitCode
  } catch (error) {
    io.stderr.write(`${errorLine(error)}\n`)
    return 1
  } finally {
    if (raw) io.setRawMode?.(false)
  }
}
