/**
 * For the screens' tests: a view of the fixture index at a width and in a language, and the text
 * an item list shows.
 */
import { join } from "node:path"
import { type BilateralIndex, loadDirectory } from "@bilateral/data"
import { Effect } from "effect"
import { fixtureIndex, TODAY } from "../../../test/support/fixtureIndex"
import type { Item, Row, View } from "../Items"

/** The fixture index (test/fixtures/mini), loaded once. */
export const loadFixture = (): Promise<BilateralIndex> => fixtureIndex()

/** The data package's many fixture (several relations, vn-uz with issue 10's facts). */
export const MANY_DIR = join(
  __dirname,
  "..",
  "..",
  "..",
  "..",
  "..",
  "packages",
  "data",
  "test",
  "fixtures",
  "many",
)

let many: Promise<BilateralIndex> | undefined

/** The many fixture, loaded once. */
export const loadMany = (): Promise<BilateralIndex> => {
  many ??= Effect.runPromise(loadDirectory(MANY_DIR))
  return many
}

/** A view of `index` as of the tests' day. */
export const viewAt = (index: BilateralIndex, width = 80, lang: "vi" | "en" = "vi"): View => ({
  index,
  lang,
  today: TODAY,
  width,
})

/** A row's text. */
export const rowText = (row: Row): string => row.map((s) => s.text).join("")

/** The text of items, one line per row. */
export const textOf = (items: ReadonlyArray<Item>): string =>
  items.flatMap((i) => i.rows.map(rowText)).join("\n")

/** The fixture's relation `id`; throws when the fixture has none, so a test names what it lacks. */
export const relationIn = (index: BilateralIndex, id: string) => {
  const r = index.relation(id)
  if (!r) throw new Error(`the fixture has no ${id}`)
  return r
}
