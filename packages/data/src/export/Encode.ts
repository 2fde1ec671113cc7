/**
 * JSON encodings shared by the interchange export and by the CLI's `--json` output: dates as ISO
 * 8601 text, quantities as plain numbers in base units with unit and qualifier beside them, growth
 * as a fraction. Pure functions.
 *
 * @since 0.1.0
 */
import {
  formatReported,
  type Growth,
  type Observation,
  ObservationPeriod,
  type PeriodKind,
  periodKind,
  Quantity,
  type ReportedDate,
  type SeriesMetrics,
} from "@bilateral/domain"
import { Schema } from "effect"

/** A reported date as ISO 8601 text (`2025`, `2025-03`, `2025-03-06`, `2025-05-05/2025-05-07`, `mid-2025`). */
export const encodeDate = (date: ReportedDate | undefined): string | null =>
  date === undefined ? null : formatReported(date)

/** The encoded form of a quantity: `{ value, max?, unit, qualifier, per?, reported? }`. */
export type QuantityJson = typeof Quantity.Encoded

/** Encodes a quantity with its base-unit value, unit and qualifier. */
export const encodeQuantity = (q: Quantity): QuantityJson => Schema.encodeSync(Quantity)(q)

/** Growth as JSON: `{ rate, approximate }` with the rate a fraction (0.8 is +80%), or `{ rate: null, reason }`. */
export type GrowthJson =
  | { readonly rate: number; readonly approximate: boolean }
  | { readonly rate: null; readonly reason: "zero-base" | "same-period" | "missing" }

/** Encodes a growth figure. */
export const encodeGrowth = (g: Growth): GrowthJson =>
  g._tag === "Rate"
    ? { rate: g.rate, approximate: g.approximate }
    : { rate: null, reason: g.reason }

/**
 * One point of a series as JSON. Since format 1.1.0: `period`, the part of the year
 * (`{ "_tag": "FirstMonths", "months": 6 }`, `Quarter`, `Half`, `YearToDate`) or null; `span`, what
 * the figure covers (`full-year`, `part-year`, `average`, `point`); `reports`, how many reports of
 * the figure the data holds (the main one, which `value` is, and the others).
 */
export interface PointJson {
  readonly date: string | null
  readonly value: QuantityJson
  readonly basis: string
  readonly period: typeof ObservationPeriod.Encoded | null
  readonly span: PeriodKind
  readonly reports: number
}

/** A series' derived metrics as JSON: points, year-over-year growth and every span with its CAGR. */
export interface SeriesMetricsJson {
  readonly id: string
  readonly kind: string
  readonly title: Readonly<Record<string, string>>
  readonly from: string | null
  readonly to: string | null
  readonly points: ReadonlyArray<PointJson>
  readonly yoy: ReadonlyArray<{
    from: string | null
    to: string | null
    period: typeof ObservationPeriod.Encoded | null
    growth: GrowthJson
  }>
  readonly spans: ReadonlyArray<{
    from: string | null
    to: string | null
    period: typeof ObservationPeriod.Encoded | null
    years: number
    change: GrowthJson
    cagr: GrowthJson
  }>
  readonly latest: PointJson | null
  readonly gaps: ReadonlyArray<{ afterYear: number; beforeYear: number }>
}

const encodePeriod = (o: Observation) =>
  o.period === undefined ? null : Schema.encodeSync(ObservationPeriod)(o.period)

const point = (o: Observation): PointJson => ({
  date: encodeDate(o.date),
  value: encodeQuantity(o.value),
  basis: o.basis,
  period: encodePeriod(o),
  span: periodKind(o),
  reports: 1 + (o.otherReports?.length ?? 0),
})

/** Encodes the domain's `seriesMetrics` result. */
export const encodeSeriesMetrics = (m: SeriesMetrics): SeriesMetricsJson => ({
  id: m.series.id,
  kind: m.series.kind,
  title: m.series.title,
  from: m.series.from ?? null,
  to: m.series.to ?? null,
  points: m.points.map(point),
  yoy: m.yoy.map((y) => ({
    from: encodeDate(y.from.date),
    to: encodeDate(y.to.date),
    period: encodePeriod(y.to),
    growth: encodeGrowth(y.growth),
  })),
  spans: m.spans.map((s) => ({
    from: encodeDate(s.from.date),
    to: encodeDate(s.to.date),
    period: encodePeriod(s.to),
    years: s.years,
    change: encodeGrowth(s.change),
    cagr: encodeGrowth(s.cagr),
  })),
  latest: m.latest ? point(m.latest) : null,
  gaps: m.gaps.map((g) => ({ afterYear: g.afterYear, beforeYear: g.beforeYear })),
})
