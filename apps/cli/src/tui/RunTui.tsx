/**
 * Starts the interactive terminal UI. Loaded only through a dynamic import, so that Ink and React
 * stay out of the scriptable commands.
 *
 * The UI draws on the terminal's alternate screen and leaves it on exit (q, Ctrl-C, SIGTERM,
 * SIGHUP, or a crash), so the shell's screen and scrollback come back as they were.
 */
// First, so that Ink's layout engine loads without `fetch` (see WithoutFetch.ts).
import "./WithoutFetch"
import type { BilateralIndex } from "@bilateral/data/snapshot"
import type { DayDate } from "@bilateral/domain"
import { render } from "ink"
import type { Lang } from "../cli/Args"
import { App } from "./App"
import { restoreFetch } from "./WithoutFetch"

restoreFetch()

export interface TuiOptions {
  readonly lang: Lang
  readonly today: DayDate
  readonly color: boolean
}

const ENTER_ALTERNATE_SCREEN = "\u001b[?1049h\u001b[H"
const LEAVE_ALTERNATE_SCREEN = "\u001b[?1049l"
const SHOW_CURSOR = "\u001b[?25h"

/**
 * Holds Node's warnings (which its default listener prints to stderr, over the UI) while the UI
 * runs; the returned function puts the listeners back and hands them what was held, so each
 * warning is printed once the terminal's own screen is back.
 */
const holdWarnings = (): (() => void) => {
  const printers = process.listeners("warning")
  const held: Error[] = []
  const hold = (warning: Error) => {
    held.push(warning)
  }
  process.removeAllListeners("warning")
  process.on("warning", hold)
  return () => {
    process.off("warning", hold)
    for (const printer of printers) process.on("warning", printer)
    for (const warning of held) for (const printer of printers) printer(warning)
  }
}

/** Runs the UI until the user quits. */
export const runTui = async (index: BilateralIndex, options: TuiOptions): Promise<void> => {
  const stdout = process.stdout
  const releaseWarnings = holdWarnings()
  let restored = false
  const restore = () => {
    if (restored) return
    restored = true
    stdout.write(LEAVE_ALTERNATE_SCREEN + SHOW_CURSOR)
    releaseWarnings()
  }
  stdout.write(ENTER_ALTERNATE_SCREEN)
  process.once("exit", restore)
  const app = render(
    <App index={index} lang={options.lang} today={options.today} color={options.color} />,
    {
      exitOnCtrlC: true,
      patchConsole: false,
    },
  )
  const stop = () => app.unmount()
  process.once("SIGTERM", stop)
  process.once("SIGHUP", stop)
  try {
    await app.waitUntilExit()
  } finally {
    process.off("SIGTERM", stop)
    process.off("SIGHUP", stop)
    restore()
    process.off("exit", restore)
  }
}
