/**
 * The comparison of two relations: the rows of packages/data's `compareViews`, as a table on a
 * wide terminal and as label-over-values pairs on a narrow one; each row's note and both sides'
 * sources in its detail.
 */
import { compareViews } from "@bilateral/data/snapshot"
import { formatComparisonValue } from "@bilateral/domain/metrics"
import { t } from "../../i18n/Messages"
import { padEnd, truncate } from "../../render/DisplayWidth"
import { dateText } from "../../render/Format"
import { renderTable } from "../../render/Table"
import { relationName, viewOf } from "../../view/Relations"
import { type Item, type ItemDetail, noteItem, seg, type View } from "../Items"
import { keyName } from "../keys/KeyHints"
import { lines } from "./Text"

/** From this width on, the comparison is one table row per figure. */
const WIDE_COMPARE = 64

/**
 * The comparison of two relations: one selectable item per figure, its note in the detail. Wide
 * terminals get a table; narrow ones the label on one line and both values under it.
 */
export const compareItems = (view: View, a: string, b: string): Item[] => {
  const { index, lang } = view
  const ra = index.relation(a)
  const rb = index.relation(b)
  if (!ra || !rb) return [noteItem("cmp:missing", [`${a} / ${b}`])]
  const rows = compareViews(viewOf(index, ra, view.today), viewOf(index, rb, view.today))
  const nameA = relationName(index, ra, lang, view.today)
  const nameB = relationName(index, rb, lang, view.today)
  const cells = rows.map((r) => [
    r.label[lang],
    formatComparisonValue(r, r.a, lang),
    formatComparisonValue(r, r.b, lang),
  ])
  const change = t("changesSecond", lang, { key: keyName("tab") })
  const asOf = noteItem(
    "cmp:asof",
    lines(`${t("asOf", lang)} ${dateText(view.today, lang)} · ${change}`, view.width),
  )
  const detailOf = (i: number): ItemDetail => {
    const r = rows[i]
    return {
      title: r?.label[lang] ?? "",
      body: [
        `${nameA}: ${cells[i]?.[1] ?? ""}`,
        `${nameB}: ${cells[i]?.[2] ?? ""}`,
        ...(r?.note ? ["", r.note[lang]] : []),
      ],
      provenance: [],
      sides: [
        { name: nameA, provenance: r?.provenance?.a ?? [] },
        { name: nameB, provenance: r?.provenance?.b ?? [] },
      ],
    }
  }
  if (view.width < WIDE_COMPARE) {
    const half = Math.max(4, Math.floor((view.width - 3) / 2))
    const pair = (x: string, y: string) =>
      `${padEnd(truncate(x, half), half)} │ ${truncate(y, half)}`
    return [
      asOf,
      { key: "cmp:header", selectable: false, rows: [[seg(pair(nameA, nameB), "heading")]] },
      ...rows.map(
        (r, i): Item => ({
          key: `cmp:${r.key}`,
          selectable: true,
          rows: [
            [seg(truncate(r.label[lang], view.width), "muted")],
            [seg(pair(cells[i]?.[1] ?? "", cells[i]?.[2] ?? ""))],
          ],
          detail: detailOf(i),
        }),
      ),
    ]
  }
  const table = renderTable(
    [
      { header: "", flexible: true },
      { header: nameA, align: "right", flexible: true },
      { header: nameB, align: "right", flexible: true },
    ],
    cells,
    { maxWidth: view.width, overflow: "truncate", gap: 1 },
  )
  const [header = "", rule = "", ...body] = table
  return [
    asOf,
    {
      key: "cmp:header",
      selectable: false,
      rows: [[seg(header, "heading")], [seg(rule, "muted")]],
    },
    ...rows.map(
      (r, i): Item => ({
        key: `cmp:${r.key}`,
        selectable: true,
        rows: [[seg(body[i] ?? "")]],
        detail: detailOf(i),
      }),
    ),
  ]
}
