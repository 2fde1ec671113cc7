/**
 * What the terminal UI shows, as data: every screen is a list of items, each item one or more
 * rows of styled text, fitted to the terminal's width. Items may be selected; a selected item can
 * open a screen or show its source and quote. Pure functions of the index, so they are tested
 * without a terminal.
 */
import type { BilateralIndex } from "@bilateral/data/snapshot"
import type { DayDate, Provenance } from "@bilateral/domain"
import type { Lang } from "../cli/Args"
import { displayWidth, truncate } from "../render/DisplayWidth"
import { terminalSafe } from "./Sanitize"

export type Tone = "normal" | "heading" | "muted" | "accent" | "good" | "bad" | "warn"

/** A run of text in one tone. */
export interface Segment {
  readonly text: string
  readonly tone?: Tone
}

/** One terminal line. */
export type Row = ReadonlyArray<Segment>

/** Where Enter on an item goes. */
export type Target =
  | { readonly _tag: "Relation"; readonly relation: string }
  | { readonly _tag: "Compare"; readonly a: string; readonly b: string }

/**
 * What the detail overlay shows for an item: a title, its full text and its provenance; a
 * comparison row gives each side's provenance under the side's name instead.
 */
export interface ItemDetail {
  readonly title: string
  readonly body: ReadonlyArray<string>
  readonly provenance: ReadonlyArray<Provenance>
  readonly sides?: ReadonlyArray<{
    readonly name: string
    readonly provenance: ReadonlyArray<Provenance>
  }>
}

export interface Item {
  /** Stable across renders and widths (`event:<id>`, `agreement:<id>`); search jumps to it. */
  readonly key: string
  readonly rows: ReadonlyArray<Row>
  readonly selectable: boolean
  readonly open?: Target
  readonly detail?: ItemDetail
}

/** What item builders need besides the index. */
export interface View {
  readonly index: BilateralIndex
  readonly lang: Lang
  readonly today: DayDate
  /** Columns available to item rows (the marker column excluded). */
  readonly width: number
}

/** A segment; its text made safe for the terminal (no control characters from the data). */
export const seg = (text: string, tone: Tone = "normal"): Segment => ({
  text: terminalSafe(text),
  tone,
})

/** A heading item (not selectable). */
export const headingItem = (key: string, text: string, extra?: string): Item => ({
  key,
  selectable: false,
  rows: [[seg(text, "heading"), ...(extra ? [seg(`  ${extra}`, "muted")] : [])]],
})

/** A blank line. */
export const spacer = (key: string): Item => ({ key, selectable: false, rows: [[]] })

/** Muted text lines that cannot be selected. */
export const noteItem = (
  key: string,
  lines: ReadonlyArray<string>,
  tone: Tone = "muted",
): Item => ({
  key,
  selectable: false,
  rows: lines.map((l) => [seg(l, tone)]),
})

/** The width of a row. */
export const rowWidth = (row: Row): number => row.reduce((w, s) => w + displayWidth(s.text), 0)

/**
 * Cuts a row to `width` columns: segments past the edge are dropped, the one on the edge ends
 * in "…".
 */
export const fitRow = (row: Row, width: number): Row => {
  const out: Segment[] = []
  let used = 0
  for (const s of row) {
    const w = displayWidth(s.text)
    if (used + w <= width) {
      out.push(s)
      used += w
      continue
    }
    const room = width - used
    if (room > 0) out.push({ ...s, text: truncate(s.text, room) })
    break
  }
  return out
}

/** The position among selectable items of the item with `key`, or -1. */
export const cursorOfKey = (items: ReadonlyArray<Item>, key: string): number =>
  items.filter((i) => i.selectable).findIndex((i) => i.key === key)
