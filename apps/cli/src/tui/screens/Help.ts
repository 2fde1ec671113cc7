/**
 * The help overlay (`?`): every row of the key table (keys/KeyBindings.ts) with what it does,
 * then a reminder that every figure has a source.
 */
import type { Lang } from "../../cli/Args"
import { t } from "../../i18n/Messages"
import { renderTable } from "../../render/Table"
import { type Row, seg } from "../Items"
import { helpEntries, keyName } from "../keys/KeyHints"
import { lines } from "./Text"

/** The help's rows, wrapped to `width`. */
export const helpRows = (lang: Lang, width: number): Row[] => [
  [seg(t("keys", lang), "heading")],
  [],
  ...renderTable(
    [{ header: "" }, { header: "", flexible: true }],
    helpEntries().map((e) => [e.keys, t(e.text, lang)]),
    { header: false, maxWidth: width },
  ).map((l) => [seg(l)]),
  [],
  ...lines(t("everyFigureHasASource", lang, { key: keyName("source") }), width).map(
    (line): Row => [seg(line, "muted")],
  ),
]
