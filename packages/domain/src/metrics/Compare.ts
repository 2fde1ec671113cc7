/**
 * A side-by-side comparison of two relations: age, latest figures and growth of each indicator,
 * visits, agreements. The rows are the same for both sides, so a table can show them in columns,
 * and each figure read from facts carries their provenance, so a reader can check it.
 *
 * @since 0.1.0
 */

import {
  type Bilingual,
  formatDate,
  formatNumber,
  formatPercent,
  formatQuantity,
  type Lang,
} from "../format/Format"
import { VOCABULARIES } from "../format/Labels"
import type { Agreement } from "../model/Agreement"
import { compareDates, epochDay, firstDay, formatReported, readReported } from "../model/Calendar"
import type { SisterRegion } from "../model/Cooperation"
import type { CountryCode } from "../model/Country"
import type { Dataset } from "../model/Dataset"
import type { Event, Visit } from "../model/Event"
import type { IndicatorKind, IndicatorSeries, Observation } from "../model/Indicator"
import { localize } from "../model/Localize"
import { comparisonClass, observationSpanLabel } from "../model/ObservationPeriods"
import type { Provenance, Provenances } from "../model/Provenance"
import type { Quantity } from "../model/Quantity"
import type { Relation } from "../model/Relation"
import type { DayDate, ReportedDate } from "../model/ReportedDate"
import { isTopLevel } from "../model/TopLevels"
import { type Growth, latestWhole, seriesMetrics } from "./Growth"
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

const INDICATOR_ORDER = Object.keys(VOCABULARIES.indicatorKind) as ReadonlyArray<IndicatorKind>

/**
 * The latest dated observation of a relation's indicator of one kind: among the series of that
 * kind, the observation with the latest date (undated ones never count). Whole-period figures
 * (full years, averages, levels) come first: a part of a year (the first half of 2025) is returned
 * only when no series of that kind has a whole-period figure, so two relations' latest figures are
 * never a part-year beside a full year. This is the one rule for "the latest trade figure" and the
 * like; every client shows what it returns (with `observationSpanLabel` when it is not a full year).
 * @example
 * latestObservation(facts.indicators, "trade")?.observation.value
 * @since 0.2.0
 * @category metrics
 */
export const latestObservation = (
  series: ReadonlyArray<IndicatorSeries>,
  kind: IndicatorKind,
):
  | {
      readonly series: IndicatorSeries
      readonly observation: Observation & { readonly date: ReportedDate }
    }
  | undefined => {
  let best:
    | { series: IndicatorSeries; observation: Observation & { readonly date: ReportedDate } }
    | undefined
  let bestPart: typeof best
  for (const s of series) {
    if (s.kind !== kind) continue
    const dated = latestWhole(seriesMetrics(s).points)
    if (dated === undefined) continue
    if (comparisonClass(dated) === "whole") {
      if (best === undefined || compareDates(dated.date, best.observation.date) > 0)
        best = { series: s, observation: dated }
    } else if (bestPart === undefined || compareDates(dated.date, bestPart.observation.date) > 0) {
      bestPart = { series: s, observation: dated }
    }
  }
  return best ?? bestPart
}

/**
 * The latest top-level visit (party, state or government leaders, either direction) among events:
 * the dated one with the latest date.
 * @example
 * latestTopLevelVisit(facts.events)?.date
 * @since 0.2.0
 * @category metrics
 */
export const latestTopLevelVisit = (
  events: ReadonlyArray<Event>,
): (Visit & { readonly date: ReportedDate }) | undefined =>
  events
    .filter(
      (e): e is Visit & { readonly date: ReportedDate } =>
        e._tag === "Visit" && e.date !== undefined && isTopLevel(e.level),
    )
    .sort((x, y) => compareDates(x.date, y.date))
    .at(-1)

const when = (o: Observation, lang: Lang): string =>
  o.date === undefined
    ? lang === "vi"
      ? "không rõ thời điểm"
      : "undated"
    : (observationSpanLabel(o, lang) ?? formatDate(o.date, lang))

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
  const last = latestWhole(m.points)
  const yoy = m.yoy.find((y) => y.to === last)
  if (yoy !== undefined) return { growth: yoy.growth, from: yoy.from, to: yoy.to, yoy: true }
  const span = m.spans.filter((x) => x.to === last).at(-1)
  return span === undefined
    ? undefined
    : { growth: span.cagr, from: span.from, to: span.to, yoy: false }
}

