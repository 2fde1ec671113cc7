/**
 * What every command receives besides its arguments, and what it gives back. Commands are pure
 * functions of the index and this context: the clock and the terminal are read once, in main.
 */
import type { DayDate } from "@bilateral/domain"
import type { Lang } from "../cli/Args"
import { wrap } from "../render/DisplayWidth"
import { plainText } from "../render/PlainText"

export interface Context {
  readonly lang: Lang
  readonly json: boolean
  /** Today, read from the clock in main (or given by --as-of). */
  readonly today: DayDate
  /** The width text output fits (the terminal's, else COLUMNS, else 100); tables wrap to it. */
  readonly width?: number
  /** Whether to emphasise headings with ANSI bold (a terminal, and NO_COLOR unset). */
  readonly color: boolean
}

export interface Output {
  readonly stdout: string
  readonly exitCode: 0 | 1
}

/** A successful output. */
export const ok = (stdout: string): Output => ({ stdout, exitCode: 0 })

/** Stable JSON: two-space indentation and a final newline. */
export const json = (value: unknown): Output => ok(`${JSON.stringify(value, null, 2)}\n`)

/** A heading made plain (`plainText`), bold when colour is on. */
export const heading = (ctx: Context, text: string): string =>
  ctx.color ? `\u001b[1m${plainText(text)}\u001b[22m` : plainText(text)

/** Joins blocks of lines with one blank line between them, ending with a newline. */
export const blocks = (
  ...parts: ReadonlyArray<ReadonlyArray<string> | string | false | undefined>
): string =>
  `${parts
    .filter((p): p is ReadonlyArray<string> | string => p !== false && p !== undefined)
    .map((p) => (typeof p === "string" ? p : p.join("\n")))
    .filter((p) => p.length > 0)
    .join("\n\n")}\n`

/** A bulleted list, each item made plain (`plainText`) and wrapped to the width with a hanging indent. */
export const bullets = (ctx: Context, items: ReadonlyArray<string>): string[] =>
  items.map(plainText).flatMap((item) => {
    const lines = ctx.width === undefined ? [item] : wrap(item, Math.max(10, ctx.width - 2))
    return lines.map((line, i) => `${i === 0 ? "•" : " "} ${line}`)
  })
