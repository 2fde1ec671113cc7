/**
 * A relation's visits: the total, counts by level, direction and year as bars (the data's
 * `visitCounts` of the relation's view), then the visits, top-level ones in bold.
 */
import type { Level, Relation } from "@bilateral/domain"
import { isTopLevel } from "@bilateral/domain/metrics"
import { levelName, t } from "../../i18n/Messages"
import { displayWidth, padEnd } from "../../render/DisplayWidth"
import { countryName, viewOf } from "../../view/Relations"
import { bar } from "../Charts"
import { headingItem, type Item, noteItem, type Row, seg, spacer, type View } from "../Items"
import { dateColumn, eventItem } from "./Timeline"

/** The items of the visits section. */
export const visitItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const rv = viewOf(index, relation, view.today)
  const events = rv.facts.events
  const counts = rv.visitCounts
  const countRows = (title: string, entries: ReadonlyArray<readonly [string, number]>): Item => {
    const labelW = Math.max(...entries.map(([k]) => displayWidth(k)), 4)
    const maxN = Math.max(1, ...entries.map(([, n]) => n))
    const barW = Math.max(0, Math.min(20, view.width - labelW - 6))
    return {
      key: `vis:${title}`,
      selectable: false,
      rows: [
        [seg(title, "heading")],
        ...entries.map(
          ([k, n]): Row => [
            seg(`  ${padEnd(k, labelW)} `),
            seg(bar(n, maxN, barW), "accent"),
            seg(` ${n}`),
          ],
        ),
      ],
    }
  }
  const undated = counts.undated > 0 ? ` (${counts.undated} ${t("undated", lang)})` : ""
  const visits = events.filter((e) => e._tag === "Visit")
  if (counts.total === 0) return [noteItem("vis:none", [`${t("total", lang)}: 0`], "accent")]
  const dateWidth = dateColumn(view, visits)
  return [
    noteItem("vis:total", [`${t("total", lang)}: ${counts.total}${undated}`], "accent"),
    countRows(
      t("byLevel", lang),
      Object.entries(counts.byLevel).map(
        ([level, n]) => [levelName(level as Level, lang), n ?? 0] as const,
      ),
    ),
    countRows(
      t("byDirection", lang),
      counts.byDirection.map(
        ({ guest, host, count }) =>
          [
            `${countryName(index, guest, lang)} → ${countryName(index, host, lang)}`,
            count,
          ] as const,
      ),
    ),
    countRows(
      t("byYear", lang),
      Object.entries(counts.byYear)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([y, n]) => [y, n] as const),
    ),
    spacer("vis:spacer"),
    headingItem("vis:list", t("visits", lang), String(visits.length)),
    ...visits.map((v) => {
      const item = eventItem(view, v, false, dateWidth)
      return isTopLevel(v.level)
        ? {
            ...item,
            rows: item.rows.map((r) =>
              r.map((s, i) => (i === 2 ? { ...s, tone: "heading" as const } : s)),
            ),
          }
        : item
    }),
  ]
}
