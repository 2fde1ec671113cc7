/**
 * A side-by-side comparison of two relations: age, latest figures and growth of each indicator,
 * visits, agreements. The rows are the same for both sides, so a table can show them in columns,
 * and each figure read from facts carries their provenance, so a reader can check it.
 *
 * @since 0.1.0
 */

import { Either } from "effect"
import {
  type Bilingual,
  formatDate,
  formatNumber,
  formatPercent,
  formatQuantity,
  type Lang,
} from "../format/Format"
import type { Dataset } from "../model/Dataset"
import { isTopLevel, type Visit } from "../model/Event"
import type { IndicatorKind, IndicatorSeries, Observation } from "../model/Indicator"
import { localize } from "../model/LocalizedText"
import type { Provenance, Provenances } from "../model/Provenance"
import type { Quantity } from "../model/Quantity"
import {
  compareDates,
  type DayDate,
  epochDay,
  firstDay,
  formatReported,
  parseReported,
  type ReportedDate,
} from "../model/ReportedDate"
import { type Growth, seriesMetrics } from "./Growth"
import { relationAge } from "./RelationAge"
import { visitsBetween } from "./Visits"

/**
 * How to read a row's values: `quantity` (a `Quantity`), `rate` (a fraction, 0.8 is +80%),
 * `count`, `years`, `date` (a reported date in the dataset's text form, such as "1992-06-29"),
 * `code` (a country code).
 * @example
 * const isFigure = (k: ComparisonKind) => k === "quantity" || k === "rate"
 * @since 0.1.0
 * @category models
 */
export type ComparisonKind = "quantity" | "rate" | "count" | "years" | "date" | "code"

/**
 * A value on one side of a comparison row: a quantity, a number, or text.
 * @example
 * const v: ComparisonValue = 32
 * @since 0.1.0
 * @category models
 */
export type ComparisonValue = Quantity | number | string

/**
 * Where each side's value of a comparison row comes from: the provenance of the facts the figure
 * is read or computed from. A side is absent when it has no value, or when its value counts many
 * facts (visits, agreements), which a list of the facts counted documents better than quotes.
 * @example
 * const quote = (r: ComparisonRow) => r.provenance?.a?.[0].quote
 * @since 0.1.0
 * @category models
 */
export interface ComparisonProvenance {
  readonly a?: Provenances
  readonly b?: Provenances
}

/**
 * One row of a comparison: a `key` stable across languages, a label, how to read the values,
 * the value for each side (absent when the dataset does not know it), a note on where the values
 * come from, and the provenance of each side's figure when one or two facts give it:
 * - `established`, `age`: the relation's establishment;
 * - `latest-<indicator kind>`: the latest observation of the series;
 * - `growth-<indicator kind>`: the later observation of the growth, then the earlier one;
 * - `latest-top-level-visit`: that visit.
 * @example
 * const cells = (r: ComparisonRow) => [r.label.en, formatComparisonValue(r, r.a, "en"), formatComparisonValue(r, r.b, "en")]
 * @since 0.1.0
 * @category models
 */
export interface ComparisonRow {
  readonly key: string
  readonly label: Bilingual
  readonly kind: ComparisonKind
  readonly a?: ComparisonValue
  readonly b?: ComparisonValue
  readonly note?: Bilingual
  readonly provenance?: ComparisonProvenance
}

/**
 * The years counted as "recent" in a comparison: the `asOf` year and the four before it.
 * @example
 * const from = asOf.year - (RECENT_YEARS - 1)
 * @since 0.1.0
 * @category constants
 */
export const RECENT_YEARS = 5

const INDICATOR_LABELS: ReadonlyArray<readonly [IndicatorKind, Bilingual]> = [
  ["trade", { vi: "Kim ngạch thương mại", en: "Trade" }],
  ["exports", { vi: "Xuất khẩu", en: "Exports" }],
  ["imports", { vi: "Nhập khẩu", en: "Imports" }],
  ["tourist-arrivals", { vi: "Lượt khách du lịch", en: "Tourist arrivals" }],
  ["flights", { vi: "Chuyến bay", en: "Flights" }],
  ["fdi-capital", { vi: "Vốn đầu tư (FDI)", en: "FDI capital" }],
  ["fdi-projects", { vi: "Dự án FDI", en: "FDI projects" }],
  ["investment-enterprises", { vi: "Doanh nghiệp đầu tư", en: "Investing enterprises" }],
  ["diaspora", { vi: "Cộng đồng người Việt", en: "Diaspora" }],
  ["other", { vi: "Chỉ số khác", en: "Other indicator" }],
]

