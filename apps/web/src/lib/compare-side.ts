/**
 * One relation's side of a comparison, as the compare page fetches it
 * (`/compare-data/{slug}.json`, written at build time by app/compare-data). Every value is
 * already formatted in both languages, with the link to its provenance, so the browser only pairs
 * two sides (lib/compare-pair.ts) and never loads the dataset. Types only: shared by the route
 * that writes the files and the client component that reads them.
 */

/** A text in each of the site's languages. */
export type Both = { vi: string; en: string }

/** One row of a relation's comparison profile (@bilateral/domain's `ProfileRow`), formatted. */
export type SideRow = {
  /** The row's key, the same for every relation ("latest-trade"). */
  key: string
  label: Both
  /** How the values read: "quantity", "rate", "count", "years", "date". */
  kind: string
  /** The value, formatted; absent when the sources do not give it. */
  text?: Both
  /** A note on this side's value (such as the year of a figure). */
  sideNote?: Both
  /** A note on the row, the same whatever the side. */
  note?: Both
  /** Where the value leads: its quote on a source page, or the list of the facts it counts. */
  href?: Both
  /** The quote a provenance link leads to, shown as the link's title. */
  quote?: string
  /** The value as a number, to tell which side is higher; with its unit, for quantities. */
  n?: number
  unit?: string
}

/** A relation's side: who it is, its colour, its page, and its rows in the comparison's order. */
export type CompareSide = {
  slug: string
  /** The partner's code, as the badges show it. */
  code: string
  name: Both
  title: Both
  /** The hue of the relation's colour (@bilateral/data's `relationColor`). */
  hue: number
  href: Both
  rows: SideRow[]
}
