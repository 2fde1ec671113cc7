/**
 * `bilateral countries`: the relations, one line each, with the key figures of their views.
 */
import { type BilateralIndex, encodeDate } from "@bilateral/data/snapshot"
import type { Bilingual, DayDate } from "@bilateral/domain"
import { formatIso } from "@bilateral/domain/metrics"
import { collectionName, t } from "../i18n/Messages"
import { dateText } from "../render/Format"
import { renderTable } from "../render/Table"
import {
  claimTallyText,
  type KeyFiguresJson,
  keyFiguresJson,
  latestTopVisitDate,
  latestTradeText,
} from "../view/KeyFigures"
import { relationCode, relationName, viewOf } from "../view/Relations"
import { blocks, type Context, heading, json, type Output, ok } from "./Context"

/** One relation in `countries --json`: who, its counts and its key figures. */
export interface CountryJson extends KeyFiguresJson {
  /** The code users type (`kz`): the relation's slug. */
  readonly code: string
  /** The partner's ISO code. */
  readonly country: string
  readonly relation: string
  /** "Việt Nam – Kazakhstan" / "Vietnam – Kazakhstan". */
  readonly title: Bilingual
  readonly name: Readonly<Record<string, string>>
  readonly officialName: Readonly<Record<string, string>> | null
  readonly established: string | null
  readonly counts: {
    readonly events: number
    readonly visits: number
    readonly agreements: number
    readonly indicators: number
    readonly claims: number
    readonly sources: number
  }
}

/** The data of `countries --json`: the day the figures are computed as of, and each relation. */
export const countriesJson = (
  index: BilateralIndex,
  asOf: DayDate,
): { asOf: string; countries: CountryJson[] } => ({
  asOf: formatIso(asOf),
  countries: index.relations.map((relation) => {
    const view = viewOf(index, relation, asOf)
    return {
      code: view.slug,
      country: view.partner.code,
      relation: relation.id,
      title: view.title,
      name: view.partner.name,
      officialName: view.partner.officialName ?? null,
      established: encodeDate(relation.established?.date),
      counts: view.counts,
      ...keyFiguresJson(view),
    }
  }),
})

/** The rows of the countries table (shared with the overview). */
export const countriesTable = (index: BilateralIndex, ctx: Context): string[] =>
  renderTable(
    [
      { header: t("code", ctx.lang) },
      { header: t("relation", ctx.lang), flexible: true },
      { header: t("established", ctx.lang) },
      { header: t("events", ctx.lang), align: "right" },
      { header: t("agreements", ctx.lang), align: "right" },
      { header: t("latestTrade", ctx.lang), flexible: true },
      { header: t("topVisit", ctx.lang) },
      { header: collectionName("claims", ctx.lang) },
    ],
    index.relations.map((relation) => {
      const view = viewOf(index, relation, ctx.today)
      return [
        relationCode(index, relation),
        relationName(index, relation, ctx.lang, ctx.today),
        dateText(relation.established?.date, ctx.lang),
        String(view.counts.events),
        String(view.counts.agreements),
        latestTradeText(view, ctx.lang),
        latestTopVisitDate(view, ctx.lang),
        claimTallyText(view),
      ]
    }),
    ctx.width === undefined ? {} : { maxWidth: ctx.width },
  )

/** Runs `countries`. */
export const countries = (index: BilateralIndex, ctx: Context): Output =>
  ctx.json
    ? json(countriesJson(index, ctx.today))
    : ok(
        blocks(
          heading(ctx, `${t("relation", ctx.lang)} (${index.relations.length})`),
          countriesTable(index, ctx),
        ),
      )