/** The provenances of two facts, the first fact's first, each quote once. */
const together = (first: Provenances, second: Provenances): Provenances => {
  const key = (p: Provenance) => `${p.source}\u0000${p.quote}`
  const seen = new Set(first.map(key))
  return [...first, ...second.filter((p) => !seen.has(key(p)))]
}

/**
 * One relation's side of a comparison row: the row's key, label and kind, this relation's value,
 * a note on this value (`sideNote`, such as the year of a figure), a note on the row whatever the
 * side (`note`), and the provenance of this value. A relation's profile is computed once; any two
 * profiles pair into comparison rows with `pairProfiles`, so comparing R relations costs R
 * profiles, not R² comparisons.
 * @example
 * const trade = profile.rows.find((r) => r.key === "latest-trade")?.value
 * @since 0.2.0
 * @category models
 */
export interface ProfileRow {
  readonly key: string
  readonly label: Bilingual
  readonly kind: ComparisonKind
  readonly value?: ComparisonValue
  readonly sideNote?: Bilingual
  readonly note?: Bilingual
  readonly provenance?: Provenances
}

/**
 * A relation's profile: its id, the label of its side in notes (the partner's code), and its rows
 * in the order comparisons list them.
 * @example
 * const keys = (p: RelationProfile) => p.rows.map((r) => r.key)
 * @since 0.2.0
 * @category models
 */
export interface RelationProfile {
  readonly relation: string
  readonly side: string
  readonly rows: ReadonlyArray<ProfileRow>
}

/**
 * The facts a profile reads: one relation and its events, agreements (multilateral ones included),
 * indicator series and sister regions. `RelationFacts` of @bilateral/data has this shape.
 * @example
 * const input: ProfileFacts = { relation, events, agreements, indicators, sisterRegions }
 * @since 0.2.0
 * @category models
 */
export interface ProfileFacts {
  readonly relation: Relation
  readonly events: ReadonlyArray<Event>
  readonly agreements: ReadonlyArray<Agreement>
  readonly indicators: ReadonlyArray<IndicatorSeries>
  readonly sisterRegions: ReadonlyArray<SisterRegion>
}

/**
 * How a profile names its relation: `partner`, the country shown in the "partner" row (by default
 * the relation's second country), and `side`, the label of its values in joined notes (by default
 * the partner's code). Pass the dataset's partner when the dataset is about one country.
 * @example
 * relationProfile(facts, asOf, { partner: "KZ", side: "KZ" })
 * @since 0.2.0
 * @category models
 */
export interface ProfileOptions {
  readonly partner?: CountryCode
  readonly side?: string
}

const profileRow = (
  key: string,
  label: Bilingual,
  kind: ComparisonKind,
  value: ComparisonValue | undefined,
  extras: {
    readonly sideNote?: Bilingual | undefined
    readonly note?: Bilingual | undefined
    readonly provenance?: Provenances | undefined
  } = {},
): ProfileRow => ({
  key,
  label,
  kind,
  ...(value !== undefined ? { value } : {}),
  ...(value !== undefined && extras.sideNote !== undefined ? { sideNote: extras.sideNote } : {}),
  ...(extras.note !== undefined ? { note: extras.note } : {}),
  ...(value !== undefined && extras.provenance !== undefined
    ? { provenance: extras.provenance }
    : {}),
})

const both = (part: (lang: Lang) => string): Bilingual => ({ vi: part("vi"), en: part("en") })

/**
 * One relation's profile as of a day: partner, establishment and age, the latest figure and latest
 * growth of each indicator it has, visits (recent, total, top-level, the latest top-level one),
 * agreements and sister regions. Events dated after `asOf` are not counted. Figures read from one
 * or two facts carry those facts' provenance:
 * - `established`, `age`: the relation's establishment;
 * - `latest-<indicator kind>`: the latest observation (see `latestObservation`);
 * - `growth-<indicator kind>`: the later observation of the growth, then the earlier one;
 * - `latest-top-level-visit`: that visit.
 * @example
 * relationProfile({ relation, events, agreements, indicators, sisterRegions }, day(2025, 6, 1), { partner: "KZ" })
 * @since 0.2.0
 * @category metrics
 */
