/**
 * Runs one parsed command: loads the dataset, calls the command, and for the interactive UI
 * imports it on demand. Loaded by Main through a dynamic import, so that `--help`, `--version` and
 * argument errors answer without loading Effect or the dataset.
 */
import type { Invocation } from "./cli/Args"
import { compare } from "./commands/Compare"
import type { Context, Output } from "./commands/Context"
import { countries } from "./commands/Countries"
import { exportDataset } from "./commands/Export"
import { metrics } from "./commands/Metrics"
import { overview } from "./commands/Overview"
import { show } from "./commands/Show"
import { timeline } from "./commands/Timeline"
import { validate } from "./commands/Validate"
import { loadIndex } from "./data/LoadIndex"
import { colorEnabled, type Io, isInteractive, textWidth, todayOf } from "./Main"

/** Runs a command invocation. */
export const dispatch = async (
  invocation: Extract<Invocation, { _tag: "Run" }>,
  io: Io,
): Promise<Output> => {
  const { command, options } = invocation
  const ctx: Context = {
    lang: options.lang,
    json: options.json,
    today: todayOf(io.now()),
    color: colorEnabled(io),
    width: textWidth(io),
  }
  if (command.name === "validate") return validate(command, options, ctx)
  if (isInteractive(invocation, io)) {
    const [index, tui] = await Promise.all([loadIndex(options.data), import("./tui/RunTui")])
    await tui.runTui(index, { lang: options.lang, today: ctx.today, color: ctx.color })
    return { stdout: "", exitCode: 0 }
  }
  const index = await loadIndex(options.data)
  switch (command.name) {
    case "overview":
      return overview(index, ctx)
    case "countries":
      return countries(index, ctx)
    case "show":
      return show(index, command, ctx)
    case "metrics":
      return metrics(index, command, ctx)
    case "timeline":
      return timeline(index, command, ctx)
    case "compare":
      return compare(index, command, ctx)
    case "export":
      return exportDataset(index, command, ctx)
  }
}
