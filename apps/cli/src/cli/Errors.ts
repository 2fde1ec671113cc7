/**
 * The CLI's errors, and where each becomes the one line on stderr. Commands, the argument parser
 * and the loaders fail with one of the tagged errors below (the dataset's own `DatasetError` from
 * @bilateral/data is turned into `InvalidDataset` where the dataset is loaded); `run` in Main.ts
 * catches them and prints `errorLine(error)`, the only place a message is shaped. Anything else that
 * escapes is an internal error, still on one line and without a stack trace.
 *
 * This module is in the CLI's small start-up chunk (help and argument errors use it), so it imports
 * nothing: not effect (its `Data.TaggedError` brings effect's runtime, about 160 kB to compile on
 * every start) and never the dataset.
 */

/**
 * The base class of a tagged error: an `Error` whose `_tag` names it and whose fields are its
 * properties, as `Data.TaggedError` of effect gives, without effect's runtime.
 * @example
 * class Oops extends TaggedError("Oops")<{ readonly message: string }> {}
 * new Oops({ message: "it broke" })._tag // "Oops"
 */
const TaggedError = <Tag extends string>(tag: Tag) => {
  class Tagged extends Error {
    readonly _tag: Tag = tag
    constructor(fields: object) {
      super()
      this.name = tag
      Object.assign(this, fields)
    }
  }
  return Tagged as unknown as new <A extends Record<string, unknown>>(
    fields: A,
  ) => Error & { readonly _tag: Tag } & Readonly<A>
}

/** A bad command line: `message` says what was wrong and what is accepted. */
export class ArgumentError extends TaggedError("ArgumentError")<{ readonly message: string }> {
  constructor(message: string) {
    super({ message })
  }
}

/**
 * A problem the person can fix that is not in the command line's shape: an unknown country, a
 * missing directory, an unreadable file. `message` says what was expected.
 */
export class UserError extends TaggedError("UserError")<{ readonly message: string }> {
  constructor(message: string) {
    super({ message })
  }
}

/**
 * A dataset that did not load: `where` names it ("embedded in @bilateral/data", "in DIR"), `first`
 * is its first problem already printed as `file:line:col: message`, `count` how many there are.
 * `dir` is the directory to suggest to `bilateral validate`, when there is one.
 */
export class InvalidDataset extends TaggedError("InvalidDataset")<{
  readonly where: string
  readonly first: string
  readonly count: number
  readonly dir?: string
}> {}

/**
 * Output that could not be written: `target` is a path or "stdout", `reason` what went wrong
 * (the system's code with its meaning, or why the path was refused).
 */
export class WriteError extends TaggedError("WriteError")<{
  readonly target: string
  readonly reason: string
}> {}

/** Every error the CLI reports as the person's to fix. */
export type CliError = ArgumentError | UserError | InvalidDataset | WriteError

const CLI_ERRORS = [ArgumentError, UserError, InvalidDataset, WriteError] as const

/** Whether a thrown value is one of the CLI's own errors. */
export const isCliError = (error: unknown): error is CliError =>
  CLI_ERRORS.some((tagged) => error instanceof tagged)

/** Longest text echoed back from the command line or the file system in a message. */
export const ECHO_LIMIT = 80

/** Longest line printed on stderr; longer ones are cut, saying how many characters were left out. */
export const LINE_LIMIT = 2000

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g

/**
 * `text` as it may appear in a message: control characters written as escapes (`\n`, `\u001b`),
 * and at most `ECHO_LIMIT` characters, the rest counted. Use it for every value that comes from
 * the command line, the environment or the file system.
 * @example
 * shorten("x".repeat(100_000)) // "xxx…xxx… (99,920 more characters)"
 */
export const shorten = (text: string): string => {
  const chars = Array.from(text)
  const kept = chars.length > ECHO_LIMIT ? chars.slice(0, ECHO_LIMIT).join("") : text
  const escaped = kept.replace(CONTROL, (c) => JSON.stringify(c).slice(1, -1))
  return chars.length > ECHO_LIMIT
    ? `${escaped}… (${(chars.length - ECHO_LIMIT).toLocaleString("en")} more characters)`
    : escaped
}

/** `text` shortened and in double quotes, as messages quote what the person typed. */
export const quoted = (text: string): string => `"${shorten(text)}"`

const messageOf = (error: CliError): string => {
  switch (error._tag) {
    case "ArgumentError":
    case "UserError":
      return error.message
    case "InvalidDataset": {
      const rest = error.count - 1
      const more =
        rest > 0
          ? ` (and ${rest} more; run "bilateral validate${error.dir ? ` ${error.dir}` : ""}" for all)`
          : ""
      return `the dataset ${error.where} is not valid: ${error.first}${more}`
    }
    case "WriteError":
      return `cannot write ${error.target === "stdout" ? "to stdout" : error.target}: ${error.reason}`
  }
}

const firstLine = (text: string): string => text.split(/\r?\n|\r/)[0]?.trim() ?? ""

const capped = (line: string): string =>
  line.length > LINE_LIMIT
    ? `${line.slice(0, LINE_LIMIT)}… (${(line.length - LINE_LIMIT).toLocaleString("en")} more characters)`
    : line

/**
 * The one line to print on stderr for any thrown value: `bilateral: ` and the message of a CLI
 * error, or `bilateral: internal error: … (please report it)` for anything else.
 */
export const errorLine = (error: unknown): string => {
  if (isCliError(error)) return capped(`bilateral: ${firstLine(messageOf(error))}`)
  const text = error instanceof Error ? error.message : String(error)
  return capped(`bilateral: internal error: ${firstLine(text)} (please report it)`)
}

/** A system error's code with its meaning: `ENOSPC (no space left on device)`. */
export const systemReason = (error: unknown): string => {
  const code =
    typeof error === "object" && error !== null && "code" in error ? String(error.code) : undefined
  const meaning = code === undefined ? undefined : SYSTEM_ERRORS[code]
  if (code === undefined) return firstLine(error instanceof Error ? error.message : String(error))
  return meaning === undefined ? code : `${code} (${meaning})`
}

const SYSTEM_ERRORS: Readonly<Record<string, string>> = {
  ENOSPC: "no space left on device",
  EDQUOT: "disk quota exceeded",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EROFS: "read-only file system",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  ENOENT: "no such file or directory",
  EEXIST: "already exists",
  EBADF: "the stream is closed",
  EPIPE: "the reader has gone away",
  EIO: "input/output error",
  EFBIG: "file too large",
  ENAMETOOLONG: "name too long",
  ELOOP: "too many levels of symbolic links",
  EXDEV: "not on the same device",
}
