/**
 * A relation's agreements: each title with its signed and effective dates, its summary in the
 * detail.
 */
import type { Relation } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import { t } from "../../i18n/Messages"
import { dateText } from "../../render/Format"
import { type Item, noteItem, seg, spacer, type View } from "../Items"
import { wrapped } from "./Text"

/** The items of the agreements section. */
export const agreementItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const agreements = index.factsOf(relation.id).agreements
  if (agreements.length === 0) return [noteItem("ag:none", [t("none", lang)])]
  return agreements.flatMap((a, i) => {
    const title = localize(a.title, lang)
    const dates = `${t("signed", lang)}: ${dateText(a.signed, lang)} · ${t("effective", lang)}: ${dateText(a.effective, lang)}`
    const item: Item = {
      key: `agreement:${a.id}`,
      selectable: true,
      rows: [...wrapped(view, title, "heading"), [seg(dates, "muted")]],
      detail: {
        title,
        body: [title, "", dates, ...(a.summary ? ["", localize(a.summary, lang)] : [])],
        provenance: a.provenance,
      },
    }
    return i === 0 ? [item] : [spacer(`ag:${a.id}:spacer`), item]
  })
}
