/**
 * `bilateral countries`: the partner countries, one line each, with key figures.
 */
import { type BilateralIndex, encodeDate, encodeQuantity, type QuantityJson } from "@bilateral/data"
import { localize } from "@bilateral/domain"
import { t } from "../i18n/Messages"
import { dateText, quantityText } from "../render/Format"
import { renderTable } from "../render/Table"
import { keyFigures, partnerCode } from "../view/Relations"
import { blocks, type Context, heading, json, type Output, ok } from "./Context"

/** One country in `countries --json`. */
export interface CountryJson {
  readonly code: string
  readonly country: string
  readonly relation: string
  readonly name: Readonly<Record<string, string>>
  readonly officialName: Readonly<Record<string, string>> | null
  readonly established: string | null
  readonly counts: {
    readonly events: number
    readonly visits: number
    readonly agreements: number
    readonly indicators: number
  }
  readonly latestTrade: { readonly date: string | null; readonly value: QuantityJson } | null
}

/** The data of `countries --json`. */
export const countriesJson = (index: BilateralIndex): { countries: CountryJson[] } => ({
  countries: index.relations.map((relation) => {
    const partner = index.country(relation.countries[1])
    const figures = keyFigures(index, relation)
    return {
      code: partnerCode(relation),
      country: relation.countries[1],
      relation: relation.id,
      name: partner?.name ?? { en: relation.countries[1] },
      officialName: partner?.officialName ?? null,
      established: encodeDate(relation.established?.date),
      counts: {
        events: figures.events,
        visits: figures.visits,
        agreements: figures.agreements,
        indicators: figures.indicators,
      },
      latestTrade: figures.latestTrade
        ? {
            date: encodeDate(figures.latestTrade.observation.date),
            value: encodeQuantity(figures.latestTrade.observation.value),
          }
        : null,
    }
  }),
})

/** The rows of the countries table (shared with the overview). */
export const countriesTable = (index: BilateralIndex, ctx: Context): string[] =>
  renderTable(
    [
      { header: t("code", ctx.lang) },
      { header: t("country", ctx.lang), flexible: true },
      { header: t("established", ctx.lang) },
      { header: t("events", ctx.lang), align: "right" },
      { header: t("visits", ctx.lang), align: "right" },
      { header: t("agreements", ctx.lang), align: "right" },
      { header: t("latestTrade", ctx.lang), flexible: true },
    ],
    index.relations.map((relation) => {
      const partner = index.country(relation.countries[1])
      const figures = keyFigures(index, relation)
      const trade = figures.latestTrade
      return [
        partnerCode(relation),
        partner ? localize(partner.name, ctx.lang) : relation.countries[1],
        dateText(relation.established?.date, ctx.lang),
        String(figures.events),
        String(figures.visits),
        String(figures.agreements),
        trade
          ? `${quantityText(trade.observation.value, ctx.lang)} (${dateText(trade.observation.date, ctx.lang)})`
          : "—",
      ]
    }),
    ctx.width === undefined ? {} : { maxWidth: ctx.width },
  )

/** Runs `countries`. */
export const countries = (index: BilateralIndex, ctx: Context): Output =>
  ctx.json
    ? json(countriesJson(index))
    : ok(
        blocks(
          heading(ctx, `${t("relation", ctx.lang)} (${index.relations.length})`),
          countriesTable(index, ctx),
        ),
      )
