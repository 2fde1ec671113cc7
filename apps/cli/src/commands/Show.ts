/**
 * `bilateral show <code>`: the profile of one relation: how it was established, embassies,
 * frameworks, the status of the relation over time, events with their sessions' commission,
 * co-chairs and levels, agreements, indicators, cooperation, statements and the sources cited.
 * The blocks are in show/: RelationFacts, ShowTables, FactLists, and ShowJson for `--json`.
 */
import type { BilateralIndex } from "@bilateral/data/snapshot"
import type { Collection, Relation } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import type { Command } from "../cli/Args"
import { collectionName } from "../i18n/Messages"
import { DASH } from "../render/Format"
import { involvesSubject, resolveOrFail, viewOf } from "../view/Relations"
import { blocks, bullets, type Context, heading, json, type Output, ok } from "./Context"
import { keyFiguresText } from "./Metrics"
import { FACT_LISTS, membershipItems, sourceItems } from "./show/FactLists"
import { relationFacts, sessionsText, statusText } from "./show/RelationFacts"
import { citedSources, showJson } from "./show/ShowJson"
import { agreementsTable, indicatorsTable } from "./show/ShowTables"
import { eventsTable } from "./Timeline"

type ShowCommand = Extract<Command, { name: "show" }>

/** The text of `show`. */
export const showText = (index: BilateralIndex, relation: Relation, ctx: Context): string => {
  const { lang } = ctx
  const view = viewOf(index, relation, ctx.today)
  const facts = view.facts
  const partner = view.partner
  const section = (key: Collection, count: number, body: ReadonlyArray<string>) =>
    count === 0 ? undefined : [heading(ctx, `${collectionName(key, lang)} (${count})`), ...body]
  const list = (key: Collection, items: ReadonlyArray<string>) =>
    section(key, items.length, bullets(ctx, items))
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
      list("memberships", membershipItems(index, facts, lang)),
      section("events", facts.events.length, eventsTable(index, facts.events, ctx, false)),
      sessionsText(index, relation, ctx),
      section("agreements", facts.agreements.length, agreementsTable(facts.agreements, ctx)),
      section("indicators", facts.indicators.length, indicatorsTable(facts.indicators, ctx)),
      ...FACT_LISTS.map(({ key, items }) => list(key, items(index, facts, lang))),
      list("sources", sourceItems(index, citedSources(facts), lang)),
    ).replace(/\n{3,}/g, "\n\n") || DASH
  )
}

/** Runs `show`. */
export const show = (index: BilateralIndex, command: ShowCommand, ctx: Context): Output => {
  const relation = resolveOrFail(index, command.code, ctx.lang, "show")
  return ctx.json ? json(showJson(index, relation)) : ok(showText(index, relation, ctx))
}
