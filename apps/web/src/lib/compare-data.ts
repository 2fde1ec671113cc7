/**
 * Builds a relation's side of a comparison (`CompareSide`) from its view's profile: each value
 * formatted in both languages by @bilateral/domain, linked to its provenance (a figure read from
 * facts) or to the facts it counts (a count). The compare page pairs two of these in the browser.
 */
import { relationColor } from "@bilateral/data"
import {
  type ComparisonRow,
  formatComparisonValue,
  type ProfileRow,
  pointValue,
  type Relation,
} from "@bilateral/domain"
import { LANGS, type Lang } from "../i18n"
import { countHref } from "./compare-links"
import type { Both, CompareSide, SideRow } from "./compare-side"
import { partnerBadge, relationLabel, relationTitle, slugOf, viewOf } from "./data"
import { routes } from "./routes"

const both = (text: (lang: Lang) => string): Both => {
  const [vi, en] = LANGS.map(text)
  return { vi: vi ?? "", en: en ?? "" }
}

const numberOf = (row: ProfileRow): Pick<SideRow, "n" | "unit"> => {
  const value = row.value
  if (typeof value === "number") return { n: value }
  if (typeof value === "object") {
    return { n: pointValue(value), unit: `${value.unit}${value.per ? `/${value.per}` : ""}` }
  }
  return {}
}

const sideRow = (relation: Relation, row: ProfileRow): SideRow => {
  const value = row.value
  // formatComparisonValue reads the row's kind; a profile row has the kind a comparison row has.
  const asRow: ComparisonRow = { key: row.key, label: row.label, kind: row.kind }
  const first = row.provenance?.[0]
  const href =
    value === undefined
      ? undefined
      : first !== undefined
        ? both((lang) => routes.provenance(lang, first))
        : countHref("vi", relation, row.key) === undefined
          ? undefined
          : both((lang) => countHref(lang, relation, row.key) ?? "")
  return {
    key: row.key,
    label: row.label,
    kind: row.kind,
    ...(value === undefined
      ? {}
      : { text: both((lang) => formatComparisonValue(asRow, value, lang)) }),
    ...(row.sideNote ? { sideNote: row.sideNote } : {}),
    ...(row.note ? { note: row.note } : {}),
    ...(href ? { href } : {}),
    ...(first ? { quote: first.quote } : {}),
    ...(row.kind === "date" || row.kind === "code" ? {} : numberOf(row)),
  }
}

/** The relation's side of any comparison, for `/compare-data/{slug}.json`. */
export const compareSide = (relation: Relation): CompareSide => {
  const view = viewOf(relation)
  const slug = slugOf(relation)
  return {
    slug,
    code: partnerBadge(relation),
    name: both((lang) => relationLabel(relation, lang)),
    title: both((lang) => relationTitle(relation, lang)),
    hue: relationColor(view.tone).hue,
    href: both((lang) => routes.country(lang, slug)),
    rows: view.profile.rows.filter((r) => r.kind !== "code").map((r) => sideRow(relation, r)),
  }
}
