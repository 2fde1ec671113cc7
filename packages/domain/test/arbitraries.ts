/**
 * fast-check arbitraries for valid domain values. Values are built in their encoded form and
 * decoded with the domain's schemas, so every generated value is one the schemas accept. Every
 * vocabulary (levels, units, qualifiers, rate periods, bases, indicator kinds, event kinds) is read
 * from its schema, so a new variant is generated without a change here.
 */
import { Either, Schema } from "effect"
import fc from "fast-check"
import { Claim } from "../src/model/Claim"
import { Dataset } from "../src/model/Dataset"
import { Event, Level } from "../src/model/Event"
import { EVENT_KINDS } from "../src/model/EventKinds"
import { IndicatorKind, IndicatorSeries, ObservationBasis } from "../src/model/Indicator"
import { Qualifier, Quantity, RatePeriod, Unit } from "../src/model/Quantity"
import {
  type DatePoint,
  type DayDate,
  day,
  daysInMonth,
  formatReported,
  month,
  parseReported,
  type ReportedDate,
  range,
  year,
} from "../src/model/ReportedDate"

export const arbDay = (minYear = 1000, maxYear = 2999): fc.Arbitrary<DayDate> =>
  fc
    .record({
      y: fc.integer({ min: minYear, max: maxYear }),
      m: fc.integer({ min: 1, max: 12 }),
      d: fc.integer({ min: 1, max: 31 }),
    })
    .map(({ y, m, d }) => day(y, m, Math.min(d, daysInMonth(y, m))))

export const arbPoint = (minYear = 1000, maxYear = 2999): fc.Arbitrary<DatePoint> =>
  fc.oneof(
    arbDay(minYear, maxYear),
    fc
      .record({ y: fc.integer({ min: minYear, max: maxYear }), m: fc.integer({ min: 1, max: 12 }) })
      .map(({ y, m }) => month(y, m)),
    fc.integer({ min: minYear, max: maxYear }).map((y) => year(y)),
  )

/** Any valid reported date: a point, a part of a year, or an ordered range of points. */
export const arbDate = (
  minYear = 1000,
  maxYear = 2999,
  withParts = true,
): fc.Arbitrary<ReportedDate> => {
  const parts = fc
    .record({
      y: fc.integer({ min: minYear, max: maxYear }),
      p: fc.constantFrom("early" as const, "mid" as const, "late" as const),
    })
    .map(({ y, p }) => year(y, p))
  const ranges = fc
    .tuple(arbPoint(minYear, maxYear), arbPoint(minYear, maxYear))
    .map(([a, b]) => {
      const r = range(a, b)
      return Either.isRight(parseReported(formatReported(r))) ? r : range(b, a)
    })
    .filter((r) => Either.isRight(parseReported(formatReported(r))))
  const options: Array<fc.Arbitrary<ReportedDate>> = [arbPoint(minYear, maxYear), ranges]
  if (withParts) options.push(parts)
  return fc.oneof(...options)
}

/** The literal members of each vocabulary, as its schema lists them. */
export const VOCABULARIES = {
  level: Level.literals,
  /** The named units, and one currency code for the pattern member of the union. */
  unit: [...(Unit.members[0]?.literals ?? []), "EUR"],
  qualifier: Qualifier.literals,
  per: RatePeriod.literals,
  basis: ObservationBasis.literals,
  indicatorKind: IndicatorKind.literals,
  eventKind: EVENT_KINDS,
} as const

