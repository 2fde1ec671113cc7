/**
 * Help text, generated from the command table.
 */
import packageJson from "../../package.json"
import { renderTable } from "../render/Table"
import {
  COMMANDS,
  type CommandName,
  commandSpec,
  GLOBAL_OPTIONS,
  type OptionSpec,
} from "./CommandTable"

/** The CLI's version, from its package.json. */
export const VERSION: string = packageJson.version

const usageOf = (name: CommandName): string => {
  const spec = commandSpec(name)
  if (!spec) return `bilateral ${name}`
  const positionals = spec.positionals.map((p) =>
    p.literal ? p.name : p.optional ? `[${p.name.toUpperCase()}]` : `<${p.name}>`,
  )
  const options = spec.options.map((o) => `[--${o.name}${o.value ? ` ${o.value}` : ""}]`)
  return ["bilateral", spec.name, ...positionals, ...options].join(" ")
}

const optionRows = (options: ReadonlyArray<OptionSpec>) =>
  options.map((o) => [
    `${o.short ? `-${o.short}, ` : "    "}--${o.name}${o.value ? ` ${o.value}` : ""}`,
    o.summary,
  ])

const indent = (lines: ReadonlyArray<string>) => lines.map((l) => `  ${l}`)

/** The help for `topic`, or the overall help. */
export const helpText = (topic?: CommandName): string => {
  if (topic !== undefined) {
    const spec = commandSpec(topic)
    if (spec) {
      return [
        `${usageOf(topic)}`,
        "",
        `${spec.summary[0]?.toUpperCase()}${spec.summary.slice(1)}.`,
        "",
        ...(spec.options.length > 0
          ? [
              "Options:",
              ...indent(
                renderTable([{ header: "" }, { header: "" }], optionRows(spec.options), {
                  header: false,
                }),
              ),
              "",
            ]
          : []),
        "Global options:",
        ...indent(
          renderTable([{ header: "" }, { header: "" }], optionRows(GLOBAL_OPTIONS), {
            header: false,
          }),
        ),
        "",
        "Examples:",
        ...indent(spec.examples),
        "",
      ].join("\n")
    }
  }
  return [
    `bilateral ${VERSION}: Vietnam's bilateral relations, checked and structured, in your terminal.`,
    "",
    "Usage:",
    "  bilateral                      interactive terminal UI (on a TTY); plain overview otherwise",
    "  bilateral <command> [options]",
    "",
    "Commands:",
    ...indent(
      renderTable(
        [{ header: "" }, { header: "" }],
        COMMANDS.map((c) => [usageOf(c.name).replace(/^bilateral /, ""), c.summary]),
        { header: false },
      ),
    ),
    "",
    "Global options:",
    ...indent(
      renderTable([{ header: "" }, { header: "" }], optionRows(GLOBAL_OPTIONS), { header: false }),
    ),
    "",
    "A <code> is the partner's ISO code (kz, KG) or its name in Vietnamese or English.",
    "Exit status: 0 on success, 1 on bad arguments or invalid data (one line on stderr).",
    "Run `bilateral help <command>` for a command's options and examples.",
    "",
  ].join("\n")
}
