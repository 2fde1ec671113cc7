/**
 * `bilateral compare <code> <code>`: two relations side by side, with the rows the domain's
 * `compareRelations` computes.
 */
import { type BilateralIndex, encodeQuantity } from "@bilateral/data"
import {
  compareRelations,
  type DayDate,
  formatComparisonValue,
  formatIso,
  type Relation,
} from "@bilateral/domain"
import type { Command } from "../cli/Args"
import { UserError } from "../cli/Errors"
import { t } from "../i18n/Messages"
import { dateText, isQuantity } from "../render/Format"
import { renderTable } from "../render/Table"
import { acceptedCountries, countryName, partnerCode, resolveOrFail } from "../view/Relations"
import { blocks, bullets, type Context, heading, json, type Output, ok } from "./Context"

type CompareCommand = Extract<Command, { name: "compare" }>

const cell = (value: unknown) => (isQuantity(value) ? encodeQuantity(value) : (value ?? null))

/** The data of `compare --json`. */
export const compareJson = (index: BilateralIndex, a: Relation, b: Relation, asOf: DayDate) => ({
  asOf: formatIso(asOf),
  a: { relation: a.id, country: a.countries[1] },
  b: { relation: b.id, country: b.countries[1] },
  rows: compareRelations(index.dataset, a.id, b.id, asOf).map((row) => ({
    key: row.key,
    kind: row.kind,
    label: row.label,
    a: cell(row.a),
    b: cell(row.b),
    note: row.note ?? null,
  })),
})

/** The comparison table (shared with the TUI). */
export const compareTable = (
  index: BilateralIndex,
  a: Relation,
  b: Relation,
  asOf: DayDate,
  ctx: Context,
): string[] => {
  const rows = compareRelations(index.dataset, a.id, b.id, asOf)
  return renderTable(
    [
      { header: "", flexible: true },
      { header: countryName(index, a.countries[1], ctx.lang), align: "right", flexible: true },
      { header: countryName(index, b.countries[1], ctx.lang), align: "right", flexible: true },
    ],
    rows.map((row) => [
      row.label[ctx.lang],
      formatComparisonValue(row, row.a, ctx.lang),
      formatComparisonValue(row, row.b, ctx.lang),
    ]),
    ctx.width === undefined ? {} : { maxWidth: ctx.width },
  )
}

/** The two relations a compare command names. */
export const resolvePair = (
  index: BilateralIndex,
  command: CompareCommand,
  ctx: Context,
): [Relation, Relation] => {
  if (command.codes.length !== 2) {
    throw new UserError(
      `compare expects two countries, such as "compare kz kg"; got ${command.codes.length}: choose from ${acceptedCountries(index, ctx.lang)}`,
    )
  }
  const a = resolveOrFail(index, command.codes[0], ctx.lang, "compare")
  const b = resolveOrFail(index, command.codes[1], ctx.lang, "compare")
  return [a, b]
}

/** Runs `compare`. */
export const compare = (index: BilateralIndex, command: CompareCommand, ctx: Context): Output => {
  const [a, b] = resolvePair(index, command, ctx)
  const asOf = command.asOf ?? ctx.today
  if (ctx.json) return json(compareJson(index, a, b, asOf))
  const notes = compareRelations(index.dataset, a.id, b.id, asOf).filter((r) => r.note)
  return ok(
    blocks(
      heading(
        ctx,
        `${t("compare", ctx.lang)}: ${partnerCode(a)} · ${partnerCode(b)}, ${t("asOf", ctx.lang)} ${dateText(asOf, ctx.lang)}`,
      ),
      compareTable(index, a, b, asOf, ctx),
      notes.length > 0 &&
        bullets(
          ctx,
          notes.map((r) => `${r.label[ctx.lang]}: ${r.note?.[ctx.lang] ?? ""}`),
        ),
    ),
  )
}
