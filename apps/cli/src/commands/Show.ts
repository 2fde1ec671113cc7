/**
 * `bilateral show <code>`: the profile of one relation: how it was established, embassies,
 * frameworks, the status of the relation over time, events with their sessions' commission,
 * co-chairs and levels, agreements, indicators, cooperation, statements and the sources cited.
 */
import { type BilateralIndex, encodeCollections } from "@bilateral/data/snapshot"
import type { Agreement, Collection, IndicatorSeries, Relation } from "@bilateral/domain"
import { isConcurrent, localize, seriesMetrics } from "@bilateral/domain/metrics"
import type { Command } from "../cli/Args"
import { collectionName, indicatorKindName, t } from "../i18n/Messages"
import { wrap } from "../render/DisplayWidth"
import { DASH, dateText, quantityText } from "../render/Format"
import { renderTable } from "../render/Table"
import { countryName, involvesSubject, resolveOrFail, viewOf } from "../view/Relations"
import {
  relationStatus,
  sessionLines,
  spanText,
  spreadText,
  statusChangeText,
} from "../view/Reporting"
import { blocks, bullets, type Context, heading, json, type Output, ok } from "./Context"
import { keyFiguresText } from "./Metrics"
import { eventsTable } from "./Timeline"

type ShowCommand = Extract<Command, { name: "show" }>

/** Every source id cited anywhere inside `value` (any object with `source` and `quote`). */
export const citedSources = (value: unknown, into: Set<string> = new Set()): Set<string> => {
  if (Array.isArray(value)) {
    for (const item of value) citedSources(item, into)
  } else if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>
    if (typeof record.source === "string" && typeof record.quote === "string")
      into.add(record.source)
    for (const child of Object.values(record)) citedSources(child, into)
  }
  return into
}

/** The data of `show --json`: every fact of the relation, encoded as in the dataset files. */
export const showJson = (index: BilateralIndex, relation: Relation) => {
  const facts = index.factsOf(relation.id)
  const partner = facts.partner
  const sourceIds = citedSources(facts)
  const sources = [...sourceIds].flatMap((id) => {
    const source = index.source(id)
    return source ? [source] : []
  })
  const encoded = encodeCollections({
    relations: [relation],
    countries: [partner],
    events: facts.events,
    agreements: facts.agreements,
    indicators: facts.indicators,
    memberships: facts.memberships,
    sisterRegions: facts.sisterRegions,
    support: facts.support,
    cooperationAreas: facts.cooperationAreas,
    projects: facts.projects,
    tradeGoods: facts.tradeGoods,
    measures: facts.measures,
    statements: facts.statements,
    claims: facts.claims,
    sources,
  })
  return {
    relation: encoded.relations?.[0] ?? null,
    partner: encoded.countries?.[0] ?? null,
    events: encoded.events ?? [],
    agreements: encoded.agreements ?? [],
    indicators: encoded.indicators ?? [],
    memberships: encoded.memberships ?? [],
    sisterRegions: encoded.sisterRegions ?? [],
    support: encoded.support ?? [],
    cooperationAreas: encoded.cooperationAreas ?? [],
    projects: encoded.projects ?? [],
    tradeGoods: encoded.tradeGoods ?? [],
    measures: encoded.measures ?? [],
    statements: encoded.statements ?? [],
    claims: encoded.claims ?? [],
    sources: encoded.sources ?? [],
  }
}

/** Label: value lines, aligned. */
const fields = (rows: ReadonlyArray<readonly [string, string]>): string[] =>
  renderTable(
    [{ header: "" }, { header: "" }],
    rows.map(([k, v]) => [`${k}:`, v]),
    { header: false },
  )

/** The establishment, recognitions, embassies and frameworks. */
export const relationFacts = (
  index: BilateralIndex,
  relation: Relation,
  ctx: Context,
): string[] => {
  const { lang } = ctx
  const rows: Array<readonly [string, string]> = []
  if (relation.established) {
    const instrument = relation.established.instrument
      ? ` (${localize(relation.established.instrument, lang)})`
      : ""
    rows.push([t("established", lang), `${dateText(relation.established.date, lang)}${instrument}`])
  }
  for (const r of relation.recognitions) {
    rows.push([
      t("recognition", lang),
      `${countryName(index, r.by, lang)} → ${countryName(index, r.of, lang)}: ${dateText(r.date, lang)}`,
    ])
  }
  for (const e of relation.embassies) {
    const where = isConcurrent(e)
      ? `${t("concurrent", lang)} ${countryName(index, e.seat, lang)}`
      : t("resident", lang)
    rows.push([
      t("embassies", lang),
      `${countryName(index, e.sender, lang)} → ${countryName(index, e.accreditedTo, lang)} (${where})${e.ambassador ? `, ${e.ambassador}` : ""}`,
    ])
  }
  for (const f of relation.frameworks) {
    rows.push([
      t("frameworks", lang),
      `${localize(f.name, lang)}${f.since ? ` (${dateText(f.since, lang)})` : ""}`,
    ])
  }
  return fields(rows)
}

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

