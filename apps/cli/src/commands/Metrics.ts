/**
 * `bilateral metrics <code>`: what the domain derives for one relation: every indicator series with
 * year-over-year growth and the change and CAGR over each span, visit counts by level, direction
 * and year, the relation's age as of a day, upcoming anniversaries, and each claim's check.
 */
import {
  type BilateralIndex,
  encodeDate,
  encodeSeriesMetrics,
  type RelationView,
} from "@bilateral/data/snapshot"
import type { DayDate, Level, Relation, SeriesMetrics } from "@bilateral/domain"
import { formatIso, localize, seriesMetrics } from "@bilateral/domain/metrics"
import type { Command, Lang } from "../cli/Args"
import { claimStatusName, indicatorKindName, kindName, levelName, t } from "../i18n/Messages"
import { sideBySide } from "../render/Columns"
import { truncate, wrap } from "../render/DisplayWidth"
import { ageText, DASH, dateText, growthText, quantityText, yearsText } from "../render/Format"
import { renderTable } from "../render/Table"
import {
  claimTallyText,
  keyFiguresJson,
  latestTopVisitText,
  latestTradeChangeText,
  latestTradeText,
} from "../view/KeyFigures"
import { countryName, resolveOrFail, viewOf } from "../view/Relations"
import { claimWording, reportTexts, spanText, spreadText, yoyText } from "../view/Reporting"
import { blocks, type Context, heading, json, type Output, ok } from "./Context"

type MetricsCommand = Extract<Command, { name: "metrics" }>

/** The data of `metrics --json`: the relation's view as of a day, with every series' metrics. */
export const metricsJson = (index: BilateralIndex, relation: Relation, asOf: DayDate) => {
  const view = viewOf(index, relation, asOf)
  return {
    relation: relation.id,
    code: view.slug,
    country: view.partner.code,
    asOf: formatIso(asOf),
    ...keyFiguresJson(view),
    indicators: view.facts.indicators.map((s) => encodeSeriesMetrics(seriesMetrics(s))),
    visits: view.visitCounts,
    anniversaries: view.anniversaries.map((a) => ({
      subject: a.subject,
      eventId: a.eventId ?? null,
      years: a.years,
      year: a.year,
      date: encodeDate(a.date),
    })),
    claims: view.claims.map(({ claim, result }) => ({
      id: claim.id,
      text: claim.text,
      status: result.status,
      explanation: result.explanation,
      computed: result.computed ?? null,
    })),
  }
}

/**
 * The text block of one series: its points by period with yoy growth, the spread and each report
 * (with its sources) where a figure has several, then every span with its CAGR.
 */
export const seriesText = (m: SeriesMetrics, ctx: Context, index: BilateralIndex): string[] => {
  const { lang } = ctx
  const direction =
    m.series.from || m.series.to ? ` (${m.series.from ?? "?"} → ${m.series.to ?? "?"})` : ""
  const title = `${localize(m.series.title, lang)}${direction} · ${indicatorKindName(m.series.kind, lang)}`
  const points = renderTable(
    [
      { header: t("date", lang) },
      { header: t("value", lang), align: "right" },
      { header: t("yoy", lang), align: "right" },
    ],
    [...m.points, ...m.undated].map((o) => {
      const yoy = m.yoy.find((y) => y.to === o)
      return [spanText(o, lang), quantityText(o.value, lang), yoy ? yoyText(yoy, lang) : DASH]
    }),
  )
  const reports = [...m.points, ...m.undated].flatMap((o) => {
    const all = reportTexts(index, o, lang)
    if (all.length < 2) return []
    const spread = spreadText(o, lang)
    return [
      "",
      `${spanText(o, lang)}: ${t("reports", lang)}${spread ? ` (${spread})` : ""}`,
      ...all.map(
        (r) => `  • ${r.text} [${[...new Set(r.provenance.map((p) => p.source))].join(", ")}]`,
      ),
    ]
  })
  const spans =
    m.spans.length === 0
      ? []
      : [
          "",
          `${t("spans", lang)}:`,
          ...renderTable(
            [
              { header: t("from", lang) },
              { header: t("to", lang) },
              { header: t("years", lang), align: "right" },
              { header: t("change", lang), align: "right" },
              { header: t("cagr", lang), align: "right" },
            ],
            m.spans.map((s) => [
              spanText(s.from, lang),
              spanText(s.to, lang),
              yearsText(s.years, lang),
              growthText(s.change, lang),
              growthText(s.cagr, lang),
            ]),
          ),
        ]
  return [
    heading(ctx, title),
    ...points.map((l) => `  ${l}`),
    ...reports.map((l) => (l ? `  ${l}` : l)),
    ...spans.map((l) => (l ? `  ${l}` : l)),
  ]
}

const directionName = (index: BilateralIndex, guest: string, host: string, lang: Lang): string =>
  `${countryName(index, guest, lang)} → ${countryName(index, host, lang)}`

