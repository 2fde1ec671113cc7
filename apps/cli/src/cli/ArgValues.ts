/**
 * The values options take that need more than a look: a day (`--as-of`), a year (`--from`,
 * `--to`) and an event kind (`--kind`). Each reader returns the value or throws an ArgumentError
 * saying what is accepted.
 */
import type { DayDate, EventKind } from "@bilateral/domain"
import { EVENT_KINDS } from "@bilateral/domain/format"
import { ArgumentError, quoted } from "./Errors"

/** An event kind as typed on the command line: the domain's tag in kebab-case (`phone-call`). */
export const kindName = (kind: EventKind): string =>
  kind.replace(/[A-Z]/g, (c, at: number) => `${at > 0 ? "-" : ""}${c.toLowerCase()}`)

/** Event kinds as typed on the command line, and the tags they stand for: the domain's EVENT_KINDS. */
export const KIND_NAMES: ReadonlyArray<readonly [string, EventKind]> = EVENT_KINDS.map(
  (kind) => [kindName(kind), kind] as const,
)

/** Reads an event kind: kebab-case (`phone-call`) or the tag (`PhoneCall`), any case. */
export const parseKind = (text: string): EventKind | undefined => {
  const wanted = text.trim().toLowerCase()
  for (const [kebab, tag] of KIND_NAMES) {
    if (wanted === kebab || wanted === tag.toLowerCase()) return tag
  }
  return undefined
}

const daysIn = (y: number, m: number): number => {
  const date = new Date(Date.UTC(2000, m, 0))
  date.setUTCFullYear(y, m, 0)
  return date.getUTCDate()
}

/** The years a day given on the command line (`--as-of`) may fall in, inclusive. */
export const DAY_YEARS = { min: 1000, max: 9999 } as const

/** Reads a calendar day written YYYY-MM-DD in the years of DAY_YEARS, or says why it is not one. */
export const parseDay = (text: string, option: string): DayDate => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  const expected = `${option} expects a day as YYYY-MM-DD from ${DAY_YEARS.min}-01-01 to ${DAY_YEARS.max}-12-31, such as 2025-05-05`
  const got = `got ${quoted(text)}`
  if (!m) throw new ArgumentError(`${expected}; ${got}`)
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < DAY_YEARS.min) {
    throw new ArgumentError(`${expected}; ${got}: year ${m[1]} is before ${DAY_YEARS.min}`)
  }
  if (mo < 1 || mo > 12)
    throw new ArgumentError(`${expected}; ${got}: month ${m[2]} does not exist`)
  if (d < 1 || d > daysIn(y, mo)) {
    throw new ArgumentError(`${expected}; ${got}: ${m[1]}-${m[2]} has ${daysIn(y, mo)} days`)
  }
  return { _tag: "Day", year: y, month: mo, day: d }
}

/** Reads a year written YYYY, or says that it expects one. */
export const parseYear = (text: string, option: string): number => {
  if (!/^\d{4}$/.test(text)) {
    throw new ArgumentError(`${option} expects a year as YYYY, such as 2023; got ${quoted(text)}`)
  }
  return Number(text)
}
