/**
 * Reads `bilateral`'s command line into an invocation, or a one-line error saying what is
 * accepted. Pure: the environment is a parameter, nothing is printed.
 */
import type { DayDate, EventKind } from "@bilateral/domain"
import { EVENT_KINDS } from "@bilateral/domain/format"
import {
  COMMANDS,
  type CommandName,
  type CommandSpec,
  commandSpec,
  GLOBAL_OPTIONS,
  type OptionSpec,
  VALUE_OPTIONS,
} from "./CommandTable"
import { ArgumentError, quoted } from "./Errors"

export { ArgumentError } from "./Errors"

export type Lang = "vi" | "en"

export interface GlobalOptions {
  readonly json: boolean
  readonly lang: Lang
  /** The dataset directory from `--data` or BILATERAL_DATA; absent for the embedded dataset. */
  readonly data?: string
}

export type Command =
  | { readonly name: "overview" }
  | { readonly name: "countries" }
  | { readonly name: "show"; readonly code?: string }
  | { readonly name: "metrics"; readonly code?: string; readonly asOf?: DayDate }
  | {
      readonly name: "timeline"
      readonly country?: string
      readonly kind?: EventKind
      readonly from?: number
      readonly to?: number
    }
  | { readonly name: "compare"; readonly codes: ReadonlyArray<string>; readonly asOf?: DayDate }
  | { readonly name: "validate"; readonly dir?: string; readonly sources?: string }
  | {
      readonly name: "export"
      readonly format: "json" | "csv"
      readonly out?: string
      /** Replace an existing regular file at `out`. */
      readonly force?: boolean
    }
  | { readonly name: "new"; readonly what: "relation"; readonly id: string }
  | {
      readonly name: "extract"
      readonly file: string
      readonly published?: string
      readonly relation?: string
      readonly into?: string
      /** The article's language when --lang was given; else it is detected. */
      readonly language?: Lang
    }

export type Invocation =
  | { readonly _tag: "Run"; readonly command: Command; readonly options: GlobalOptions }
  | { readonly _tag: "Help"; readonly topic?: CommandName }
  | { readonly _tag: "Version" }

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

const parseYear = (text: string, option: string): number => {
  if (!/^\d{4}$/.test(text)) {
    throw new ArgumentError(`${option} expects a year as YYYY, such as 2023; got ${quoted(text)}`)
  }
  return Number(text)
}

const editDistance = (a: string, b: string): number => {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0] ?? 0
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const current = row[j] ?? 0
      row[j] = Math.min(
        (row[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        previous + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
      previous = current
    }
  }
  return row[b.length] ?? 0
}

/** The closest of `candidates` to `word`, when it is close enough to be a likely typo. */
export const suggest = (word: string, candidates: ReadonlyArray<string>): string | undefined => {
  let best: string | undefined
  let bestDistance = Number.POSITIVE_INFINITY
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase())
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined
}

const optionList = (options: ReadonlyArray<OptionSpec>) =>
  options.map((o) => `--${o.name}`).join(", ")

interface RawOption {
  readonly name: string
  readonly value?: string
  readonly token: string
}

/**
 * Splits tokens into the command name, positionals and options. `--x=v` and `--x v` both work;
 * `--` ends the options.
 */
const tokenize = (argv: ReadonlyArray<string>) => {
  const positionals: string[] = []
  const options: RawOption[] = []
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] ?? ""
    if (token === "--") {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (token.startsWith("--")) {
      const eq = token.indexOf("=")
      const name = eq >= 0 ? token.slice(2, eq) : token.slice(2)
      if (eq >= 0) {
        options.push({ name, value: token.slice(eq + 1), token })
      } else if (VALUE_OPTIONS.has(name)) {
        const value = argv[i + 1]
        if (value === undefined || (value.startsWith("--") && value.length > 2)) {
          options.push({ name, token })
        } else {
          options.push({ name, value, token })
          i++
        }
      } else {
        options.push({ name, token })
      }
    } else if (token.startsWith("-") && token.length > 1 && !/^-\d/.test(token)) {
      const short = token.slice(1)
      const spec = GLOBAL_OPTIONS.find((o) => o.short === short)
      options.push({ name: spec?.name ?? token, token })
    } else {
      positionals.push(token)
    }
  }
  return { positionals, options }
}

/**
 * Parses the arguments after `bilateral`.
 * @throws ArgumentError with a one-line message when the command line is not valid.
 * @example
 * parseArgs(["metrics", "kg", "--json"], {}) // { _tag: "Run", command: { name: "metrics", code: "kg" }, ... }
 */
