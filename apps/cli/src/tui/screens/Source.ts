/**
 * The source overlay of an item (`s`, or Enter on a figure): its title and full text, then each
 * source's title and paragraph with the verbatim quote; a comparison row's sources under each
 * side's name, or a note that the figure is computed.
 */
import type { Provenance } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import { t } from "../../i18n/Messages"
import { type ItemDetail, type Row, seg, type View } from "../Items"
import { wrapped } from "./Text"

/** Each source's title and paragraph, then its quote, as wrapped rows. */
const provenanceRows = (view: View, provenance: ReadonlyArray<Provenance>): Row[] =>
  provenance.flatMap((p) => {
    const source = view.index.source(p.source)
    const title = source ? localize(source.title, view.lang) : p.source
    const where = p.paragraph !== undefined ? `, ${t("paragraph", view.lang)} ${p.paragraph}` : ""
    return [
      ...wrapped(view, `${title}${where}`, "muted"),
      ...wrapped(view, `“${p.quote}”`, "accent", 2),
    ]
  })

/**
 * The detail of an item for the overlay, as wrapped lines: title, body, then each source and
 * quote; a comparison row's sources under each side's name.
 */
export const detailLines = (view: View, detail: ItemDetail): Row[] => {
  const { lang } = view
  const rows: Row[] = [...wrapped(view, detail.title, "heading"), []]
  for (const line of detail.body) rows.push(...(line === "" ? [[]] : wrapped(view, line)))
  const computed = wrapped(view, t("computedNoQuote", lang), "muted")
  const sides = detail.sides ?? []
  if (sides.some((s) => s.provenance.length > 0)) {
    for (const side of sides) {
      rows.push([], ...wrapped(view, `${t("sources", lang)}: ${side.name}`, "heading"))
      rows.push(...(side.provenance.length > 0 ? provenanceRows(view, side.provenance) : computed))
    }
  } else if (detail.provenance.length > 0) {
    rows.push([], [seg(t("sources", lang), "heading")], ...provenanceRows(view, detail.provenance))
  } else {
    rows.push([], ...computed)
  }
  return rows
}
