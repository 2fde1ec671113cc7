import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import fc from "fast-check"
import { arbDate, arbQuantity, arbSeries, finiteOrAbsent } from "../../test/arbitraries"
import { seriesById } from "../../test/articles"
import { IndicatorSeries } from "../model/Indicator"
import { comparisonClass } from "../model/ObservationPeriods"
import { quantity } from "../model/Quantity"
import { day, year } from "../model/ReportedDate"
import {
  applyGrowth,
  cagr,
  type Growth,
  growthRate,
  multiple,
  overallGrowth,
  seriesMetrics,
} from "./Growth"

const rateOf = (g: Growth): number => {
  if (g._tag !== "Rate") throw new Error(`expected a rate, got ${g.reason}`)
  return g.rate
}
const isTotal = (g: Growth): boolean => (g._tag === "Rate" ? Number.isFinite(g.rate) : true)

describe("growth of Kyrgyzstan's trade (4,5 → 7,5 → 13,5 triệu USD)", () => {
  const metrics = seriesMetrics(seriesById("vn-kg-trade"))

  it("grows 66.7% from 2022 to 2023 and 80% from 2023 to 2024, year over year", () => {
    expect(metrics.yoy.map((y) => rateOf(y.growth))).toEqual([
      expect.closeTo(0.6667, 4),
      expect.closeTo(0.8, 10),
    ])
    expect(metrics.yoy.every((y) => y.growth._tag === "Rate" && !y.growth.approximate)).toBe(true)
  })

  it("has a compound annual growth of about 73.2% from 2022 to 2024", () => {
    const span = metrics.spans.find((s) => s.years === 2)
    expect(span).toBeDefined()
    expect(rateOf(span?.cagr ?? { _tag: "Undefined", reason: "missing" })).toBeCloseTo(
      Math.sqrt(3) - 1,
      10,
    )
    expect(rateOf(span?.change ?? { _tag: "Undefined", reason: "missing" })).toBeCloseTo(2, 10)
  })

  it("treats the 2017–2021 average of 1,36 triệu USD/năm as a point at mid-2019, not a year of its own", () => {
    const first = metrics.points[0]
    expect(first?.basis).toBe("period-average")
    expect(metrics.yoy.some((y) => y.from === first)).toBe(false)
    const fromAverage = metrics.spans.find(
      (s) => s.from === first && s.to.date?._tag === "Year" && s.to.date.year === 2022,
    )
    expect(fromAverage?.years).toBeCloseTo(3, 2)
    expect(fromAverage?.cagr).toMatchObject({ _tag: "Rate", approximate: true })
    expect(rateOf(fromAverage?.cagr ?? { _tag: "Undefined", reason: "missing" })).toBeCloseTo(
      (4.5 / 1.36) ** (1 / 3) - 1,
      2,
    )
  })

  it("computes the change and CAGR between every pair of the four points, and finds no missing year", () => {
    expect(metrics.points).toHaveLength(4)
    expect(metrics.spans).toHaveLength(6)
    expect(metrics.gaps).toEqual([])
    expect(metrics.latest?.value.value).toBe(13_500_000)
  })
})

describe("growth of Kazakh arrivals and flights", () => {
  it("finds Kazakh arrivals up 140% from 62.500 to 150.000, a multiple of 2.4", () => {
    const m = seriesMetrics(seriesById("kz-vn-arrivals"))
    expect(rateOf(m.yoy[0]?.growth ?? { _tag: "Undefined", reason: "missing" })).toBeCloseTo(
      1.4,
      10,
    )
    expect(multiple(quantity(62_500, "visitors"), quantity(150_000, "visitors"))).toBeCloseTo(
      2.4,
      10,
    )
  })

  it("doubles flights from 2 a week (2022) to 4 a week (mid-2025), with the missing years as a gap and no year-over-year figure", () => {
    const m = seriesMetrics(seriesById("vn-kz-flights"))
    expect(m.yoy).toEqual([])
    expect(m.gaps).toEqual([{ afterYear: 2022, beforeYear: 2025 }])
    const span = m.spans[0]
    expect(rateOf(span?.change ?? { _tag: "Undefined", reason: "missing" })).toBe(1)
    expect(span?.years).toBeCloseTo(3, 1)
    expect(rateOf(span?.cagr ?? { _tag: "Undefined", reason: "missing" })).toBeCloseTo(
      2 ** (1 / 3) - 1,
      2,
    )
    expect(span?.cagr).toMatchObject({ approximate: false })
  })

  it("keeps an undated observation out of the points but offers it as the latest when nothing is dated", () => {
    const m = seriesMetrics(seriesById("kz-vn-fdi-capital"))
    expect(m.points).toEqual([])
    expect(m.undated).toHaveLength(1)
    expect(m.latest?.value.qualifier).toBe("over")
  })
})

