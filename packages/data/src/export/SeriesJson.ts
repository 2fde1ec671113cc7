/**
 * The JSON shapes shared by the interchange export and the CLI's `--json` output, without the
 * schemas: dates as ISO 8601 text, growth as a fraction, a series' metrics with its points. How a
 * quantity and a part of a year are encoded is passed in (see `ValueEncoders`), so that the same
 * shapes serve the main entry (which encodes with the schemas) and the `/snapshot` entry.
 *
 * @since 0.1.0
 */
import type {
  Growth,
  Observation,
  ObservationPeriod,
  PeriodKind,
  Quantity,
  ReportedDate,
  SeriesMetrics,
} from "@bilateral/domain"
import { formatReported, periodKind } from "@bilateral/domain/metrics"

/** A reported date as ISO 8601 text (`2025`, `2025-03`, `2025-03-06`, `2025-05-05/2025-05-07`, `mid-2025`). */
export const encodeDate = (date: ReportedDate | undefined): string | null =>
  date === undefined ? null : formatReported(date)

/** The encoded form of a quantity: `{ value, max?, unit, qualifier, per?, reported? }`. */
export type QuantityJson = typeof Quantity.Encoded

/** The encoded form of a part of a year: `{ "_tag": "Quarter", "quarter": 1 }` and the like. */
export type PeriodJson = typeof ObservationPeriod.Encoded

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
  readonly period: PeriodJson | null
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
    period: PeriodJson | null
    growth: GrowthJson
  }>
  readonly spans: ReadonlyArray<{
    from: string | null
    to: string | null
    period: PeriodJson | null
    years: number
    change: GrowthJson
    cagr: GrowthJson
  }>
  readonly latest: PointJson | null
  readonly gaps: ReadonlyArray<{ afterYear: number; beforeYear: number }>
}

/**
 * How quantities and parts of a year are encoded: with the domain's schemas (`encodeQuantity` of
 * the main entry), or by looking up a snapshot's encoded dataset (the `/snapshot` entry).
 */
export interface ValueEncoders {
  readonly quantity: (q: Quantity) => QuantityJson
  readonly period: (p: ObservationPeriod) => PeriodJson
}

/**
 * The encoder of the domain's `seriesMetrics` result, given how quantities and parts of a year are
 * encoded. The JSON's shape is defined here once, whichever encoders fill it.
 */
export const seriesMetricsEncoder = (encoders: ValueEncoders) => {
  const encodePeriod = (o: Observation) =>
    o.period === undefined ? null : encoders.period(o.period)
  const point = (o: Observation): PointJson => ({
    date: encodeDate(o.date),
    value: encoders.quantity(o.value),
    basis: o.basis,
    period: encodePeriod(o),
    span: periodKind(o),
    reports: 1 + (o.otherReports?.length ?? 0),
  })
  return (m: SeriesMetrics): SeriesMetricsJson => ({
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
}
