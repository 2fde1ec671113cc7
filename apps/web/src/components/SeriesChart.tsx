/**
 * One indicator series: an SVG bar chart rendered at build time, with growth labels between
 * points, and beside it a data table (the accessible form of the chart) whose values link to
 * their provenance. Every number comes from @bilateral/domain (`seriesMetrics`, formatters).
 */
import {
  formatGrowth,
  formatMultiple,
  formatQuantity,
  type IndicatorSeries,
  localize,
  multiple,
  type SeriesMetrics,
  seriesMetrics,
} from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { anchors } from "../lib/routes"
import { barsOf, Columns, Rows, round1 } from "./ChartBars"
import { reporterText, spreadText } from "./ReportList"
import styles from "./SeriesChart.module.css"
import { dateText, KindAndDirection, type SeriesProps } from "./SeriesParts"
import { SeriesTable } from "./SeriesTable"

/** Whether a series has a trend to chart (two dated points or more). */
export const hasTrend = (series: IndicatorSeries): boolean =>
  seriesMetrics(series).points.length >= 2

/** A series with two dated points or more: its chart and its table. */
export function SeriesChart({ series, lang }: SeriesProps) {
  const m = seriesMetrics(series)
  const title = localize(series.title, lang)
  const id = anchors.indicator(series.id)
  return (
    <article className={styles.series} id={id} data-testid="series" aria-labelledby={`${id}-title`}>
      <header className={styles.head}>
        <h3 id={`${id}-title`}>{title}</h3>
        <KindAndDirection series={series} lang={lang} />
      </header>
      <Chart m={m} lang={lang} title={title} />
      <SeriesTable m={m} lang={lang} title={title} />
    </article>
  )
}

function Chart({ m, lang, title }: { m: SeriesMetrics; lang: Lang; title: string }) {
  const t = dictionary(lang)
  const bars = barsOf(m, lang)
  // The domain's overall span: whole-period points, never a part of a year against a full year.
  const whole = m.overall
  const from = whole ? dateText(whole.from, lang) : ""
  const to = whole ? dateText(whole.to, lang) : ""
  const times = whole ? multiple(whole.from.value, whole.to.value) : undefined
  const hasApprox = bars.some((b) => b.approx)
  const hasAverage = bars.some((b) => b.average)
  const gapNotes = m.gaps.map((g) => t.chart.gapNote(g.afterYear, g.beforeYear))
  // Where reports of one figure differ, which one the bars use (the main report, by the domain).
  const reportNotes = m.points.flatMap((p) => {
    const range = spreadText(p, lang)
    return range === undefined
      ? []
      : [
          t.reports.chartUses(
            dateText(p, lang),
            range,
            p.reporter
              ? `${formatQuantity(p.value, lang)} (${reporterText(p, lang)})`
              : formatQuantity(p.value, lang),
          ),
        ]
  })
  const label = `${t.a11y.chartOf(title)}. ${[
    ...bars.map((b) => `${b.tick}: ${b.label}${b.change ? ` (${b.change.text})` : ""}`),
    ...gapNotes,
  ].join("; ")}`

  return (
    <figure className={styles.chart}>
      <Columns bars={bars} label={label} />
      <Rows bars={bars} label={label} />
      <figcaption>
        <ul className={styles.summary}>
          {whole && (
            <li>
              {`${from} → ${to}: `}
              <strong>{formatGrowth(whole.change, lang)}</strong>
              {times !== undefined && times > 1.05
                ? ` (${formatMultiple(round1(times), lang)})`
                : null}
            </li>
          )}
          {whole && whole.years > 1 && whole.cagr._tag === "Rate" && (
            <li>
              {`${t.chart.cagr(from, to)}: `}
              <strong>{formatGrowth(whole.cagr, lang)}</strong>
            </li>
          )}
          {[...gapNotes, ...reportNotes].map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
        {(hasApprox || hasAverage) && (
          <ul className={styles.legend}>
            {hasApprox && (
              <li>
                <span className={`${styles.swatch} ${styles.swatchApprox}`} aria-hidden="true" />
                {t.chart.approx}
              </li>
            )}
            {hasAverage && (
              <li>
                <span className={`${styles.swatch} ${styles.swatchAverage}`} aria-hidden="true" />
                {t.chart.periodAverage}
              </li>
            )}
          </ul>
        )}
      </figcaption>
    </figure>
  )
}