interface Side {
  readonly id: string
  readonly label: string
}

const latestKey = (s: IndicatorSeries): number => {
  const m = seriesMetrics(s)
  const last = m.points[m.points.length - 1]
  return last?.date === undefined ? Number.NEGATIVE_INFINITY : firstDay(last.date)
}

/** The series of a kind for a relation; with several, the one with the latest point. */
const seriesOf = (dataset: Dataset, relation: string, kind: IndicatorKind) =>
  dataset.indicators
    .filter((s) => s.relation === relation && s.kind === kind)
    .reduce<IndicatorSeries | undefined>(
      (best, s) => (best === undefined || latestKey(s) > latestKey(best) ? s : best),
      undefined,
    )

const when = (o: Observation, lang: Lang): string =>
  o.date === undefined
    ? lang === "vi"
      ? "không rõ thời điểm"
      : "undated"
    : formatDate(o.date, lang)

/** The latest growth of a series: year over year when the latest year has one, else the CAGR between the last two points. */
const latestGrowth = (
  s: IndicatorSeries,
):
  | {
      readonly growth: Growth
      readonly from: Observation
      readonly to: Observation
      readonly yoy: boolean
    }
  | undefined => {
  const m = seriesMetrics(s)
  const last = m.points[m.points.length - 1]
  const yoy = m.yoy.find((y) => y.to === last)
  if (yoy !== undefined) return { growth: yoy.growth, from: yoy.from, to: yoy.to, yoy: true }
  const span = m.spans.filter((x) => x.to === last).at(-1)
  return span === undefined
    ? undefined
    : { growth: span.cagr, from: span.from, to: span.to, yoy: false }
}

const noteOf = (a: Side, b: Side, pa: string | undefined, pb: string | undefined) =>
  pa === undefined && pb === undefined
    ? undefined
    : [
        pa === undefined ? undefined : `${a.label}: ${pa}`,
        pb === undefined ? undefined : `${b.label}: ${pb}`,
      ]
        .filter((x) => x !== undefined)
        .join("; ")

const bilingualNote = (
  a: Side,
  b: Side,
  part: (side: "a" | "b", lang: Lang) => string | undefined,
): Bilingual | undefined => {
  const vi = noteOf(a, b, part("a", "vi"), part("b", "vi"))
  const en = noteOf(a, b, part("a", "en"), part("b", "en"))
  return vi === undefined || en === undefined ? undefined : { vi, en }
}

/** The provenances of two facts, the first fact's first, each quote once. */
const together = (first: Provenances, second: Provenances): Provenances => {
  const key = (p: Provenance) => `${p.source}\u0000${p.quote}`
  const seen = new Set(first.map(key))
  return [...first, ...second.filter((p) => !seen.has(key(p)))]
}

interface RowExtras {
  readonly note?: Bilingual | undefined
  readonly provenance?: {
    readonly a?: Provenances | undefined
    readonly b?: Provenances | undefined
  }
}

/** A row; a side's provenance is kept only when that side has a value. */
const row = (
  key: string,
  label: Bilingual,
  kind: ComparisonKind,
  a: ComparisonValue | undefined,
  b: ComparisonValue | undefined,
  extras: RowExtras = {},
): ComparisonRow => {
  const pa = a === undefined ? undefined : extras.provenance?.a
  const pb = b === undefined ? undefined : extras.provenance?.b
  return {
    key,
    label,
    kind,
    ...(a !== undefined ? { a } : {}),
    ...(b !== undefined ? { b } : {}),
    ...(extras.note !== undefined ? { note: extras.note } : {}),
    ...(pa !== undefined || pb !== undefined
      ? {
          provenance: {
            ...(pa !== undefined ? { a: pa } : {}),
            ...(pb !== undefined ? { b: pb } : {}),
          },
        }
      : {}),
  }
}

