/**
 * A relation's key figures as the CLI and the TUI print them: its age, latest trade, latest
 * top-level visit and claim tally, read from the relation's view (`relationView`) and printed with
 * the domain's formatters. `--json` encodes the same figures, so scripts and tests can check that
 * every client shows the one the data computed.
 */
import {
  encodeDate,
  encodeGrowth,
  encodeQuantity,
  type GrowthJson,
  type QuantityJson,
  type RelationView,
} from "@bilateral/data/snapshot"
import type { ClaimStatus } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import type { Lang } from "../cli/Args"
import { claimMark, t } from "../i18n/Messages"
import { DASH, dateText, growthText, quantityText } from "../render/Format"

/** A relation's key figures in `countries --json` and `metrics --json`. */
export interface KeyFiguresJson {
  readonly age: {
    readonly years: number
    readonly months: number
    readonly days: number
    readonly since: string | null
  } | null
  /** The latest trade figure of the relation, its series, and the change from the point before. */
  readonly latestTrade: {
    readonly series: string
    readonly date: string | null
    readonly value: QuantityJson
    readonly change: { readonly since: string | null; readonly growth: GrowthJson } | null
  } | null
  /** The latest visit of party, state or government leaders. */
  readonly latestTopVisit: {
    readonly id: string
    readonly date: string | null
    readonly level: string
    readonly guest: string
    readonly host: string
  } | null
  /** How many of the relation's claims hold, are contradicted, or cannot be checked. */
  readonly claimTally: Readonly<Record<ClaimStatus, number>>
}

/** The key figures of a view, encoded for `--json`. */
export const keyFiguresJson = (view: RelationView): KeyFiguresJson => {
  const trade = view.latestTrade
  const top = view.latestTopVisit
  return {
    age: view.age
      ? {
          years: view.age.years,
          months: view.age.months,
          days: view.age.days,
          since: encodeDate(view.age.since),
        }
      : null,
    latestTrade: trade
      ? {
          series: trade.series.id,
          date: encodeDate(trade.observation.date),
          value: encodeQuantity(trade.observation.value),
          change: trade.change
            ? {
                since: encodeDate(trade.change.from.date),
                growth: encodeGrowth(trade.change.change),
              }
            : null,
        }
      : null,
    latestTopVisit: top
      ? {
          id: top.id,
          date: encodeDate(top.date),
          level: top.level,
          guest: top.guest,
          host: top.host,
        }
      : null,
    claimTally: view.claimTally,
  }
}

/** The latest trade figure with its date: "9 triệu USD (2024)", or a dash. */
export const latestTradeText = (view: RelationView, lang: Lang): string => {
  const trade = view.latestTrade
  return trade
    ? `${quantityText(trade.observation.value, lang)} (${dateText(trade.observation.date, lang)})`
    : DASH
}

/** The change of the latest trade figure from the point before it: "+50% so với 2023". */
export const latestTradeChangeText = (view: RelationView, lang: Lang): string | undefined => {
  const change = view.latestTrade?.change
  if (change === undefined) return undefined
  return `${growthText(change.change, lang)} ${t("comparedWith", lang)} ${dateText(change.from.date, lang)}`
}

/** The latest top-level visit's date: "5–6/3/2024", or a dash. */
export const latestTopVisitDate = (view: RelationView, lang: Lang): string =>
  dateText(view.latestTopVisit?.date, lang)

/** The latest top-level visit: its date and summary, or a dash. */
export const latestTopVisitText = (view: RelationView, lang: Lang): string => {
  const top = view.latestTopVisit
  return top ? `${dateText(top.date, lang)}: ${localize(top.summary, lang)}` : DASH
}

/** The claims by status, each with its mark: "✓2 ✗0 ?1"; a dash without claims. */
export const claimTallyText = (view: RelationView): string => {
  const statuses: ReadonlyArray<ClaimStatus> = ["holds", "contradicted", "cannot-check"]
  if (view.counts.claims === 0) return DASH
  return statuses.map((s) => `${claimMark(s)}${view.claimTally[s]}`).join(" ")
}
