/**
 * A relation's indicators: each series with a sparkline, one row per observation with a bar, its
 * period, value and year-over-year growth (on the same period a year earlier for parts of a year),
 * the spread when its reports differ, then the compound growth over each span (the domain's
 * `seriesMetrics`). An observation's detail lists every report, each with its own sources.
 */
import type { Observation, Relation } from "@bilateral/domain"
import { localize, pointValue, seriesMetrics } from "@bilateral/domain/metrics"
import { indicatorKindName, t } from "../../i18n/Messages"
import { displayWidth, padEnd, padStart } from "../../render/DisplayWidth"
import { growthText, quantityText } from "../../render/Format"
import { reportTexts, spanText, spreadText, yoyText } from "../../view/Reporting"
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
    const dates = all.map((o) => spanText(o, lang))
    const values = all.map((o) => quantityText(o.value, lang))
    const growths = all.map((o) => {
      const yoy = m.yoy.find((y) => y.to === o)
      return yoy ? yoyText(yoy, lang) : ""
    })
    const dateW = Math.max(...dates.map(displayWidth))
    const valueW = Math.max(...values.map(displayWidth))
    const growthW = Math.max(0, ...growths.map(displayWidth))
    // Too narrow for date, value and growth on one line: the growth goes below.
    const growthBelow = dateW + 1 + valueW + 2 + growthW > view.width
    const barW =
      all.length < 2
        ? 0
        : Math.max(0, Math.min(30, view.width - dateW - valueW - (growthBelow ? 0 : growthW) - 6))
    all.forEach((o, i) => {
      const reports = reportTexts(index, o, lang)
      const spread = spreadText(o, lang)
      const body = [
        `${localize(series.title, lang)}: ${values[i]} (${dates[i]})`,
        ...(o.value.reported ? [`${t("asReported", lang)}: ${o.value.reported}`] : []),
        ...(growths[i] ? [`${t("yoy", lang)}: ${growths[i]}`] : []),
        ...(o.rank ? [`${t("rank", lang)}: ${o.rank.position}/${o.rank.of}`] : []),
        ...(spread ? [spread] : []),
        ...(reports.length === 1 ? reports.map((r) => r.text) : []),
      ]
      items.push({
        key: `ind:${series.id}:${i}`,
        selectable: true,
        rows: [
          [
            seg(`${padEnd(dates[i] ?? "", dateW)} `, "muted"),
            ...(barW >= 3 ? [seg(`${bar(pointValue(o.value), max, barW)} `, "accent")] : []),
            seg(padStart(values[i] ?? "", valueW)),
            ...(growthBelow ? [] : [seg(growths[i] ? `  ${growths[i]}` : "", "good")]),
          ],
          ...(growthBelow && growths[i]
            ? lines(growths[i] ?? "", view.width - 2).map((line) => [seg(`  ${line}`, "good")])
            : []),
          ...(spread
            ? lines(spread, view.width - 2).map((line) => [seg(`  ${line}`, "warn")])
            : []),
        ],
        detail: {
          title: localize(series.title, lang),
          body,
          provenance: o.provenance,
          ...(reports.length > 1
            ? { sides: reports.map((r) => ({ name: r.text, provenance: r.provenance })) }
            : {}),
        },
      })
    })
    if (m.spans.length > 0) {
      items.push(
        noteItem(
          `ind:${series.id}:spans`,
          m.spans.flatMap((s) =>
            lines(
              `${t("cagr", lang)} ${spanText(s.from, lang)} → ${spanText(s.to, lang)}: ${growthText(s.cagr, lang)} (${t("change", lang).toLowerCase()} ${growthText(s.change, lang)})`,
              view.width - 4,
            ).map((line, i) => `${i === 0 ? "  " : "    "}${line}`),
          ),
        ),
      )
    }
  }
  return items.length > 0 ? items : [noteItem("ind:none", [t("none", lang)])]
}
