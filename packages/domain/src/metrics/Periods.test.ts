import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import fc from "fast-check"
import { IndicatorSeries, Observation } from "../model/Indicator"
import { comparisonClass, observationSpanLabel, periodKind } from "../model/ObservationPeriods"
import { latestObservation } from "./Compare"
import { overallGrowth, seriesMetrics } from "./Growth"

const provenance = [{ source: "fixture", quote: "a fixture quote" }]

/** A trade series from encoded observations, decoded with the schema as a data file would be. */
const series = (observations: ReadonlyArray<Record<string, unknown>>) =>
  Schema.decodeUnknownSync(IndicatorSeries)({
    id: "fx-trade",
    relation: "aa-bb",
    kind: "trade",
    title: { en: "Fixture trade" },
    observations: observations.map((o) => ({ provenance, ...o })),
  })

const usd = (value: number) => ({ value, unit: "USD" })
const h1 = { _tag: "Half", half: 1 }

describe("observations over part of a year", () => {
  it("decode a first-N-months, quarter, half and year-to-date period on a year", () => {
    for (const period of [
      { _tag: "FirstMonths", months: 4 },
      { _tag: "Quarter", quarter: 1 },
      h1,
      { _tag: "YearToDate", month: 3, day: 31 },
    ]) {
      const o = Schema.decodeUnknownSync(Observation)({
        date: "2023",
        period,
        value: usd(1),
        provenance,
      })
      expect(periodKind(o)).toBe("part-year")
    }
  })

  it("refuse a period on a date that is not a year, or on an average", () => {
    const bad = [
      { date: "2018-01/2018-06", period: h1 },
      { date: "2017/2021", basis: "period-average", period: h1 },
      { date: "2018", period: { _tag: "FirstMonths", months: 12 } },
    ]
    for (const o of bad) {
      const decoded = Schema.decodeUnknownEither(Observation)({ value: usd(1), provenance, ...o })
      expect(Either.isLeft(decoded)).toBe(true)
    }
  })

  it("are labelled with their part and year; averages with their years", () => {
    const s = series([
      { date: "2018", period: h1, value: usd(5) },
      { date: "2017/2021", basis: "period-average", value: { ...usd(1), per: "year" } },
      { date: "2023", period: { _tag: "FirstMonths", months: 4 }, value: usd(5) },
    ])
    expect(s.observations.map((o) => observationSpanLabel(o, "vi"))).toEqual([
      "6 tháng đầu năm 2018",
      "bình quân năm 2017–2021",
      "4 tháng đầu năm 2023",
    ])
    expect(observationSpanLabel(s.observations[0], "en")).toBe("first half of 2018")
  })
})

describe("growth compares like with like", () => {
  // A full year 2017 of 100, then the first half of 2018 of 60: half a year is not a fall of 40%.
  const mixed = series([
    { date: "2017", value: usd(100) },
    { date: "2018", period: h1, value: usd(60) },
  ])

  it("never compares a part-year with a full year, in yoy, spans or overall", () => {
    const m = seriesMetrics(mixed)
    expect(m.yoy).toEqual([])
    expect(m.spans).toEqual([])
    expect(m.overall).toBeUndefined()
    expect(overallGrowth(mixed)).toBeUndefined()
  })

  it("compares a part-year with the same part a year earlier", () => {
    const m = seriesMetrics(
      series([
        { date: "2017", value: usd(100) },
        { date: "2017", period: h1, value: usd(40) },
        { date: "2018", period: h1, value: usd(60) },
        { date: "2018", value: usd(150) },
      ]),
    )
    expect(m.yoy).toHaveLength(2)
    for (const y of m.yoy) expect(comparisonClass(y.from)).toBe(comparisonClass(y.to))
    const half = m.yoy.find((y) => y.to.period !== undefined)
    expect(half?.growth).toEqual({ _tag: "Rate", rate: 0.5, approximate: false })
    const full = m.yoy.find((y) => y.to.period === undefined)
    expect(full?.growth).toEqual({ _tag: "Rate", rate: 0.5, approximate: false })
    // Within a year, the part comes before the whole.
    expect(m.points.map((p) => p.period?._tag ?? "year")).toEqual(["Half", "year", "Half", "year"])
  })

  it("does not make an average a point of year-over-year growth", () => {
    const m = seriesMetrics(
      series([
        { date: "2020/2021", basis: "period-average", value: { ...usd(10), per: "year" } },
        { date: "2022", value: usd(20) },
      ]),
    )
    expect(m.yoy).toEqual([])
  })

  it("pairs only observations of one class, whatever the series (property)", () => {
    const periods = [undefined, h1, { _tag: "Quarter", quarter: 2 }]
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            year: fc.integer({ min: 2000, max: 2010 }),
            period: fc.constantFrom(...periods),
            value: fc.integer({ min: 1, max: 1000 }),
          }),
          { minLength: 1, maxLength: 8 },
        ),
        (rows) => {
          const m = seriesMetrics(
            series(
              rows.map((r) => ({
                date: String(r.year),
                value: usd(r.value),
                ...(r.period ? { period: r.period } : {}),
              })),
            ),
          )
          for (const y of m.yoy) {
            expect(comparisonClass(y.from)).toBe(comparisonClass(y.to))
            expect(y.to.date._tag === "Year" && y.from.date._tag === "Year").toBe(true)
            if (y.to.date._tag === "Year" && y.from.date._tag === "Year") {
              expect(y.to.date.year - y.from.date.year).toBe(1)
            }
          }
          for (const s of m.spans) expect(comparisonClass(s.from)).toBe(comparisonClass(s.to))
          if (m.overall) {
            expect(comparisonClass(m.overall.from)).toBe(comparisonClass(m.overall.to))
          }
        },
      ),
    )
  })

  it("shows a full year as the latest figure, not a later part-year", () => {
    const s = series([
      { date: "2017", value: usd(100) },
      { date: "2018", period: h1, value: usd(60) },
    ])
    const latest = latestObservation([s], "trade")
    expect(latest?.observation.period).toBeUndefined()
    expect(latest?.observation.value.value).toBe(100)
    const onlyParts = series([{ date: "2018", period: h1, value: usd(60) }])
    expect(latestObservation([onlyParts], "trade")?.observation.period).toEqual(h1)
  })
})