describe("growthRate, cagr and multiple", () => {
  it("marks a growth approximate when either side is qualified or a range", () => {
    expect(
      growthRate(quantity(500_000, "USD", { qualifier: "over" }), quantity(1e6, "USD")),
    ).toMatchObject({
      _tag: "Rate",
      approximate: true,
    })
    expect(growthRate(quantity(100, "hectares", { max: 200 }), quantity(300, "hectares"))).toEqual({
      _tag: "Rate",
      rate: 1,
      approximate: true,
    })
  })

  it("is undefined from a zero base, between different units, and within the same period", () => {
    expect(growthRate(quantity(0, "USD"), quantity(5, "USD"))).toEqual({
      _tag: "Undefined",
      reason: "zero-base",
    })
    expect(growthRate(quantity(1, "USD"), quantity(5, "visitors"))).toEqual({
      _tag: "Undefined",
      reason: "missing",
    })
    expect(multiple(quantity(0, "USD"), quantity(5, "USD"))).toBeUndefined()
    expect(
      cagr(
        { date: day(2024, 3, 1), value: quantity(1, "USD") },
        { date: day(2024, 3, 1), value: quantity(2, "USD") },
      ),
    ).toEqual({ _tag: "Undefined", reason: "same-period" })
  })

  it("gives the same forward rate whichever order the two points are passed in", () => {
    const a = { date: year(2022), value: quantity(4_500_000, "USD") }
    const b = { date: year(2024), value: quantity(13_500_000, "USD") }
    expect(rateOf(cagr(b, a))).toBeCloseTo(rateOf(cagr(a, b)), 10)
  })

  it("is total: never throws and never returns NaN or Infinity, on any valid quantities and dates", () => {
    fc.assert(
      fc.property(arbQuantity, arbQuantity, arbDate(), arbDate(), (a, b, da, db) => {
        expect(isTotal(growthRate(a, b))).toBe(true)
        expect(finiteOrAbsent(multiple(a, b))).toBe(true)
        expect(isTotal(cagr({ date: da, value: a }, { date: db, value: b }))).toBe(true)
      }),
    )
  })

  it("gives the series back when each year-over-year growth is applied to the year before", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 1e12, noNaN: true }), { minLength: 2, maxLength: 10 }),
        (values) => {
          for (let i = 1; i < values.length; i++) {
            const from = values[i - 1] ?? 0
            const to = values[i] ?? 0
            const g = growthRate(quantity(from, "USD"), quantity(to, "USD"))
            const back = applyGrowth(from, g)
            expect(back).toBeDefined()
            expect(Math.abs((back ?? Number.NaN) - to)).toBeLessThanOrEqual(
              Math.max(from, to) * 1e-12,
            )
          }
        },
      ),
    )
  })

  it("gives the end value back when the CAGR is compounded over the years between two points", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.double({ min: 1, max: 1e9, noNaN: true }),
        fc.integer({ min: 1990, max: 2020 }),
        fc.integer({ min: 1, max: 30 }),
        (a, b, start, years) => {
          const g = cagr(
            { date: year(start), value: quantity(a, "USD") },
            { date: year(start + years), value: quantity(b, "USD") },
          )
          expect(Math.abs(a * (1 + rateOf(g)) ** years - b)).toBeLessThanOrEqual(
            Math.max(a, b) * 1e-9,
          )
        },
      ),
    )
  })

  it("computes series metrics for any valid series without throwing or leaking NaN", () => {
    fc.assert(
      fc.property(arbSeries, (series) => {
        const m = seriesMetrics(series)
        expect(m.points.length + m.undated.length).toBe(series.observations.length)
        for (const y of m.yoy) expect(isTotal(y.growth)).toBe(true)
        for (const s of m.spans) {
          expect(Number.isFinite(s.years)).toBe(true)
          expect(isTotal(s.change) && isTotal(s.cagr)).toBe(true)
        }
        for (const g of m.gaps) expect(g.beforeYear - g.afterYear).toBeGreaterThan(1)
      }),
    )
  })
})

