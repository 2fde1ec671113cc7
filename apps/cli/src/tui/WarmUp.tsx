/**
 * The UI build's warm-up (TuiBuild.ts `warmUp`): draws the relation list, opens the first relation
 * and moves through its sections, into streams that stand in for a 120×40 terminal, then unmounts.
 * Only the build runs it, so that the code cache it writes holds the code of the first frames.
 */
import { PassThrough } from "node:stream"
import { render } from "ink"
import { todayOf } from "../cli/Io"
import { loadIndex } from "../data/LoadIndex"
import { App } from "./App"

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Draws the first frames of the UI on the embedded dataset into a stand-in terminal. */
export const drawFirstFrames = async (): Promise<void> => {
  const index = await loadIndex()
  // Not a TTY: else Ink hides the cursor, and restores it when the build's process exits.
  const stdout = Object.assign(new PassThrough(), { isTTY: false, columns: 120, rows: 40 })
  stdout.resume()
  const stdin = Object.assign(new PassThrough(), {
    isTTY: true,
    setRawMode: () => stdin,
    ref: () => stdin,
    unref: () => stdin,
  })
  const app = render(<App index={index} lang="vi" today={todayOf(new Date())} color={true} />, {
    stdout: stdout as unknown as NodeJS.WriteStream,
    stdin: stdin as unknown as NodeJS.ReadStream,
    exitOnCtrlC: false,
    patchConsole: false,
  })
  for (const key of ["", "j", "\r", "\t", "\t", "?", "\u001b"]) {
    if (key !== "") stdin.write(key)
    await pause(20)
  }
  app.unmount()
  await pause(0)
}
