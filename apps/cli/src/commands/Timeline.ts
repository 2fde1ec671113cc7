/**
 * `bilateral timeline`: events in date order (undated last), filtered by relation, kind and years.
 */
import { type BilateralIndex, encodeCollections } from "@bilateral/data/snapshot"
import type { Event, EventKind } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import type { Command } from "../cli/Args"
import { kindName, levelName, t } from "../i18n/Messages"
import { dateText } from "../render/Format"
import { renderTable } from "../render/Table"
import { relationCode, resolveOrFail } from "../view/Relations"
import { blocks, type Context, heading, json, type Output, ok } from "./Context"

type TimelineCommand = Extract<Command, { name: "timeline" }>

/** The selection a timeline command makes. */
export const selectEvents = (
  index: BilateralIndex,
  command: TimelineCommand,
  ctx: Context,
): { events: ReadonlyArray<Event>; relation?: string } => {
  const relation =
    command.country === undefined ? undefined : resolveOrFail(index, command.country, ctx.lang)
  const events = index.events({
    ...(relation ? { relation: relation.id } : {}),
    ...(command.kind ? { kind: command.kind } : {}),
    ...(command.from !== undefined ? { from: command.from } : {}),
    ...(command.to !== undefined ? { to: command.to } : {}),
  })
  return { events, ...(relation ? { relation: relation.id } : {}) }
}

/** The table of events, one per line (shared with `show`). */
export const eventsTable = (
  index: BilateralIndex,
  events: ReadonlyArray<Event>,
  ctx: Context,
  withCountry = true,
): string[] =>
  renderTable(
    [
      { header: t("date", ctx.lang) },
      ...(withCountry ? [{ header: t("code", ctx.lang) }] : []),
      { header: t("kind", ctx.lang) },
      { header: t("level", ctx.lang) },
      { header: t("summary", ctx.lang), flexible: true },
    ],
    events.map((e) => {
      const relation = index.relation(e.relation)
      return [
        dateText(e.date, ctx.lang),
        ...(withCountry ? [relation ? relationCode(index, relation) : e.relation] : []),
        kindName(e._tag as EventKind, ctx.lang),
        levelName(e.level, ctx.lang),
        localize(e.summary, ctx.lang),
      ]
    }),
    ctx.width === undefined ? {} : { maxWidth: ctx.width },
  )

/** Runs `timeline`. */
export const timeline = (index: BilateralIndex, command: TimelineCommand, ctx: Context): Output => {
  const { events, relation } = selectEvents(index, command, ctx)
  if (ctx.json) {
    return json({
      filter: {
        relation: relation ?? null,
        kind: command.kind ?? null,
        from: command.from ?? null,
        to: command.to ?? null,
      },
      count: events.length,
      events: encodeCollections({ events }).events ?? [],
    })
  }
  const title = `${t("timeline", ctx.lang)} (${events.length})`
  return ok(
    blocks(
      heading(ctx, title),
      events.length === 0 ? t("noEvents", ctx.lang) : eventsTable(index, events, ctx),
    ),
  )
}
