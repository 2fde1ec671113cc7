/**
 * For the screens' tests: a view of the fixture index at a width and in a language, and the text
 * an item list shows.
 */
import type { BilateralIndex } from "@bilateral/data"
import { fixtureIndex, TODAY } from "../../../test/support/fixtureIndex"
import type { Item, Row, View } from "../Items"

/** The fixture index (test/fixtures/mini), loaded once. */
export const loadFixture = (): Promise<BilateralIndex> => fixtureIndex()

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
