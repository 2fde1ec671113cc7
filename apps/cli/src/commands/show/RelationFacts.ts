/**
 * The first blocks of `show`: how the relation was established, recognitions, embassies and
 * frameworks as label: value lines, the relation's status over time, and its commission sessions
 * and consultation rounds.
 */
import type { BilateralIndex } from "@bilateral/data/snapshot"
import type { Relation } from "@bilateral/domain"
import { isConcurrent, localize } from "@bilateral/domain/metrics"
import { t } from "../../i18n/Messages"
import { wrap } from "../../render/DisplayWidth"
import { dateText } from "../../render/Format"
import { renderTable } from "../../render/Table"
import { countryName } from "../../view/Relations"
import { relationStatus, sessionLines, statusChangeText } from "../../view/Reporting"
import { bullets, type Context, heading } from "../Context"

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
