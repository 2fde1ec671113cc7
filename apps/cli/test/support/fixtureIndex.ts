// The fixture dataset (test/fixtures/mini) loaded in-process, for component tests.
import { join } from "node:path"
import { type BilateralIndex, loadDirectory } from "@bilateral/data"
import { Effect } from "effect"

export const MINI_DIR = join(__dirname, "..", "fixtures", "mini")

let cached: Promise<BilateralIndex> | undefined

export const fixtureIndex = (): Promise<BilateralIndex> => {
  cached ??= Effect.runPromise(loadDirectory(MINI_DIR))
  return cached
}

/** A fixed day for tests: 1 January 2025. */
export const TODAY = { _tag: "Day", year: 2025, month: 1, day: 1 } as const
