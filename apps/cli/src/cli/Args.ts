/**
 * Reads `bilateral`'s command line into an invocation, or a one-line error saying what is
 * accepted. Pure: the environment is a parameter, nothing is printed. The pieces: Tokenize.ts
 * splits the tokens, this module checks the options against the command table and reads the
 * global ones, CommandArgs.ts reads each command's own, ArgValues.ts the values that need parsing.
 */
import { commandArgs } from "./CommandArgs"
import { COMMANDS, commandSpec, GLOBAL_OPTIONS, type OptionSpec } from "./CommandTable"
import { ArgumentError, quoted } from "./Errors"
import type { GlobalOptions, Invocation } from "./Invocation"
import { suggest } from "./Suggest"
import { tokenize } from "./Tokenize"

export { ArgumentError } from "./Errors"
export type { Command, GlobalOptions, Invocation, Lang } from "./Invocation"

const optionList = (options: ReadonlyArray<OptionSpec>) =>
  options.map((o) => `--${o.name}`).join(", ")

const unknownCommand = (word: string): ArgumentError => {
  const names = COMMANDS.map((c) => c.name)
  const hint = suggest(word, names)
  return new ArgumentError(
    `unknown command ${quoted(word)}${hint ? ` (did you mean ${hint}?)` : ""}: expected one of ${names.join(", ")}, help, or none for the overview`,
  )
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
  const command = commandArgs(spec, rest, { text, has: (name) => values.has(name), lang }, env)
  return { _tag: "Run", command, options: global }
}
