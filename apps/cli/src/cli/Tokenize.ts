/** Splits `bilateral`'s arguments into positionals and options, before any of them is checked. */
import { GLOBAL_OPTIONS, VALUE_OPTIONS } from "./CommandTable"

/** An option as typed: its name without dashes, its value if one was given, the token itself. */
export interface RawOption {
  readonly name: string
  readonly value?: string
  readonly token: string
}

/**
 * Splits tokens into positionals (the command name first) and options. `--x=v` and `--x v` both
 * work for an option that takes a value; `--` ends the options.
 * @example
 * tokenize(["show", "kz", "--lang", "en"]) // { positionals: ["show", "kz"], options: [{ name: "lang", value: "en", ... }] }
 */
export const tokenize = (
  argv: ReadonlyArray<string>,
): { positionals: string[]; options: RawOption[] } => {
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