/** Any valid quantity, including zero, tiny and huge values. */
export const arbQuantityEncoded = fc
  .record(
    {
      value: fc.oneof(
        fc.constant(0),
        fc.double({ min: 0, max: 1e15, noNaN: true, noDefaultInfinity: true }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.constant(Number.MIN_VALUE),
        fc.constant(1e300),
      ),
      extra: fc.option(fc.double({ min: 1e-3, max: 1e6, noNaN: true, noDefaultInfinity: true }), {
        nil: undefined,
      }),
      unit: fc.constantFrom(...VOCABULARIES.unit),
      qualifier: fc.constantFrom(...VOCABULARIES.qualifier),
      per: fc.option(fc.constantFrom(...VOCABULARIES.per), { nil: undefined }),
    },
    { requiredKeys: ["value", "unit", "qualifier"] },
  )
  .map(({ value, extra, unit, qualifier, per }) => {
    const max = extra === undefined ? undefined : value + extra
    return {
      value: Object.is(value, -0) ? 0 : value,
      unit,
      qualifier,
      ...(max !== undefined && max > value && Number.isFinite(max) ? { max } : {}),
      ...(per !== undefined ? { per } : {}),
    }
  })

export const arbQuantity = arbQuantityEncoded.map((q) => Schema.decodeUnknownSync(Quantity)(q))

/** Any part of a year an observation may cover. */
export const arbPeriodEncoded = fc.oneof(
  fc.integer({ min: 1, max: 11 }).map((months) => ({ _tag: "FirstMonths" as const, months })),
  fc.integer({ min: 1, max: 4 }).map((quarter) => ({ _tag: "Quarter" as const, quarter })),
  fc.integer({ min: 1, max: 2 }).map((half) => ({ _tag: "Half" as const, half })),
  fc
    .record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
    .map((d) => ({ _tag: "YearToDate" as const, ...d })),
)

const arbWholeObservationEncoded = fc.record(
  {
    date: fc.option(arbDate(1900, 2100).map(formatReported), { nil: undefined }),
    value: arbQuantityEncoded,
    basis: fc.constantFrom(...VOCABULARIES.basis),
  },
  { requiredKeys: ["value", "basis"] },
)

/** A part-year observation (a year with a period), sometimes with another report. */
const arbPartObservationEncoded = fc.record(
  {
    date: fc.integer({ min: 1900, max: 2100 }).map(String),
    value: arbQuantityEncoded,
    basis: fc.constant("annual"),
    period: arbPeriodEncoded,
    otherReports: fc.array(
      arbQuantityEncoded.map((value) => ({
        reporter: { name: { en: "Another reporter" } },
        value,
        provenance: [{ source: "other-source", quote: "another quote" }],
      })),
      { maxLength: 2 },
    ),
  },
  { requiredKeys: ["date", "value", "basis", "period"] },
)

const arbObservationEncoded = fc.oneof(
  { arbitrary: arbWholeObservationEncoded, weight: 3 },
  { arbitrary: arbPartObservationEncoded, weight: 1 },
)

const provenance = [{ source: "test-source", quote: "a short quote" }]

export const arbSeriesEncoded = fc
  .record({
    id: fc.constantFrom("s-1", "s-2"),
    relation: fc.constantFrom("r-a", "r-b"),
    kind: fc.constantFrom(...VOCABULARIES.indicatorKind),
    observations: fc.array(arbObservationEncoded, { minLength: 1, maxLength: 8 }),
  })
  .map((s) => ({
    ...s,
    title: { en: "Series" },
    observations: s.observations.map((o) => ({ ...o, provenance })),
  }))

export const arbSeries = arbSeriesEncoded.map((s) => Schema.decodeUnknownSync(IndicatorSeries)(s))

const LEVELS = VOCABULARIES.level
const COUNTRIES = ["VN", "KZ", "KG"] as const

export const arbEventEncoded = fc
  .record(
    {
      id: fc.constantFrom("e-1", "e-2", "e-3", "e-4", "e-5"),
      tag: fc.oneof(
        { arbitrary: fc.constant("Visit" as const), weight: 2 },
        { arbitrary: fc.constantFrom(...VOCABULARIES.eventKind), weight: 3 },
      ),
      relation: fc.constantFrom("r-a", "r-b"),
      date: fc.option(arbDate(1950, 2050).map(formatReported), { nil: undefined }),
      level: fc.constantFrom(...LEVELS),
      guest: fc.constantFrom(...COUNTRIES),
      host: fc.constantFrom(...COUNTRIES),
      partOf: fc.option(fc.constantFrom("e-1", "e-2"), { nil: undefined }),
    },
    { requiredKeys: ["id", "tag", "relation", "level", "guest", "host"] },
  )
  .map(({ tag, guest, host, ...e }) => {
    const common = { ...e, summary: { en: "An event" }, provenance }
    switch (tag) {
      case "Visit":
        return { _tag: tag, ...common, guest, host, leader: { description: { en: "someone" } } }
      case "PoliticalConsultation":
        return { _tag: tag, ...common, host, chairs: [] }
      case "CommissionSession":
        return { _tag: tag, ...common, commission: { en: "A commission" } }
      default:
        return { _tag: tag, ...common, participants: [] }
    }
  })

export const arbEvents = fc
  .array(arbEventEncoded, { maxLength: 12 })
  .map((events) => events.map((e) => Schema.decodeUnknownSync(Event)(e)))

export const arbClaimEncoded = fc
  .record({
    id: fc.constantFrom("c-1", "c-2"),
    relation: fc.constantFrom("r-a", "r-b"),
    check: fc.oneof(
      fc.record({
        _tag: fc.constant("Anniversary" as const),
        subject: fc.oneof(
          fc.constant({ _tag: "Establishment" as const }),
          fc.record({
            _tag: fc.constant("EventSubject" as const),
            event: fc.constantFrom("e-1", "e-9"),
          }),
        ),
        year: fc.integer({ min: 1900, max: 2100 }),
        years: fc.integer({ min: 0, max: 200 }),
      }),
      fc.record({
        _tag: fc.constant("Multiple" as const),
        series: fc.constantFrom("s-1", "s-2", "s-9"),
        from: arbDate(1900, 2100).map(formatReported),
        to: arbDate(1900, 2100).map(formatReported),
        factor: fc.double({ min: 0.01, max: 100, noNaN: true }),
        qualifier: fc.constantFrom(...VOCABULARIES.qualifier),
      }),
      fc.record(
        {
          _tag: fc.constant("Increase" as const),
          series: fc.constantFrom("s-1", "s-2"),
          from: arbDate(1900, 2100).map(formatReported),
          to: arbDate(1900, 2100).map(formatReported),
        },
        { requiredKeys: ["_tag", "series", "to"] },
      ),
      fc.record(
        {
          _tag: fc.constantFrom("FirstVisit" as const),
          event: fc.constantFrom("e-1", "e-2", "e-9"),
          guest: fc.constantFrom(...COUNTRIES),
          host: fc.constantFrom(...COUNTRIES),
          levels: fc.subarray([...LEVELS], { minLength: 1 }),
          since: arbDate(1900, 2100).map(formatReported),
        },
        { requiredKeys: ["_tag", "event", "guest", "host", "levels"] },
      ),
      fc.record({
        _tag: fc.constant("NoneWithin" as const),
        event: fc.constantFrom("e-1", "e-2", "e-9"),
        guest: fc.constantFrom(...COUNTRIES),
        host: fc.constantFrom(...COUNTRIES),
        levels: fc.subarray([...LEVELS], { minLength: 1 }),
        years: fc.integer({ min: 1, max: 100 }),
      }),
      fc.constant({ _tag: "Qualitative" as const }),
    ),
  })
  .map((c) => ({ ...c, text: { en: "A claim" }, provenance }))

export const arbClaim = arbClaimEncoded.map((c) => Schema.decodeUnknownSync(Claim)(c))

/** Any valid dataset of two relations, with events, series and claims that may refer to missing ids. */
export const arbDataset = fc
  .record({
    events: fc.array(arbEventEncoded, { maxLength: 10 }),
    indicators: fc.array(arbSeriesEncoded, { maxLength: 3 }),
    claims: fc.array(arbClaimEncoded, { maxLength: 4 }),
    established: fc.option(arbDate(1900, 2030).map(formatReported), { nil: undefined }),
  })
  .map(({ established, ...rest }) =>
    Schema.decodeUnknownSync(Dataset)({
      ...rest,
      relations: [
        {
          id: "r-a",
          countries: ["VN", "KZ"],
          ...(established !== undefined ? { established: { date: established, provenance } } : {}),
        },
        { id: "r-b", countries: ["VN", "KG"] },
      ],
    }),
  )

/** A number is finite, or the value is absent: what "total" means for a metric. */
export const finiteOrAbsent = (n: number | undefined): boolean =>
  n === undefined || Number.isFinite(n)
