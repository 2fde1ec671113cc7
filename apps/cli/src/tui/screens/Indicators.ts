/**
 * A relation's indicators: each series with a sparkline, one row per observation with a bar, its
 * value and year-over-year growth, then the compound growth over each span (the domain's
 * `seriesMetrics`).
 */
import {
  localize,
  type Observation,
  pointValue,
  type Relation,
  seriesMetrics,
} from "@bilateral/domain"
import { indicatorKindName, t } from "../../i18n/Messages"
import { displayWidth, padEnd, padStart } from "../../render/DisplayWidth"
import { dateText, growthText, quantityText } from "../../render/Format"
import { bar, sparkline } from "../Charts"
import { type Item, noteItem, seg, spacer, type View } from "../Items"
import { lines } from "./Text"

/** The items of the indicators section. */
export const indicatorItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const items: Item[] = []
  for (const series of index.factsOf(relation.id).indicators) {
    const m = seriesMetrics(series)
    const all: Observation[] = [...m.points, ...m.undated]
    const direction =
      series.from || series.to ? ` (${series.from ?? "?"} → ${series.to ?? "?"})` : ""
    if (items.length > 0) items.push(spacer(`ind:${series.id}:spacer`))
    items.push({
      key: `ind:${series.id}:title`,
      selectable: false,
      rows: [
        [seg(`${localize(series.title, lang)}${direction}`, "heading")],
        [
          seg(`${indicatorKindName(series.kind, lang)}  `, "muted"),
          seg(sparkline(m.points.map((o) => pointValue(o.value))), "accent"),
        ],
      ],
    })
    const max = Math.max(0, ...all.map((o) => pointValue(o.value)))
    const dates = all.map((o) => dateText(o.date, lang))
    const values = all.map((o) => quantityText(o.value, lang))
    const growths = all.map((o) => {
      const yoy = m.yoy.find((y) => y.to === o)
      return yoy ? growthText(yoy.growth, lang) : ""
    })
    const dateW = Math.max(...dates.map(displayWidth))
    const valueW = Math.max(...values.map(displayWidth))
    const growthW = Math.max(0, ...growths.map(displayWidth))
    const barW =
      all.length < 2 ? 0 : Math.max(0, Math.min(30, view.width - dateW - valueW - growthW - 6))
    all.forEach((o, i) => {
      const body = [
        `${localize(series.title, lang)}: ${values[i]} (${dates[i]})`,
        ...(o.value.reported ? [`${t("asReported", lang)}: ${o.value.reported}`] : []),
        ...(growths[i] ? [`${t("yoy", lang)}: ${growths[i]}`] : []),
        ...(o.rank ? [`${t("rank", lang)}: ${o.rank.position}/${o.rank.of}`] : []),
      ]
      items.push({
        key: `ind:${series.id}:${i}`,
        selectable: true,
        rows: [
          [
            seg(`${padEnd(dates[i] ?? "", dateW)} `, "muted"),
            ...(barW >= 3 ? [seg(`${bar(pointValue(o.value), max, barW)} `, "accent")] : []),
            seg(padStart(values[i] ?? "", valueW)),
            seg(growths[i] ? `  ${growths[i]}` : "", "good"),
          ],
        ],
        detail: { title: localize(series.title, lang), body, provenance: o.provenance },
      })
    })
    if (m.spans.length > 0) {
      items.push(
        noteItem(
          `ind:${series.id}:spans`,
          m.spans.flatMap((s) =>
            lines(
              `${t("cagr", lang)} ${dateText(s.from.date, lang)} → ${dateText(s.to.date, lang)}: ${growthText(s.cagr, lang)} (${t("change", lang).toLowerCase()} ${growthText(s.change, lang)})`,
              view.width - 4,
            ).map((line, i) => `${i === 0 ? "  " : "    "}${line}`),
          ),
        ),
      )
    }
  }
  return items.length > 0 ? items : [noteItem("ind:none", [t("none", lang)])]
}