export const relationProfile = (
  facts: ProfileFacts,
  asOf: DayDate,
  options: ProfileOptions = {},
): RelationProfile => {
  const relation = facts.relation
  const partner = options.partner ?? relation.countries[1]
  const side = options.side ?? partner
  const today = epochDay(asOf.year, asOf.month, asOf.day)
  const rows: Array<ProfileRow> = []
  rows.push(profileRow("partner", { vi: "Nước đối tác", en: "Partner" }, "code", partner))
  const est = relation.established
  const establishment = est?.provenance
  rows.push(
    profileRow(
      "established",
      { vi: "Thiết lập quan hệ ngoại giao", en: "Diplomatic relations established" },
      "date",
      est === undefined ? undefined : formatReported(est.date),
      { provenance: establishment },
    ),
  )
  rows.push(
    profileRow(
      "age",
      { vi: "Số năm quan hệ", en: "Years of relations" },
      "years",
      relationAge(relation, asOf)?.years,
      {
        note: { vi: `Tính đến ${formatDate(asOf, "vi")}`, en: `As of ${formatDate(asOf, "en")}` },
        provenance: establishment,
      },
    ),
  )
  for (const kind of INDICATOR_ORDER) {
    const label = VOCABULARIES.indicatorKind[kind]
    const mine = facts.indicators.filter((s) => s.kind === kind)
    if (mine.length === 0) continue
    const latest = latestObservation(mine, kind)
    const o = latest?.observation
    rows.push(
      profileRow(`latest-${kind}`, label, "quantity", o?.value, {
        sideNote: o === undefined ? undefined : both((lang) => when(o, lang)),
        provenance: o?.provenance,
      }),
    )
    const g = latest === undefined ? undefined : latestGrowth(latest.series)
    if (g === undefined) continue
    rows.push(
      profileRow(
        `growth-${kind}`,
        { vi: `${label.vi}: tăng trưởng gần nhất`, en: `${label.en}: latest growth` },
        "rate",
        g.growth._tag === "Rate" ? g.growth.rate : undefined,
        {
          provenance: together(g.to.provenance, g.from.provenance),
          sideNote: both((lang) => {
            const span = `${when(g.from, lang)} → ${when(g.to, lang)}`
            const how = g.yoy
              ? g.to.period !== undefined
                ? lang === "vi"
                  ? "so với cùng kỳ năm trước"
                  : "on the same period a year earlier"
                : lang === "vi"
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
  const events = facts.events.filter((e) => e.date === undefined || firstDay(e.date) <= today)
  const visits = events.filter((e): e is Visit => e._tag === "Visit")
  const fromYear = asOf.year - (RECENT_YEARS - 1)
  rows.push(
    profileRow(
      "visits-recent",
      { vi: `Chuyến thăm ${fromYear}–${asOf.year}`, en: `Visits ${fromYear}–${asOf.year}` },
      "count",
      visitsBetween(events, fromYear, asOf.year).length,
    ),
  )
  rows.push(
    profileRow(
      "visits-total",
      { vi: "Tổng số chuyến thăm trong dữ liệu", en: "Visits in the dataset" },
      "count",
      visits.length,
    ),
  )
  rows.push(
    profileRow(
      "visits-top-level",
      { vi: "Chuyến thăm cấp cao nhất", en: "Top-level visits" },
      "count",
      visits.filter((v) => isTopLevel(v.level)).length,
      {
        note: {
          vi: "Lãnh đạo Đảng, Nhà nước, Chính phủ",
          en: "Party, state and government leaders",
        },
      },
    ),
  )
  const top = latestTopLevelVisit(events)
  rows.push(
    profileRow(
      "latest-top-level-visit",
      { vi: "Chuyến thăm cấp cao gần nhất", en: "Latest top-level visit" },
      "date",
      top === undefined ? undefined : formatReported(top.date),
      {
        // The summary without its closing full stop: the note joins both sides with "; ".
        sideNote:
          top === undefined
            ? undefined
            : both((lang) => localize(top.summary, lang).replace(/\s*\.$/u, "")),
        provenance: top?.provenance,
      },
    ),
  )
  rows.push(
    profileRow(
      "agreements",
      { vi: "Hiệp định, văn kiện", en: "Agreements" },
      "count",
      facts.agreements.length,
    ),
  )
  rows.push(
    profileRow(
      "sister-regions",
      { vi: "Địa phương kết nghĩa", en: "Sister regions" },
      "count",
      facts.sisterRegions.length,
    ),
  )
  return { relation: relation.id, side, rows }
}

const ROW_ORDER: ReadonlyArray<string> = [
  "partner",
  "established",
  "age",
  ...INDICATOR_ORDER.flatMap((k) => [`latest-${k}`, `growth-${k}`]),
  "visits-recent",
  "visits-total",
  "visits-top-level",
  "latest-top-level-visit",
  "agreements",
  "sister-regions",
]
const RANK = new Map(ROW_ORDER.map((k, i) => [k, i]))

const joinNotes = (
  a: RelationProfile,
  b: RelationProfile,
  na: Bilingual | undefined,
  nb: Bilingual | undefined,
): Bilingual | undefined => {
  if (na === undefined && nb === undefined) return undefined
  return both((lang) =>
    [
      na === undefined ? undefined : `${a.side}: ${na[lang]}`,
      nb === undefined ? undefined : `${b.side}: ${nb[lang]}`,
    ]
      .filter((x) => x !== undefined)
      .join("; "),
  )
}

/**
 * Pairs two relations' profiles into comparison rows: every row either side has, in one fixed
 * order, each side's value, notes joined ("KZ: 2024; KG: 2023") and provenance kept per side.
 * @example
 * pairProfiles(profileKz, profileKg).map((r) => [r.label.en, r.a, r.b])
 * @since 0.2.0
 * @category metrics
 */
export const pairProfiles = (
  a: RelationProfile,
  b: RelationProfile,
): ReadonlyArray<ComparisonRow> => {
  const rowsA = new Map(a.rows.map((r) => [r.key, r]))
  const rowsB = new Map(b.rows.map((r) => [r.key, r]))
  const keys = [...new Set([...rowsA.keys(), ...rowsB.keys()])].sort(
    (x, y) => (RANK.get(x) ?? ROW_ORDER.length) - (RANK.get(y) ?? ROW_ORDER.length),
  )
  return keys.flatMap((key): ReadonlyArray<ComparisonRow> => {
    const ra = rowsA.get(key)
    const rb = rowsB.get(key)
    const first = ra ?? rb
    if (first === undefined) return []
    // A growth row only when a side has a growth figure, as a latest row only when a side has the series.
    if (key.startsWith("growth-") && ra?.value === undefined && rb?.value === undefined) return []
    const note = first.note ?? joinNotes(a, b, ra?.sideNote, rb?.sideNote)
    const pa = ra?.provenance
    const pb = rb?.provenance
    return [
      {
        key,
        label: first.label,
        kind: first.kind,
        ...(ra?.value !== undefined ? { a: ra.value } : {}),
        ...(rb?.value !== undefined ? { b: rb.value } : {}),
        ...(note !== undefined ? { note } : {}),
        ...(pa !== undefined || pb !== undefined
          ? {
              provenance: {
                ...(pa !== undefined ? { a: pa } : {}),
                ...(pb !== undefined ? { b: pb } : {}),
              },
            }
          : {}),
      },
    ]
  })
}

const EMPTY_PROFILE = (id: string): RelationProfile => ({ relation: id, side: id, rows: [] })

/**
 * Compares two relations of a dataset as of a day: `pairProfiles` of their two profiles. A
 * relation missing from the dataset gives empty values, never an error. When profiles are at hand
 * (one per relation), pair them directly instead.
 * @example
 * compareRelations(dataset, "vn-kz", "vn-kg", day(2025, 6, 1))
 * // [{ key: "partner", ... }, { key: "established", ... }, { key: "age", label: { vi: "Số năm quan hệ", en: "Years of relations" }, kind: "years", a: 32, b: 32, ... }, ...]
 * @since 0.1.0
 * @category metrics
 */
export const compareRelations = (
  dataset: Dataset,
  a: string,
  b: string,
  asOf: DayDate,
): ReadonlyArray<ComparisonRow> => {
  const profileOf = (id: string): RelationProfile => {
    const relation = dataset.relations.find((r) => r.id === id)
    if (relation === undefined) return EMPTY_PROFILE(id)
    return relationProfile(
      {
        relation,
        events: dataset.events.filter((e) => e.relation === id),
        agreements: dataset.agreements.filter((x) => x.relations.some((r) => r === id)),
        indicators: dataset.indicators.filter((s) => s.relation === id),
        sisterRegions: dataset.sisterRegions.filter((x) => x.relation === id),
      },
      asOf,
    )
  }
  return pairProfiles(profileOf(a), profileOf(b))
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
    const date = readReported(value)
    return typeof date === "string" ? value : formatDate(date, lang)
  }
  return value
}