describe("overall growth of a series, first point to last", () => {
  it("gives Kyrgyzstan's trade from the 2017–2021 average to 2024 in one call, the same as the span between those points", () => {
    const series = seriesById("vn-kg-trade")
    const m = seriesMetrics(series)
    const overall = overallGrowth(series)
    const first = m.points[0]
    const last = m.points.at(-1)
    expect(overall?.from).toBe(first)
    expect(overall?.to).toBe(last)
    expect(m.overall).toEqual(overall)
    const span = m.spans.find((s) => s.from === first && s.to === last)
    expect(overall?.change).toEqual(span?.change)
    expect(overall?.cagr).toEqual(span?.cagr)
    // The period average stands at mid-2019, so the overall CAGR is approximate.
    expect(overall?.cagr).toMatchObject({ _tag: "Rate", approximate: true })
  })

  it("accepts the dated points as cagr's arguments as they are", () => {
    const { points } = seriesMetrics(seriesById("kz-vn-arrivals"))
    const first = points[0]
    const last = points.at(-1)
    if (first === undefined || last === undefined) throw new Error("expected dated points")
    expect(rateOf(cagr(first, last))).toBeCloseTo(1.4, 10)
  })

  it("is undefined with fewer than two dated points, and an Undefined growth from a zero base", () => {
    const obs = (date: string | undefined, value: number) => ({
      ...(date !== undefined ? { date } : {}),
      value: { value, unit: "USD" },
      provenance: [{ source: "fixture", quote: "a figure", paragraph: 1 }],
    })
    const series = (observations: ReadonlyArray<ReturnType<typeof obs>>) =>
      Schema.decodeUnknownSync(IndicatorSeries)({
        id: "fixture-trade",
        relation: "a-b",
        kind: "trade",
        title: { en: "Trade" },
        observations,
      })
    expect(overallGrowth(series([obs("2024", 5), obs(undefined, 7)]))).toBeUndefined()
    expect(seriesMetrics(series([obs("2024", 5)])).overall).toBeUndefined()
    const fromZero = overallGrowth(series([obs("2024", 3), obs("2020", 0)]))
    expect(fromZero?.from.date).toEqual(year(2020))
    expect(fromZero?.change).toEqual({ _tag: "Undefined", reason: "zero-base" })
    expect(fromZero?.cagr).toEqual({ _tag: "Undefined", reason: "zero-base" })
  })

  it("runs from the earliest to the latest whole-period point, or between parts of one kind when there are fewer than two", () => {
    fc.assert(
      fc.property(arbSeries, (series) => {
        const m = seriesMetrics(series)
        const overall = overallGrowth(series)
        const whole = m.points.filter((p) => comparisonClass(p) === "whole")
        const last = m.points.at(-1)
        const spanned =
          whole.length > 1
            ? whole
            : m.points.filter(
                (p) => last !== undefined && comparisonClass(p) === comparisonClass(last),
              )
        if (spanned.length < 2) expect(overall).toBeUndefined()
        else {
          expect(overall?.from).toBe(spanned[0])
          expect(overall?.to).toBe(spanned.at(-1))
          expect(m.overall).toEqual(overall)
        }
      }),
    )
  })
})
