/**
 * `bilateral validate [DIR] [--sources DIR]`: checks a dataset directory and prints every problem
 * as `file:line:col: message`. Exits 1 when there is any.
 */
import { existsSync } from "node:fs"
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { formatProblem } from "@bilateral/data"
import type { Command, GlobalOptions } from "../cli/Args"
import { UserError } from "../cli/Errors"
import { requireDirectory, validateIndex } from "../data/LoadIndex"
import { t } from "../i18n/Messages"
import { renderTable } from "../render/Table"
import { blocks, type Context, heading, type Output } from "./Context"

type ValidateCommand = Extract<Command, { name: "validate" }>

/** The directory of the dataset that ships inside @bilateral/data. */
export const embeddedDatasetDir = (): string | undefined => {
  try {
    const require = createRequire(import.meta.url)
    const dir = join(dirname(require.resolve("@bilateral/data/package.json")), "dataset")
    return existsSync(dir) ? dir : undefined
  } catch {
    return undefined
  }
}

/** Runs `validate`. */
export const validate = async (
  command: ValidateCommand,
  options: GlobalOptions,
  ctx: Context,
): Promise<Output> => {
  const dir = command.dir ?? options.data ?? embeddedDatasetDir()
  if (dir === undefined) {
    throw new UserError(
      "validate expects a dataset directory: bilateral validate DIR [--sources DIR]",
    )
  }
  requireDirectory(dir, "the dataset directory")
  if (command.sources !== undefined) requireDirectory(command.sources, "the sources directory")
  const result = await validateIndex(
    dir,
    command.sources === undefined ? {} : { sourcesDir: command.sources },
  )
  const exitCode = result.problems.length > 0 ? 1 : 0
  if (ctx.json) {
    return {
      exitCode,
      stdout: `${JSON.stringify(
        {
          directory: dir,
          sources: command.sources ?? null,
          valid: result.problems.length === 0,
          problems: result.problems.map((p) => ({
            file: p.file,
            line: p.line,
            column: p.column,
            message: p.message,
          })),
          counts: result.counts,
        },
        null,
        2,
      )}\n`,
    }
  }
  if (result.problems.length > 0) {
    const summary =
      ctx.lang === "vi"
        ? `${dir}: ${result.problems.length} ${t("problems", ctx.lang)}`
        : `${dir}: ${result.problems.length} problem${result.problems.length === 1 ? "" : "s"}`
    return { exitCode, stdout: `${result.problems.map(formatProblem).join("\n")}\n${summary}\n` }
  }
  const counts = Object.entries(result.counts).filter(([, n]) => n > 0)
  const quotes =
    command.sources === undefined
      ? ctx.lang === "vi"
        ? "(chưa đối chiếu trích dẫn: thêm --sources DIR)"
        : "(quotes not checked: add --sources DIR)"
      : ctx.lang === "vi"
        ? `(mọi trích dẫn đều có trong ${command.sources})`
        : `(every quote found in ${command.sources})`
  return {
    exitCode,
    stdout: blocks(
      heading(ctx, `✓ ${dir}: ${t("valid", ctx.lang)} ${quotes}`),
      renderTable(
        [{ header: t("collection", ctx.lang) }, { header: t("count", ctx.lang), align: "right" }],
        counts.map(([k, n]) => [k, String(n)]),
      ),
    ),
  }
}
