/**
 * The relation's indicators: a chart for each series with a trend, cards for single figures. The
 * indicators page (`routes.relationPart(lang, slug, "indicators")`) shows every one, anchored
 * (`anchors.indicator`); the relation page shows the first few (`IndicatorsSummary`) and links
 * there.
 */
import type { RelationView } from "@bilateral/data"
import { FigureCard } from "@/components/FigureCard"
import gridStyles from "@/components/Grid.module.css"
import sectionStyles from "@/components/Section.module.css"
import { hasTrend, SeriesChart } from "@/components/SeriesChart"
import { dictionary, type Lang } from "@/i18n"
import { routes } from "@/lib/routes"
import { PartLink, Section } from "./Section"

type Series = RelationView["facts"]["indicators"][number]

/** How many charts and how many single-figure cards the relation page shows at most. */
export const INDICATORS_SHOWN = { charts: 1, singles: 3 } as const

/** Charts of the series with a trend, then the single figures' cards under their heading. */
function Indicators({
  trends,
  singles,
  lang,
}: {
  trends: ReadonlyArray<Series>
  singles: ReadonlyArray<Series>
  lang: Lang
}) {
  const t = dictionary(lang)
  return (
    <>
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
    </>
  )
}

/** Every indicator of the relation: the indicators page. */
export function IndicatorsSection({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { indicators } = view.facts
  return (
    <Section id="indicators" title={t.country.indicators} lede={t.country.indicatorsLede}>
      {indicators.length === 0 && <p className="muted">{t.country.noData}</p>}
      <Indicators
        trends={indicators.filter(hasTrend)}
        singles={indicators.filter((s) => !hasTrend(s))}
        lang={lang}
      />
    </Section>
  )
}

/**
 * The relation page's indicators: the first series with a trend charted and the first single
 * figures (`INDICATORS_SHOWN`), then a link to all of them.
 */
export function IndicatorsSummary({ view, lang }: { view: RelationView; lang: Lang }) {
  const t = dictionary(lang)
  const { indicators } = view.facts
  return (
    <Section id="indicators" title={t.country.indicators} lede={t.country.indicatorsLede}>
      {indicators.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <>
          <Indicators
            trends={indicators.filter(hasTrend).slice(0, INDICATORS_SHOWN.charts)}
            singles={indicators.filter((s) => !hasTrend(s)).slice(0, INDICATORS_SHOWN.singles)}
            lang={lang}
          />
          <PartLink href={routes.relationPart(lang, view.slug, "indicators")}>
            {t.country.allIndicators(indicators.length)}
          </PartLink>
        </>
      )}
    </Section>
  )
}
