/**
 * Runs one parsed command: loads the dataset, calls the command, and for the interactive UI
 * imports it on demand. Loaded by Main through a dynamic import, so that `--help`, `--version` and
 * argument errors answer without loading Effect or the dataset.
 */
import type { Invocation } from "./cli/Args"
import { colorEnabled, type Io, isInteractive, textWidth, todayOf } from "./cli/Io"
import { compare } from "./commands/Compare"
import type { Context, Output } from "./commands/Context"
import { countries } from "./commands/Countries"
import { metrics } from "./commands/Metrics"
import { overview } from "./commands/Overview"
import { show } from "./commands/Show"
import { timeline } from "./commands/Timeline"
import { loadIndex } from "./data/LoadIndex"

/**
 * Ink draws only the last frame when it believes it runs in CI (CI or CONTINUOUS_INTEGRATION set),
 * which leaves a real terminal blank until exit. The UI only starts on a TTY, where a person (or a
 * terminal test) is watching, so it tells Ink to draw every frame. Must run before Ink is loaded.
 */
const renderFramesEvenInCi = (): void => {
  for (const name of ["CI", "CONTINUOUS_INTEGRATION"]) {
    if (process.env[name] !== undefined) process.env[name] = "false"
  }
}

/** Runs a command invocation: builds its context, loads the dataset it needs, calls it. */
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
  // Commands that read or write dataset files load the loader and the schemas; they are imported
  // on demand so that the commands reading the embedded snapshot start without them.
  if (command.name === "validate") {
    return (await import("./commands/Validate")).validate(command, options, ctx)
  }
  if (command.name === "new")
    return (await import("./commands/New")).newRelation(command, options, ctx)
  if (command.name === "extract") {
    return (await import("./commands/Extract")).extractArticle(command, options, ctx)
  }
  if (isInteractive(invocation, io)) {
    renderFramesEvenInCi()
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
      return (await import("./commands/Export")).exportDataset(index, command, ctx)
  }
}
