/**
 * Each subcommand's arguments and own options read into its `Command`: how many positionals it
 * takes, which options go together, and the one-line error when they do not.
 */
import { KIND_NAMES, parseDay, parseKind, parseYear } from "./ArgValues"
import type { CommandSpec } from "./CommandTable"
import { ArgumentError, quoted } from "./Errors"
import type { Command, Lang } from "./Invocation"

/** The options given on a command line, already checked against the command's table. */
export interface OptionValues {
  /** The value of an option that takes one, if it was given. */
  readonly text: (name: string) => string | undefined
  /** Whether an option (a switch or one with a value) was given. */
  readonly has: (name: string) => boolean
  /** The output language (`--lang`, else vi). */
  readonly lang: Lang
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

/** `--as-of`, read as a day, when it was given. */
const asOfOf = (options: OptionValues) => {
  const asOf = options.text("as-of")
  return asOf ? { asOf: parseDay(asOf, "--as-of") } : {}
}

const timeline = (options: OptionValues): Command => {
  const kindText = options.text("kind")
  const kind = kindText === undefined ? undefined : parseKind(kindText)
  if (kindText !== undefined && kind === undefined) {
    throw new ArgumentError(
      `--kind expects one of ${KIND_NAMES.map(([k]) => k).join(", ")}; got ${quoted(kindText)}`,
    )
  }
  const fromText = options.text("from")
  const toText = options.text("to")
  const from = fromText === undefined ? undefined : parseYear(fromText, "--from")
  const to = toText === undefined ? undefined : parseYear(toText, "--to")
  if (from !== undefined && to !== undefined && from > to) {
    throw new ArgumentError(`--from ${from} is after --to ${to}: expected from ≤ to`)
  }
  const country = options.text("country")
  return {
    name: "timeline",
    ...(country ? { country } : {}),
    ...(kind ? { kind } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  }
}

const exportCommand = (options: OptionValues): Command => {
  const format = options.text("format")
  if (format === undefined) {
    throw new ArgumentError(`export expects --format json or --format csv`)
  }
  if (format !== "json" && format !== "csv") {
    throw new ArgumentError(`--format expects json or csv; got ${quoted(format)}`)
  }
  const out = options.text("out")
  const force = options.has("force")
  if (force && out === undefined) {
    throw new ArgumentError("--force goes with --out PATH: it allows replacing the file at PATH")
  }
  return { name: "export", format, ...(out ? { out } : {}), ...(force ? { force: true } : {}) }
}

const newCommand = (args: ReadonlyArray<string>): Command => {
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

const extract = (args: ReadonlyArray<string>, options: OptionValues): Command => {
  const [file] = args
  if (file === undefined) {
    throw new ArgumentError("extract expects FILE: the article as plain text, such as article.txt")
  }
  const published = options.text("published")
  const relation = options.text("relation")
  const into = options.text("into")
  return {
    name: "extract",
    file,
    ...(published ? { published } : {}),
    ...(relation ? { relation } : {}),
    ...(into ? { into } : {}),
    ...(options.has("lang") ? { language: options.lang } : {}),
  }
}

/**
 * The command a subcommand's positionals and options make.
 * @throws ArgumentError with a one-line message when they do not fit the command.
 * @example
 * commandArgs(commandSpec("show")!, ["kz"], options, {}) // { name: "show", code: "kz" }
 */
export const commandArgs = (
  spec: CommandSpec,
  args: ReadonlyArray<string>,
  options: OptionValues,
  env: Readonly<Record<string, string | undefined>>,
): Command => {
  checkArity(spec, args)
  switch (spec.name) {
    case "countries":
      return { name: "countries" }
    case "show":
      return { name: "show", code: args[0] }
    case "metrics":
      return { name: "metrics", code: args[0], ...asOfOf(options) }
    case "compare":
      return { name: "compare", codes: args, ...asOfOf(options) }
    case "timeline":
      return timeline(options)
    case "validate": {
      const sources = options.text("sources") ?? (env.BILATERAL_SOURCES?.trim() || undefined)
      return {
        name: "validate",
        ...(args[0] ? { dir: args[0] } : {}),
        ...(sources ? { sources } : {}),
      }
    }
    case "export":
      return exportCommand(options)
    case "new":
      return newCommand(args)
    case "extract":
      return extract(args, options)
  }
}