/** The visit counts as three small tables. */
export const visitsText = (index: BilateralIndex, view: RelationView, ctx: Context): string[] => {
  const { lang } = ctx
  const counts = view.visitCounts
  const table = (header: string, entries: ReadonlyArray<readonly [string, number]>) =>
    entries.length === 0
      ? []
      : renderTable(
          [{ header }, { header: t("count", lang), align: "right" }],
          entries.map(([k, n]) => [k, String(n)]),
        ).map((l) => `  ${l}`)
  const undated = counts.undated > 0 ? ` (${counts.undated} ${t("undated", lang)})` : ""
  const tables = [
    table(
      t("byLevel", lang),
      Object.entries(counts.byLevel).map(
        ([level, n]) => [levelName(level as Level, lang), n ?? 0] as const,
      ),
    ),
    table(
      t("byDirection", lang),
      counts.byDirection.map(
        ({ guest, host, count }) => [directionName(index, guest, host, lang), count] as const,
      ),
    ),
    table(
      t("byYear", lang),
      Object.entries(counts.byYear)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([year, n]) => [year, n] as const),
    ),
  ].filter((lines) => lines.length > 0)
  return [
    heading(ctx, `${t("visits", lang)}: ${counts.total}${undated}`),
    ...sideBySide(tables, ctx.width),
  ]
}

const DIM_ARROW = "→"

/** The view's key figures as aligned lines: age, latest trade, latest top-level visit, claims. */
export const keyFiguresText = (view: RelationView, ctx: Context): string[] => {
  const { lang } = ctx
  const age = view.age
  const change = latestTradeChangeText(view, lang)
  return renderTable(
    [{ header: "" }, { header: "" }],
    [
      [
        `${t("age", lang)}:`,
        age ? `${ageText(age, lang)} (${t("sinceDate", lang)} ${dateText(age.since, lang)})` : DASH,
      ],
      [
        `${t("latestTrade", lang)}:`,
        `${latestTradeText(view, lang)}${change ? `, ${change}` : ""}`,
      ],
      [`${t("latestTopVisit", lang)}:`, latestTopVisitText(view, lang)],
      [`${t("claims", lang)}:`, claimTallyText(view)],
    ],
    { header: false, ...(ctx.width === undefined ? {} : { maxWidth: ctx.width }) },
  )
}

/** The claims with their check results. */
export const claimsText = (view: RelationView, ctx: Context): string[] => {
  const { lang } = ctx
  const claims = view.claims
  if (claims.length === 0) return []
  const width = Math.max(30, (ctx.width ?? 100) - 4)
  return [
    heading(ctx, `${t("claims", lang)} (${claims.length})`),
    ...claims.flatMap(({ claim, result }) => {
      const [first = "", ...rest] = wrap(localize(claim.text, lang), width)
      const wording = claimWording(claim)
      return [
        `${claimStatusName(result.status, lang)}  ${first}`,
        ...rest.map((l) => `    ${l}`),
        ...(wording
          ? wrap(`${t("reportedWording", lang)}: “${wording}”`, width).map((l) => `    ${l}`)
          : []),
        ...wrap(result.explanation[lang], width).map(
          (l, i) => `    ${i === 0 ? DIM_ARROW : " "} ${l}`,
        ),
      ]
    }),
  ]
}

/** How many upcoming anniversaries the text shows (JSON has them all). */
const SHOWN_ANNIVERSARIES = 6

/** The text of `metrics`. */
export const metricsText = (
  index: BilateralIndex,
  relation: Relation,
  asOf: DayDate,
  ctx: Context,
): string => {
  const { lang } = ctx
  const view = viewOf(index, relation, asOf)
  const anniversaries = view.anniversaries
  return blocks(
    heading(
      ctx,
      `${view.title[lang]} (${relation.id}), ${t("asOf", lang)} ${dateText(asOf, lang)}`,
    ),
    keyFiguresText(view, ctx),
    ...view.facts.indicators.map((s) => seriesText(seriesMetrics(s), ctx, index)),
    visitsText(index, view, ctx),
    anniversaries.length > 0 && [
      heading(ctx, t("upcomingAnniversaries", lang)),
      ...anniversaries.slice(0, SHOWN_ANNIVERSARIES).map((a) => {
        const event = a.eventId === undefined ? undefined : index.event(a.eventId)
        const what =
          a.subject === "establishment" || !event
            ? t("ofEstablishment", lang)
            : `${t("sinceEvent", lang)} ${kindName(event._tag, lang).toLowerCase()} ${dateText(event.date, lang)}: ${localize(event.summary, lang)}`
        return truncate(
          `• ${dateText(a.date, lang)}: ${a.years} ${t("yearsUnit", lang)} ${what}`,
          ctx.width ?? 100,
        )
      }),
      ...(anniversaries.length > SHOWN_ANNIVERSARIES
        ? [
            lang === "vi"
              ? `  … và ${anniversaries.length - SHOWN_ANNIVERSARIES} kỷ niệm khác (xem --json)`
              : `  … and ${anniversaries.length - SHOWN_ANNIVERSARIES} more (see --json)`,
          ]
        : []),
    ],
    claimsText(view, ctx),
  )
}

/** Runs `metrics`. */
export const metrics = (index: BilateralIndex, command: MetricsCommand, ctx: Context): Output => {
  const relation = resolveOrFail(index, command.code, ctx.lang, "metrics")
  const asOf = command.asOf ?? ctx.today
  return ctx.json
    ? json(metricsJson(index, relation, asOf))
    : ok(metricsText(index, relation, asOf, ctx))
}
