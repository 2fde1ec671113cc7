/**
 * Helpers the screens share to turn text into rows: wrapped to the view's width, indented, or as
 * a selectable fact with its provenance. Text is made terminal-safe before it is measured.
 */
import type { Provenance } from "@bilateral/domain"
import { displayWidth, wrap } from "../../render/DisplayWidth"
import { type Item, type Row, seg, type Tone, type View } from "../Items"
import { terminalSafe } from "../Sanitize"

/** `text` made terminal-safe and wrapped to `width` columns (at least 10). */
export const lines = (text: string, width: number): string[] =>
  wrap(terminalSafe(text), Math.max(10, width))

/** Text wrapped to the width as rows of one tone, indented by `indent` columns. */
export const wrapped = (view: View, text: string, tone: Tone = "normal", indent = 0): Row[] =>
  lines(text, view.width - indent).map((line) => [seg(" ".repeat(indent) + line, tone)])

/** Text under a list entry: indented by four columns and wrapped to the width, never cut. */
export const indented = (view: View, text: string, tone: Tone = "normal"): Row[] =>
  lines(text, view.width - 4).map((line) => [seg(`    ${line}`, tone)])

/** An item showing a fact: wrapped text, its provenance for `s`. */
export const factItem = (
  view: View,
  key: string,
  title: string,
  text: string,
  provenance: ReadonlyArray<Provenance>,
  options: { prefix?: string; tone?: Tone; body?: ReadonlyArray<string> } = {},
): Item => {
  const prefix = options.prefix ?? "• "
  return {
    key,
    selectable: true,
    rows: lines(text, view.width - displayWidth(prefix)).map((line, i) => [
      seg(i === 0 ? prefix : " ".repeat(displayWidth(prefix)), "muted"),
      seg(line, options.tone ?? "normal"),
    ]),
    detail: { title, body: options.body ?? [text], provenance },
  }
}
