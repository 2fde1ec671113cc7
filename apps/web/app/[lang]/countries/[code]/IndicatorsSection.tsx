/** The relation's indicators: a chart for each series with a trend, cards for single figures. */
import type { RelationView } from "@bilateral/data"
import { FigureCard } from "@/components/FigureCard"
import gridStyles from "@/components/Grid.module.css"
import sectionStyles from "@/components/Section.module.css"
import { hasTrend, SeriesChart } from "@/components/SeriesChart"
import { dictionary, type Lang } from "@/i18n"
import { Section } from "./Section"

export function IndicatorsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { indicators } = view.facts
  const trends = indicators.filter(hasTrend)
  const singles = indicators.filter((s) => !hasTrend(s))
  return (
    <Section id="indicators" title={t.country.indicators} lede={t.country.indicatorsLede}>
      {indicators.length === 0 && <p className="muted">{t.country.noData}</p>}
      {trends.map((series) => (
        <SeriesChart key={series.id} series={series} lang={lang} />
      ))}
      {singles.length > 0 && (
        <div className={sectionStyles.subsection}>
          <h3>{t.country.singleFigures}</h3>
          <p className={sectionStyles.lede}>{t.chart.single}</p>
          <div className={`${gridStyles.grid} ${gridStyles.three}`}>
            {singles.map((series) => (
              <FigureCard key={series.id} series={series} lang={lang} />
            ))}
          </div>
        </div>
      )}
    </Section>
  )
}
