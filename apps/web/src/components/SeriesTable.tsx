/** The data table beside a series' chart: the accessible form of the chart, values cited. */
import { formatGrowth, formatQuantity, type SeriesMetrics } from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { Cite } from "./Cite"
import { dateText, isDown, isoKey, spanBetween } from "./SeriesParts"

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
            const span = previous ? spanBetween(m, previous, o) : undefined
            return (
              <tr key={isoKey(o)}>
                <th scope="row">
                  {dateText(o, lang)}
                  <span className="figure__note">{t.labels.basis[o.basis]}</span>
                </th>
                <td className="num">
                  <span className="nowrap">
                    <Cite lang={lang} provenance={o.provenance}>
                      {formatQuantity(o.value, lang)}
                    </Cite>
                  </span>
                  {o.rank && (
                    <span className="figure__note">
                      {t.common.rank(o.rank.position, o.rank.of)}
                    </span>
                  )}
                </td>
                <td className="num">
                  {span ? (
                    <span
                      className={`growth${span.change._tag !== "Rate" ? " growth--none" : isDown(span.change) ? " growth--down" : ""}`}
                    >
                      {formatGrowth(span.change, lang)}
                    </span>
                  ) : (
                    <span className="muted">{t.common.minus}</span>
                  )}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
