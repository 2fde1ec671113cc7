/**
 * What the chart, the table and the card of a single figure of an indicator series share: the
 * props, keys and dates of observations, growth between neighbours, and the kind-and-direction
 * line under a series' title.
 */
import {
  formatDate,
  formatReported,
  type Growth,
  type GrowthSpan,
  type IndicatorSeries,
  type Observation,
  observationSpanLabel,
  partKey,
  type SeriesMetrics,
} from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { countryName } from "../lib/data"
import badgeStyles from "./Badge.module.css"

/**
 * What the chart of a series and the card of a single figure are given: a series and the page
 * language; the colour comes from the enclosing relation's `.tone`.
 */
export type SeriesProps = { series: IndicatorSeries; lang: Lang }

/**
 * A stable key for an observation: its date as ISO text, the part of the year it covers (so a
 * first half and the full year of the same year differ), its value and unit.
 */
export const isoKey = (o: Observation) =>
  `${o.date ? formatReported(o.date) : "undated"}:${o.period ? partKey(o.period) : "whole"}:${o.value.value}:${o.value.unit}`

/** Whether a growth is a fall (a negative rate). */
export const isDown = (g: Growth) => g._tag === "Rate" && g.rate < 0
const sameObservation = (a: Observation, b: Observation) => a === b

/** The change between two neighbouring points, from the domain's spans. */
export const spanBetween = (
  m: SeriesMetrics,
  from: Observation,
  to: Observation,
): GrowthSpan | undefined =>
  m.spans.find((s) => sameObservation(s.from, from) && sameObservation(s.to, to))

/**
 * How an observation's time is labelled: the span it covers when it is not a full year or a point
 * ("first half of 2018", "yearly average 2017–2021"), else its date, else the word for "undated".
 */
export const dateText = (o: Observation, lang: Lang): string =>
  observationSpanLabel(o, lang) ??
  (o.date ? formatDate(o.date, lang) : dictionary(lang).common.undated)

/** The series' kind as a badge, and the direction of its flow ("Kazakhstan → Việt Nam") if any. */
export function KindAndDirection({ series, lang }: SeriesProps) {
  const t = dictionary(lang)
  const direction =
    series.from && series.to
      ? `${countryName(series.from, lang)} → ${countryName(series.to, lang)}`
      : undefined
  return (
    <>
      <span className={`${badgeStyles.badge} ${badgeStyles.tone}`}>
        {t.labels.indicatorKind[series.kind]}
      </span>
      {direction && <span className="muted">{direction}</span>}
    </>
  )
}
