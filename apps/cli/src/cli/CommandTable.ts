/**
 * The command table: every subcommand of `bilateral`, its arguments and options. The argument
 * parser and the help text both read it, so they cannot disagree.
 */

export interface OptionSpec {
  /** The long name without dashes: `as-of` for `--as-of`. */
  readonly name: string
  /** A one-letter alias without the dash, if any. */
  readonly short?: string
  /** The placeholder of the value (`DATE`); absent for a switch. */
  readonly value?: string
  readonly summary: string
}

export interface PositionalSpec {
  readonly name: string
  readonly optional?: boolean
  /** A word typed as is (`relation` in `new relation <id>`), not a placeholder. */
  readonly literal?: boolean
}

export type CommandName =
  | "countries"
  | "show"
  | "metrics"
  | "timeline"
  | "compare"
  | "validate"
  | "export"
  | "new"
  | "extract"

export interface CommandSpec {
  readonly name: CommandName
  readonly summary: string
  readonly positionals: ReadonlyArray<PositionalSpec>
  readonly options: ReadonlyArray<OptionSpec>
  readonly examples: ReadonlyArray<string>
}

/** Options every command accepts. */
export const GLOBAL_OPTIONS: ReadonlyArray<OptionSpec> = [
  { name: "json", summary: "print JSON instead of text (stable shapes, see README)" },
  { name: "lang", value: "vi|en", summary: "language of text output (default vi)" },
  {
    name: "data",
    value: "DIR",
    summary: "read the dataset from DIR (default: BILATERAL_DATA, else the embedded one)",
  },
  { name: "help", short: "h", summary: "show help" },
  { name: "version", short: "v", summary: "show the version" },
]

export const COMMANDS: ReadonlyArray<CommandSpec> = [
  {
    name: "countries",
    summary: "list the partner countries with key figures",
    positionals: [],
    options: [],
    examples: ["bilateral countries", "bilateral countries --json --lang en"],
  },
  {
    name: "show",
    summary: "profile of one relation: events, agreements, indicators, sources",
    positionals: [{ name: "code" }],
    options: [],
    examples: ["bilateral show kz", "bilateral show Kyrgyzstan --lang en"],
  },
  {
    name: "metrics",
    summary: "growth (yoy, CAGR), visit counts, relation age and claim checks",
    positionals: [{ name: "code" }],
    options: [
      {
        name: "as-of",
        value: "YYYY-MM-DD",
        summary: "compute the relation's age as of this day (default: today)",
      },
    ],
    examples: ["bilateral metrics kg", "bilateral metrics kz --json --as-of 2025-05-05"],
  },
  {
    name: "timeline",
    summary: "events in date order, filtered by country, kind and years",
    positionals: [],
    options: [
      { name: "country", value: "CODE", summary: "only this relation (code or name)" },
      {
        name: "kind",
        value: "KIND",
        summary: "visit, political-consultation, phone-call, meeting, commission-session",
      },
      { name: "from", value: "YYYY", summary: "from this year on" },
      { name: "to", value: "YYYY", summary: "up to this year" },
    ],
    examples: [
      "bilateral timeline --country kz --from 2020",
      "bilateral timeline --kind visit --json",
    ],
  },
  {
    name: "compare",
    summary: "two relations side by side",
    positionals: [{ name: "code" }, { name: "code" }],
    options: [
      { name: "as-of", value: "YYYY-MM-DD", summary: "compare as of this day (default: today)" },
    ],
    examples: ["bilateral compare kz kg", "bilateral compare kz kg --json"],
  },
  {
    name: "validate",
    summary: "check a dataset directory; every problem as file:line:col: message",
    positionals: [{ name: "dir", optional: true }],
    options: [
      {
        name: "sources",
        value: "DIR",
        summary: "also find every quote verbatim in the source texts in DIR",
      },
    ],
    examples: [
      "bilateral validate packages/data/dataset --sources ../shared/sources",
      "bilateral validate my-dataset --json",
    ],
  },
  {
    name: "export",
    summary: "the whole dataset as JSON (interchange format) or CSV",
    positionals: [],
    options: [
      {
        name: "format",
        value: "json|csv",
        summary: "json: interchange format; csv: one table with a `table` column",
      },
      {
        name: "out",
        value: "PATH",
        summary: "write to PATH atomically instead of stdout; never replaces what is there",
      },
      {
        name: "force",
        summary: "with --out: replace an existing regular file (keeping its mode)",
      },
    ],
    examples: [
      "bilateral export --format json --out bilateral.json",
      "bilateral export --format csv > bilateral.csv",
      "bilateral export --format json --out bilateral.json --force",
    ],
  },
  {
    name: "new",
    summary: "scaffold a relation's files in --data DIR, else in packages/data/dataset",
    positionals: [{ name: "relation", literal: true }, { name: "id" }],
    options: [],
    examples: ["bilateral new relation vn-uz", "bilateral new relation vn-uz --data my-dataset"],
  },
  {
    name: "extract",
    summary: "propose draft entries from a news article (vi or en), each with its quote",
    positionals: [{ name: "file" }],
    options: [
      {
        name: "published",
        value: "YYYY-MM-DD",
        summary: "the publication date (default: a date line in the text)",
      },
      { name: "relation", value: "ID", summary: "the relation the article is about (vn-kz)" },
      {
        name: "into",
        value: "DIR",
        summary: "write the draft into dataset DIR beside the relation's files",
      },
    ],
    examples: [
      "bilateral extract article.txt --published 2025-05-06",
      "bilateral extract article.txt --json --lang en",
      "bilateral extract article.txt --into my-dataset && bilateral validate my-dataset",
    ],
  },
]

/** Finds a command by name. */
export const commandSpec = (name: string): CommandSpec | undefined =>
  COMMANDS.find((c) => c.name === name)

/** Every option that takes a value, across all commands (used to skip values before a command). */
export const VALUE_OPTIONS: ReadonlySet<string> = new Set(
  [...GLOBAL_OPTIONS, ...COMMANDS.flatMap((c) => c.options)]
    .filter((o) => o.value !== undefined)
    .map((o) => o.name),
)
