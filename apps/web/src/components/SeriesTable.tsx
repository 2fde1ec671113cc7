/**
 * The data table beside a series' chart: the accessible form of the chart, values cited. A
 * figure with several reports lists each one with its reporter and citation (`ReportList`); the
 * change column gives year-over-year growth like with like (a part of a year against the same part
 * a year earlier, the domain's `yoy`), else the change from the previous point.
 */
import {
  comparisonClass,
  formatGrowth,
  formatQuantity,
  type Growth,
  observationReports,
  observationSpanLabel,
  type SeriesMetrics,
} from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { Cite } from "./Cite"
import figure from "./Figure.module.css"
import growthStyles from "./Growth.module.css"
import { ReportList, reporterText } from "./ReportList"
import { dateText, isDown, isoKey, spanBetween } from "./SeriesParts"

const growthClass = (g: Growth) =>
  g._tag !== "Rate"
    ? `${growthStyles.growth} ${growthStyles.none}`
    : isDown(g)
      ? `${growthStyles.growth} ${growthStyles.down}`
      : growthStyles.growth

export function SeriesTable({ m, lang, title }: { m: SeriesMetrics; lang: Lang; title: string }) {
  const t = dictionary(lang)
  const rows = [...m.points, ...m.undated]
  return (
    <div className="table-wrap">
      <table className="series-table">
        <caption>{t.a11y.tableOf(title)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.common.date}</th>
            <th scope="col" className="num">
              {t.common.value}
            </th>
            <th scope="col" className="num">
              {t.common.change}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o, i) => {
            const previous = i > 0 && i < m.points.length ? m.points[i - 1] : undefined
            const yoy = m.yoy.find((y) => y.to === o)
            const change =
              yoy?.growth ?? (previous ? spanBetween(m, previous, o)?.change : undefined)
            const samePeriod = yoy !== undefined && comparisonClass(o) !== "whole"
            const several = observationReports(o).length > 1
            return (
              <tr key={isoKey(o)}>
                <th scope="row">
                  {dateText(o, lang)}
                  {observationSpanLabel(o, lang) === undefined && (
                    <span className={figure.note}>{t.labels.basis[o.basis]}</span>
                  )}
                </th>
                <td className="num">
                  {several ? (
                    <ReportList o={o} lang={lang} />
                  ) : (
                    <>
                      <span className="nowrap">
                        <Cite lang={lang} provenance={o.provenance}>
                          {formatQuantity(o.value, lang)}
                        </Cite>
                      </span>
                      {o.reporter && <span className={figure.note}>{reporterText(o, lang)}</span>}
                    </>
                  )}
                  {o.rank && (
                    <span className={figure.note}>{t.common.rank(o.rank.position, o.rank.of)}</span>
                  )}
                </td>
                <td className="num">
                  {change ? (
                    <span className={growthClass(change)}>{formatGrowth(change, lang)}</span>
                  ) : (
                    <span className="muted">{t.common.minus}</span>
                  )}
                  {samePeriod && <span className={figure.note}>{t.reports.samePeriod}</span>}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
