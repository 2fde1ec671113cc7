/**
 * `bilateral compare <code> <code>`: two relations side by side, with the rows `compareViews`
 * pairs from the two relations' views, each side's figure with the sources it is read from.
 */
import {
  type BilateralIndex,
  compareViews,
  encodeQuantity,
  type RelationView,
} from "@bilateral/data/snapshot"
import type { ComparisonRow, DayDate, Provenance, Relation } from "@bilateral/domain"
import { formatComparisonValue, formatIso } from "@bilateral/domain/metrics"
import type { Command } from "../cli/Args"
import { quoted, UserError } from "../cli/Errors"
import { t } from "../i18n/Messages"
import { dateText, isQuantity } from "../render/Format"
import { renderTable } from "../render/Table"
import {
  acceptedCountries,
  relationCode,
  relationName,
  resolveOrFail,
  viewOf,
} from "../view/Relations"
import { blocks, bullets, type Context, heading, json, type Output, ok } from "./Context"

type CompareCommand = Extract<Command, { name: "compare" }>

const cell = (value: unknown) => (isQuantity(value) ? encodeQuantity(value) : (value ?? null))

/** One provenance in JSON: the source, the quote, and the paragraph (null when not recorded). */
const provenanceJson = (p: Provenance) => ({
  source: p.source,
  quote: p.quote,
  paragraph: p.paragraph ?? null,
})

const sideJson = (view: RelationView) => ({
  relation: view.relation.id,
  code: view.slug,
  country: view.partner.code,
  title: view.title,
})

/** The two views and their paired rows. */
export const comparison = (
  index: BilateralIndex,
  a: Relation,
  b: Relation,
  asOf: DayDate,
): { a: RelationView; b: RelationView; rows: ReadonlyArray<ComparisonRow> } => {
  const va = viewOf(index, a, asOf)
  const vb = viewOf(index, b, asOf)
  return { a: va, b: vb, rows: compareViews(va, vb) }
}

/** The data of `compare --json`: each row's values and, per side, the sources of its figure. */
export const compareJson = (index: BilateralIndex, a: Relation, b: Relation, asOf: DayDate) => {
  const { a: va, b: vb, rows } = comparison(index, a, b, asOf)
  return {
    asOf: formatIso(asOf),
    a: sideJson(va),
    b: sideJson(vb),
    rows: rows.map((row) => ({
      key: row.key,
      kind: row.kind,
      label: row.label,
      a: cell(row.a),
      b: cell(row.b),
      note: row.note ?? null,
      provenance: {
        a: (row.provenance?.a ?? []).map(provenanceJson),
        b: (row.provenance?.b ?? []).map(provenanceJson),
      },
    })),
  }
}

/** The comparison table. */
export const compareTable = (
  index: BilateralIndex,
  a: Relation,
  b: Relation,
  asOf: DayDate,
  ctx: Context,
): string[] => {
  const { rows } = comparison(index, a, b, asOf)
  return renderTable(
    [
      { header: "", flexible: true },
      { header: relationName(index, a, ctx.lang, asOf), align: "right", flexible: true },
      { header: relationName(index, b, ctx.lang, asOf), align: "right", flexible: true },
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
    const example = index.relations
      .slice(0, 2)
      .map((r) => relationCode(index, r))
      .join(" ")
    throw new UserError(
      `compare expects two countries, such as "compare ${example}"; got ${command.codes.length}: choose from ${acceptedCountries(index, ctx.lang)}`,
    )
  }
  const a = resolveOrFail(index, command.codes[0], ctx.lang, "compare")
  const b = resolveOrFail(index, command.codes[1], ctx.lang, "compare")
  if (a.id === b.id) {
    const others = index.relations.filter((r) => r.id !== a.id).map((r) => relationCode(index, r))
    throw new UserError(
      `compare expects two different countries; ${quoted(command.codes[0] ?? "")} and ${quoted(command.codes[1] ?? "")} both name ${relationCode(index, a)}${others.length > 0 ? `: compare it with one of ${others.join(", ")}` : ""}`,
    )
  }
  return [a, b]
}

/** Runs `compare`. */
export const compare = (index: BilateralIndex, command: CompareCommand, ctx: Context): Output => {
  const [a, b] = resolvePair(index, command, ctx)
  const asOf = command.asOf ?? ctx.today
  if (ctx.json) return json(compareJson(index, a, b, asOf))
  const notes = comparison(index, a, b, asOf).rows.filter((r) => r.note)
  return ok(
    blocks(
      heading(
        ctx,
        `${t("compare", ctx.lang)}: ${relationCode(index, a)} · ${relationCode(index, b)}, ${t("asOf", ctx.lang)} ${dateText(asOf, ctx.lang)}`,
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
