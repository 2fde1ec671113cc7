/** The card of a series with a single figure (or none dated), beside the charts of the others. */
import { formatQuantity, localize, seriesMetrics } from "@bilateral/domain"
import { dictionary } from "../i18n"
import { anchors } from "../lib/routes"
import cardStyles from "./Card.module.css"
import { Cite } from "./Cite"
import figure from "./Figure.module.css"
import styles from "./FigureCard.module.css"
import { dateText, isoKey, KindAndDirection, type SeriesProps } from "./SeriesParts"

/**
 * A series with a single figure (or none dated): a card with the figure, its date, basis and
 * rank. A chart of one point would say nothing, so there is none.
 */
export function FigureCard({ series, lang }: SeriesProps) {
  const t = dictionary(lang)
  const m = seriesMetrics(series)
  const id = anchors.indicator(series.id)
  const rows = [...m.points, ...m.undated]
  return (
    <article
      className={`${cardStyles.card} ${styles.figureCard}`}
      id={id}
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`}>{localize(series.title, lang)}</h3>
      <p className={styles.kind}>
        <KindAndDirection series={series} lang={lang} />
      </p>
      {rows.map((o) => (
        <p className={styles.row} key={isoKey(o)}>
          <span className={figure.value}>
            <Cite lang={lang} provenance={o.provenance}>
              {formatQuantity(o.value, lang)}
            </Cite>
          </span>
          <span className={figure.note}>
            {dateText(o, lang)} · {t.labels.basis[o.basis]}
            {o.rank ? ` · ${t.common.rank(o.rank.position, o.rank.of)}` : ""}
          </span>
        </p>
      ))}
    </article>
  )
}
