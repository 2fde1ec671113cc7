/**
 * Starts the interactive terminal UI. Loaded only through a dynamic import, so that Ink and React
 * stay out of the scriptable commands.
 */
import type { BilateralIndex } from "@bilateral/data"
import type { DayDate } from "@bilateral/domain"
import { render, Text } from "ink"
import type { Lang } from "../cli/Args"

export interface TuiOptions {
  readonly lang: Lang
  readonly today: DayDate
  readonly color: boolean
}

/** Runs the UI until the user quits. */
export const runTui = async (index: BilateralIndex, _options: TuiOptions): Promise<void> => {
  const app = render(<Text>{index.relations.length} relations</Text>)
  app.unmount()
  await app.waitUntilExit()
}