/**
 * Compares two relations as of a day: partner, establishment and age, the latest figure and
 * latest growth of each indicator either has, visits (recent, total, top-level, the latest
 * top-level one), agreements and sister regions. Figures read from one or two facts carry those
 * facts' provenance (see `ComparisonRow`). A relation missing from the dataset gives empty
 * values, never an error.
 * @example
 * compareRelations(dataset, "vn-kz", "vn-kg", day(2025, 6, 1))
 * // [{ key: "age", label: { vi: "Số năm quan hệ", en: "Years of relations" }, kind: "years", a: 32, b: 32, ... }, ...]
 * @since 0.1.0
 * @category metrics
 */
export const compareRelations = (
  dataset: Dataset,
  a: string,
  b: string,
  asOf: DayDate,
): ReadonlyArray<ComparisonRow> => {
  const relA = dataset.relations.find((r) => r.id === a)
  const relB = dataset.relations.find((r) => r.id === b)
  const sideA: Side = { id: a, label: relA?.countries[1] ?? a }
  const sideB: Side = { id: b, label: relB?.countries[1] ?? b }
  const today = epochDay(asOf.year, asOf.month, asOf.day)
  const rows: Array<ComparisonRow> = []

  rows.push(
    row(
      "partner",
      { vi: "Nước đối tác", en: "Partner" },
      "code",
      relA?.countries[1],
      relB?.countries[1],
    ),
  )
  const estA = relA?.established
  const estB = relB?.established
  const establishment = { a: estA?.provenance, b: estB?.provenance }
  rows.push(
    row(
      "established",
      { vi: "Thiết lập quan hệ ngoại giao", en: "Diplomatic relations established" },
      "date",
      estA === undefined ? undefined : formatReported(estA.date),
      estB === undefined ? undefined : formatReported(estB.date),
      { provenance: establishment },
    ),
  )
  const ageA = relA === undefined ? undefined : relationAge(relA, asOf)
  const ageB = relB === undefined ? undefined : relationAge(relB, asOf)
  rows.push(
    row(
      "age",
      { vi: "Số năm quan hệ", en: "Years of relations" },
      "years",
      ageA?.years,
      ageB?.years,
      {
        note: {
          vi: `Tính đến ${formatDate(asOf, "vi")}`,
          en: `As of ${formatDate(asOf, "en")}`,
        },
        provenance: establishment,
      },
    ),
  )

  for (const [kind, label] of INDICATOR_LABELS) {
    const sa = seriesOf(dataset, a, kind)
    const sb = seriesOf(dataset, b, kind)
    if (sa === undefined && sb === undefined) continue
    const la = sa === undefined ? undefined : seriesMetrics(sa).latest
    const lb = sb === undefined ? undefined : seriesMetrics(sb).latest
    rows.push(
      row(`latest-${kind}`, label, "quantity", la?.value, lb?.value, {
        note: bilingualNote(sideA, sideB, (side, lang) => {
          const o = side === "a" ? la : lb
          return o === undefined ? undefined : when(o, lang)
        }),
        provenance: { a: la?.provenance, b: lb?.provenance },
      }),
    )
    const ga = sa === undefined ? undefined : latestGrowth(sa)
    const gb = sb === undefined ? undefined : latestGrowth(sb)
    if (ga === undefined && gb === undefined) continue
    const rate = (g: typeof ga) => (g?.growth._tag === "Rate" ? g.growth.rate : undefined)
    const growthSources = (g: typeof ga) =>
      g === undefined ? undefined : together(g.to.provenance, g.from.provenance)
    rows.push(
      row(
        `growth-${kind}`,
        {
          vi: `${label.vi}: tăng trưởng gần nhất`,
          en: `${label.en}: latest growth`,
        },
        "rate",
        rate(ga),
        rate(gb),
        {
          provenance: { a: growthSources(ga), b: growthSources(gb) },
          note: bilingualNote(sideA, sideB, (side, lang) => {
            const g = side === "a" ? ga : gb
            if (g === undefined) return undefined
            const span = `${when(g.from, lang)} → ${when(g.to, lang)}`
            const how = g.yoy
              ? lang === "vi"
                ? "so với năm trước"
                : "year over year"
              : lang === "vi"
                ? "bình quân năm"
                : "per year, compound"
            const approx =
              g.growth._tag === "Rate" && g.growth.approximate
                ? lang === "vi"
                  ? ", gần đúng"
                  : ", approximate"
                : ""
            return `${span} (${how}${approx})`
          }),
        },
      ),
    )
  }

  const eventsOf = (id: string) =>
    dataset.events.filter(
      (e) => e.relation === id && (e.date === undefined || firstDay(e.date) <= today),
    )
  const evA = eventsOf(a)
  const evB = eventsOf(b)
  const fromYear = asOf.year - (RECENT_YEARS - 1)
  rows.push(
    row(
      "visits-recent",
      {
        vi: `Chuyến thăm ${fromYear}–${asOf.year}`,
        en: `Visits ${fromYear}–${asOf.year}`,
      },
      "count",
      relA === undefined ? undefined : visitsBetween(evA, fromYear, asOf.year).length,
      relB === undefined ? undefined : visitsBetween(evB, fromYear, asOf.year).length,
    ),
  )
  const visits = (events: typeof evA) => events.filter((e): e is Visit => e._tag === "Visit")
  rows.push(
    row(
      "visits-total",
      { vi: "Tổng số chuyến thăm trong dữ liệu", en: "Visits in the dataset" },
      "count",
      relA === undefined ? undefined : visits(evA).length,
      relB === undefined ? undefined : visits(evB).length,
    ),
  )
  rows.push(
    row(
      "visits-top-level",
      { vi: "Chuyến thăm cấp cao nhất", en: "Top-level visits" },
      "count",
      relA === undefined ? undefined : visits(evA).filter((v) => isTopLevel(v.level)).length,
      relB === undefined ? undefined : visits(evB).filter((v) => isTopLevel(v.level)).length,
      {
        note: {
          vi: "Lãnh đạo Đảng, Nhà nước, Chính phủ",
          en: "Party, state and government leaders",
        },
      },
    ),
  )
  const latestTop = (events: typeof evA) =>
    visits(events)
      .filter(
        (v): v is Visit & { readonly date: ReportedDate } =>
          v.date !== undefined && isTopLevel(v.level),
      )
      .sort((x, y) => compareDates(x.date, y.date))
      .at(-1)
  const topA = latestTop(evA)
  const topB = latestTop(evB)
  rows.push(
    row(
      "latest-top-level-visit",
      { vi: "Chuyến thăm cấp cao gần nhất", en: "Latest top-level visit" },
      "date",
      topA === undefined ? undefined : formatReported(topA.date),
      topB === undefined ? undefined : formatReported(topB.date),
      {
        note: bilingualNote(sideA, sideB, (side, lang) => {
          const v = side === "a" ? topA : topB
          // The summary without its closing full stop: the note joins both sides with "; ".
          return v === undefined ? undefined : localize(v.summary, lang).replace(/\s*\.$/u, "")
        }),
        provenance: { a: topA?.provenance, b: topB?.provenance },
      },
    ),
  )
  const agreements = (id: string) =>
    dataset.agreements.filter((x) => x.relations.some((r) => r === id)).length
  rows.push(
    row(
      "agreements",
      { vi: "Hiệp định, văn kiện", en: "Agreements" },
      "count",
      relA === undefined ? undefined : agreements(a),
      relB === undefined ? undefined : agreements(b),
    ),
  )
  const sisters = (id: string) => dataset.sisterRegions.filter((x) => x.relation === id).length
  rows.push(
    row(
      "sister-regions",
      { vi: "Địa phương kết nghĩa", en: "Sister regions" },
      "count",
      relA === undefined ? undefined : sisters(a),
      relB === undefined ? undefined : sisters(b),
    ),
  )
  return rows
}

/**
 * Prints one value of a comparison row for a reader, according to the row's kind.
 * @example
 * formatComparisonValue(row, row.a, "vi") // "13,5 triệu USD", "+80%", "33", "29/6/1992"
 * @since 0.1.0
 * @category printers
 */
export const formatComparisonValue = (
  r: ComparisonRow,
  value: ComparisonValue | undefined,
  lang: Lang,
): string => {
  if (value === undefined) return "—"
  if (typeof value === "object") return formatQuantity(value, lang)
  if (typeof value === "number") {
    return r.kind === "rate"
      ? formatPercent(value, lang, { signed: true })
      : formatNumber(value, lang)
  }
  if (r.kind === "date") {
    return Either.match(parseReported(value), {
      onLeft: () => value,
      onRight: (d) => formatDate(d, lang),
    })
  }
  return value
}
