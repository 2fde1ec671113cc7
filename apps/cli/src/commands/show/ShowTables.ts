/** The tables of `show`: its agreements, and its indicator series with each one's latest figure. */
import type { Agreement, IndicatorSeries, Observation } from "@bilateral/domain"
import { latestWhole, localize, seriesMetrics } from "@bilateral/domain/metrics"
import { indicatorKindName, t } from "../../i18n/Messages"
import { dateText, quantityText } from "../../render/Format"
import { renderTable } from "../../render/Table"
import { spanText, spreadText } from "../../view/Reporting"
import type { Context } from "../Context"

/** The agreements table of `show`. */
export const agreementsTable = (agreements: ReadonlyArray<Agreement>, ctx: Context): string[] =>
  renderTable(
    [
      { header: t("signed", ctx.lang) },
      { header: t("effective", ctx.lang) },
      { header: t("title", ctx.lang), flexible: true },
    ],
    agreements.map((a) => [
      dateText(a.signed, ctx.lang),
      dateText(a.effective, ctx.lang),
      localize(a.title, ctx.lang),
    ]),
    ctx.width === undefined ? {} : { maxWidth: ctx.width },
  )

/**
 * The figure `show` gives as a series' latest: the domain's `latestWhole`, so a part of a year (the
 * first half of 2024) never stands for its year while a whole-period figure exists; else, in a
 * series without dated points, its last undated observation.
 */
export const latestFigure = (series: IndicatorSeries): Observation | undefined => {
  const m = seriesMetrics(series)
  return latestWhole(m.points) ?? m.latest
}

/** One line per series: its kind, title, latest figure and that figure's period. */
export const indicatorsTable = (series: ReadonlyArray<IndicatorSeries>, ctx: Context): string[] =>
  renderTable(
    [
      { header: t("kind", ctx.lang) },
      { header: t("title", ctx.lang), flexible: true },
      { header: t("latest", ctx.lang) },
      { header: t("date", ctx.lang) },
    ],
    series.map((s) => {
      const latest = latestFigure(s)
      const spread = latest ? spreadText(latest, ctx.lang) : undefined
      return [
        indicatorKindName(s.kind, ctx.lang),
        localize(s.title, ctx.lang),
        `${quantityText(latest?.value, ctx.lang)}${spread ? ` (${spread})` : ""}`,
        latest ? spanText(latest, ctx.lang) : dateText(undefined, ctx.lang),
      ]
    }),
    ctx.width === undefined ? {} : { maxWidth: ctx.width },
  )