export const parseArgs = (
  argv: ReadonlyArray<string>,
  env: Readonly<Record<string, string | undefined>> = {},
): Invocation => {
  const { positionals, options } = tokenize(argv)
  const [first, ...rest] = positionals

  if (first === "help") {
    const topic = rest[0]
    if (topic === undefined) return { _tag: "Help" }
    const spec = commandSpec(topic)
    if (!spec) throw unknownCommand(topic)
    return { _tag: "Help", topic: spec.name }
  }

  const spec = first === undefined ? undefined : commandSpec(first)
  if (first !== undefined && !spec) throw unknownCommand(first)

  const allowed = [...GLOBAL_OPTIONS, ...(spec?.options ?? [])]
  const values = new Map<string, string | true>()
  for (const option of options) {
    const known = allowed.find((o) => o.name === option.name)
    if (!known) {
      const where = spec ? `for "${spec.name}"` : "here"
      const hint = suggest(
        option.name,
        allowed.map((o) => o.name),
      )
      throw new ArgumentError(
        `unknown option ${quoted(option.token)} ${where}${hint ? ` (did you mean --${hint}?)` : ""}: expected one of ${optionList(allowed)}`,
      )
    }
    if (known.value !== undefined) {
      if (option.value === undefined || option.value === "") {
        throw new ArgumentError(`--${known.name} expects a value: ${known.value}`)
      }
      values.set(known.name, option.value)
    } else {
      if (option.value !== undefined) {
        throw new ArgumentError(`--${known.name} takes no value; got ${quoted(option.token)}`)
      }
      values.set(known.name, true)
    }
  }

  if (values.has("help")) return spec ? { _tag: "Help", topic: spec.name } : { _tag: "Help" }
  if (values.has("version")) return { _tag: "Version" }

  const text = (name: string): string | undefined => {
    const v = values.get(name)
    return typeof v === "string" ? v : undefined
  }

  const lang = text("lang") ?? "vi"
  if (lang !== "vi" && lang !== "en") {
    throw new ArgumentError(`--lang expects vi or en; got ${quoted(lang)}`)
  }
  const data = text("data") ?? (env.BILATERAL_DATA?.trim() || undefined)
  const global: GlobalOptions = { json: values.has("json"), lang, ...(data ? { data } : {}) }

  if (!spec) {
    if (rest.length > 0) throw unknownCommand(first ?? "")
    return { _tag: "Run", command: { name: "overview" }, options: global }
  }
  const args = rest
  checkArity(spec, args)

  const command = ((): Command => {
    switch (spec.name) {
      case "countries":
        return { name: "countries" }
      case "show":
        return { name: "show", code: args[0] }
      case "metrics": {
        const asOf = text("as-of")
        return {
          name: "metrics",
          code: args[0],
          ...(asOf ? { asOf: parseDay(asOf, "--as-of") } : {}),
        }
      }
      case "compare": {
        const asOf = text("as-of")
        return {
          name: "compare",
          codes: args,
          ...(asOf ? { asOf: parseDay(asOf, "--as-of") } : {}),
        }
      }
      case "timeline": {
        const kindText = text("kind")
        const kind = kindText === undefined ? undefined : parseKind(kindText)
        if (kindText !== undefined && kind === undefined) {
          throw new ArgumentError(
            `--kind expects one of ${KIND_NAMES.map(([k]) => k).join(", ")}; got ${quoted(kindText)}`,
          )
        }
        const fromText = text("from")
        const toText = text("to")
        const from = fromText === undefined ? undefined : parseYear(fromText, "--from")
        const to = toText === undefined ? undefined : parseYear(toText, "--to")
        if (from !== undefined && to !== undefined && from > to) {
          throw new ArgumentError(`--from ${from} is after --to ${to}: expected from ≤ to`)
        }
        const country = text("country")
        return {
          name: "timeline",
          ...(country ? { country } : {}),
          ...(kind ? { kind } : {}),
          ...(from !== undefined ? { from } : {}),
          ...(to !== undefined ? { to } : {}),
        }
      }
      case "validate": {
        const sources = text("sources") ?? (env.BILATERAL_SOURCES?.trim() || undefined)
        return {
          name: "validate",
          ...(args[0] ? { dir: args[0] } : {}),
          ...(sources ? { sources } : {}),
        }
      }
      case "export": {
        const format = text("format")
        if (format === undefined) {
          throw new ArgumentError(`export expects --format json or --format csv`)
        }
        if (format !== "json" && format !== "csv") {
          throw new ArgumentError(`--format expects json or csv; got ${quoted(format)}`)
        }
        const out = text("out")
        if (values.has("force") && out === undefined) {
          throw new ArgumentError(
            "--force goes with --out PATH: it allows replacing the file at PATH",
          )
        }
        return {
          name: "export",
          format,
          ...(out ? { out } : {}),
          ...(values.has("force") ? { force: true } : {}),
        }
      }
      case "new": {
        const [what, id] = args
        if (what !== "relation") {
          throw new ArgumentError(
            `new expects what to create, "relation", as in bilateral new relation vn-uz${what === undefined ? "" : `; got ${quoted(what)}`}`,
          )
        }
        if (id === undefined) {
          throw new ArgumentError(
            "new relation expects <id>: two ISO 3166-1 alpha-2 country codes in lower case joined by -, such as vn-uz",
          )
        }
        return { name: "new", what, id }
      }
      case "extract": {
        const [file] = args
        if (file === undefined) {
          throw new ArgumentError(
            "extract expects FILE: the article as plain text, such as article.txt",
          )
        }
        const published = text("published")
        const relation = text("relation")
        const into = text("into")
        return {
          name: "extract",
          file,
          ...(published ? { published } : {}),
          ...(relation ? { relation } : {}),
          ...(into ? { into } : {}),
          ...(values.has("lang") ? { language: lang } : {}),
        }
      }
    }
  })()
  return { _tag: "Run", command, options: global }
}

const unknownCommand = (word: string): ArgumentError => {
  const names = COMMANDS.map((c) => c.name)
  const hint = suggest(word, names)
  return new ArgumentError(
    `unknown command ${quoted(word)}${hint ? ` (did you mean ${hint}?)` : ""}: expected one of ${names.join(", ")}, help, or none for the overview`,
  )
}

const checkArity = (spec: CommandSpec, args: ReadonlyArray<string>) => {
  const max = spec.positionals.length
  if (args.length <= max) return
  const extra = args
    .slice(max)
    .map((a) => quoted(a))
    .join(" ")
  const takes =
    max === 0
      ? "takes no arguments"
      : `takes at most ${max} argument${max > 1 ? "s" : ""} (${spec.positionals.map((p) => (p.literal ? p.name : `<${p.name}>`)).join(" ")})`
  throw new ArgumentError(`${spec.name} ${takes}; got also ${extra}`)
}
