/**
 * `bilateral export --format json|csv [--out PATH [--force]]`: the whole dataset in the interchange
 * format (JSON) or as one facts table (CSV), on stdout or written atomically to PATH. PATH is never
 * replaced without --force, and never when it is not a regular file (io/AtomicWrite.ts).
 */
import { type BilateralIndex, buildFactsCsv, buildInterchange } from "@bilateral/data"
import type { Command } from "../cli/Args"
import { writeFileAtomic } from "../io/AtomicWrite"
import type { Context, Output } from "./Context"

type ExportCommand = Extract<Command, { name: "export" }>

/** The exported text. */
export const exportText = (index: BilateralIndex, format: "json" | "csv"): string =>
  format === "json"
    ? `${JSON.stringify(buildInterchange(index.dataset), null, 2)}\n`
    : buildFactsCsv(index.dataset)

/** Runs `export`. */
export const exportDataset = (
  index: BilateralIndex,
  command: ExportCommand,
  ctx: Context,
): Output => {
  const text = exportText(index, command.format)
  if (command.out === undefined) return { stdout: text, exitCode: 0 }
  writeFileAtomic(command.out, text, { replace: command.force === true })
  const bytes = Buffer.byteLength(text, "utf8")
  const note =
    ctx.lang === "vi"
      ? `Đã ghi ${command.out} (${bytes} byte)`
      : `Wrote ${command.out} (${bytes} bytes)`
  return {
    stdout: ctx.json
      ? `${JSON.stringify({ out: command.out, bytes, format: command.format })}\n`
      : `${note}\n`,
    exitCode: 0,
  }
}