/** One line per series: its kind, title and latest figure. */
export const indicatorsTable = (series: ReadonlyArray<IndicatorSeries>, ctx: Context): string[] =>
  renderTable(
    [
      { header: t("kind", ctx.lang) },
      { header: t("title", ctx.lang), flexible: true },
      { header: t("latest", ctx.lang) },
      { header: t("date", ctx.lang) },
    ],
    series.map((s) => {
      const latest = seriesMetrics(s).latest
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

/** The relation's status over time (the domain's `statusTimeline`), one line per change. */
export const statusText = (index: BilateralIndex, relation: Relation, ctx: Context): string[] => {
  const changes = relationStatus(index, relation)
  return changes.length === 0
    ? []
    : [
        heading(ctx, `${t("statusTimeline", ctx.lang)} (${changes.length})`),
        ...bullets(
          ctx,
          changes.map((c) => statusChangeText(c, ctx.lang)),
        ),
      ]
}

/** Each commission session and consultation round: its date, summary and what the data says of it. */
export const sessionsText = (index: BilateralIndex, relation: Relation, ctx: Context): string[] => {
  const { lang } = ctx
  const sessions = index
    .events({ relation: relation.id })
    .filter((e) => e._tag === "CommissionSession" || e._tag === "PoliticalConsultation")
  return sessions.length === 0
    ? []
    : [
        heading(ctx, `${t("sessions", lang)} (${sessions.length})`),
        ...sessions.flatMap((e) => [
          ...bullets(ctx, [`${dateText(e.date, lang)}: ${localize(e.summary, lang)}`]),
          ...sessionLines(index, relation, e, lang).flatMap((l) =>
            (ctx.width === undefined ? [l] : wrap(l, Math.max(10, ctx.width - 4))).map(
              (w, i) => `${i === 0 ? "    " : "      "}${w}`,
            ),
          ),
        ]),
      ]
}

/** The text of `show`. */
export const showText = (index: BilateralIndex, relation: Relation, ctx: Context): string => {
  const { lang } = ctx
  const view = viewOf(index, relation, ctx.today)
  const facts = view.facts
  const partner = view.partner
  const section = (key: Collection, count: number, body: ReadonlyArray<string>) =>
    count === 0 ? undefined : [heading(ctx, `${collectionName(key, lang)} (${count})`), ...body]
  const sourceIds = citedSources(facts)
  return (
    blocks(
      [
        heading(ctx, `${view.title[lang]} (${relation.id})`),
        ...(partner.officialName && involvesSubject(index, relation)
          ? [localize(partner.officialName, lang)]
          : []),
      ],
      relationFacts(index, relation, ctx),
      keyFiguresText(view, ctx),
      statusText(index, relation, ctx),
      section(
        "memberships",
        facts.memberships.length,
        bullets(
          ctx,
          facts.memberships.map((m) => {
            const org = index.organisation(m.organisation)
            const orgName = org ? (org.abbreviation ?? localize(org.name, lang)) : m.organisation
            return `${countryName(index, m.country, lang)}: ${orgName}${m.since ? ` (${dateText(m.since, lang)})` : ""}`
          }),
        ),
      ),
      section("events", facts.events.length, eventsTable(index, facts.events, ctx, false)),
      sessionsText(index, relation, ctx),
      section("agreements", facts.agreements.length, agreementsTable(facts.agreements, ctx)),
      section("indicators", facts.indicators.length, indicatorsTable(facts.indicators, ctx)),
      section(
        "sisterRegions",
        facts.sisterRegions.length,
        bullets(
          ctx,
          facts.sisterRegions.map((s) => s.regions.map((r) => localize(r.name, lang)).join(" – ")),
        ),
      ),
      section(
        "support",
        facts.support.length,
        bullets(
          ctx,
          facts.support.map((s) => {
            const body = index.organisation(s.body)
            return `${countryName(index, s.supporter, lang)} → ${countryName(index, s.supported, lang)}: ${body ? localize(body.name, lang) : s.body}${s.term ? ` (${dateText(s.term, lang)})` : ""}${s.note ? `: ${localize(s.note, lang)}` : ""}`
          }),
        ),
      ),
      section(
        "cooperationAreas",
        facts.cooperationAreas.length,
        bullets(
          ctx,
          facts.cooperationAreas.map((c) => localize(c.area, lang)),
        ),
      ),
      section(
        "projects",
        facts.projects.length,
        bullets(
          ctx,
          facts.projects.map(
            (p) =>
              `${localize(p.title, lang)}${p.size ? ` (${quantityText(p.size, lang)})` : ""}${p.date ? `, ${dateText(p.date, lang)}` : ""}`,
          ),
        ),
      ),
      section(
        "tradeGoods",
        facts.tradeGoods.length,
        bullets(
          ctx,
          facts.tradeGoods.map((g) => `${localize(g.product, lang)} (${g.from} → ${g.to})`),
        ),
      ),
      section(
        "measures",
        facts.measures.length,
        bullets(
          ctx,
          facts.measures.map(
            (m) =>
              `${localize(m.title, lang)}${m.duration ? ` (${quantityText(m.duration, lang)})` : ""}${m.date ? `, ${dateText(m.date, lang)}` : ""}`,
          ),
        ),
      ),
      section(
        "statements",
        facts.statements.length,
        bullets(
          ctx,
          facts.statements.map((s) => localize(s.text, lang)),
        ),
      ),
      section(
        "sources",
        sourceIds.size,
        bullets(
          ctx,
          [...sourceIds].map((id) => {
            const s = index.source(id)
            if (!s) return id
            const meta = [s.outlet, s.date ? dateText(s.date, lang) : undefined]
              .filter(Boolean)
              .join(", ")
            return `${id}: ${localize(s.title, lang)}${meta ? ` (${meta})` : ""}`
          }),
        ),
      ),
    ).replace(/\n{3,}/g, "\n\n") || DASH
  )
}

/** Runs `show`. */
export const show = (index: BilateralIndex, command: ShowCommand, ctx: Context): Output => {
  const relation = resolveOrFail(index, command.code, ctx.lang, "show")
  return ctx.json ? json(showJson(index, relation)) : ok(showText(index, relation, ctx))
}
