import { Dataset, IndicatorSeries, parseReported, Quantity, seriesMetrics } from "@bilateral/domain"
import { Either, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { encodeDate, encodeGrowth, encodeQuantity, encodeSeriesMetrics } from "./Encode"
import { encodeCollections } from "./EncodeCollections"

const date = (text: string) => Either.getOrThrow(parseReported(text))

describe("encodeDate", () => {
  it("writes each precision as ISO 8601 text and an absent date as null", () => {
    expect(encodeDate(date("2025"))).toBe("2025")
    expect(encodeDate(date("2025-03"))).toBe("2025-03")
    expect(encodeDate(date("2025-03-06"))).toBe("2025-03-06")
    expect(encodeDate(date("2025-05-05/2025-05-07"))).toBe("2025-05-05/2025-05-07")
    expect(encodeDate(date("mid-2025"))).toBe("mid-2025")
    expect(encodeDate(undefined)).toBeNull()
  })
})

describe("encodeQuantity", () => {
  it("keeps the base-unit value, range, rate and wording beside the unit and qualifier", () => {
    const q = Schema.decodeUnknownSync(Quantity)({
      value: 1_360_000,
      unit: "USD",
      per: "year",
      qualifier: "about",
      reported: "1,36 triệu USD/năm",
    })
    expect(encodeQuantity(q)).toEqual({
      value: 1_360_000,
      unit: "USD",
      per: "year",
      qualifier: "about",
      reported: "1,36 triệu USD/năm",
    })
    expect(
      encodeQuantity(
        Schema.decodeUnknownSync(Quantity)({ value: 100, unit: "hectares", max: 200 }),
      ),
    ).toEqual({ value: 100, max: 200, unit: "hectares", qualifier: "exact" })
  })
})

describe("encodeGrowth", () => {
  it("gives a rate as a fraction, and an undefined growth as null with its reason", () => {
    expect(encodeGrowth({ _tag: "Rate", rate: 0.8, approximate: true })).toEqual({
      rate: 0.8,
      approximate: true,
    })
    expect(encodeGrowth({ _tag: "Undefined", reason: "zero-base" })).toEqual({
      rate: null,
      reason: "zero-base",
    })
  })
})

describe("encodeSeriesMetrics", () => {
  it("encodes the points, year-over-year growth, spans and gaps of a series", () => {
    const series = Schema.decodeUnknownSync(IndicatorSeries)({
      id: "xa-trade",
      relation: "vn-xa",
      kind: "trade",
      title: { en: "Trade" },
      observations: [2020, 2021, 2023].map((year, i) => ({
        date: String(year),
        value: { value: [4, 6, 9][i] as number, unit: "USD" },
        provenance: [{ source: "s", quote: `q${year}` }],
      })),
    })
    const json = encodeSeriesMetrics(seriesMetrics(series))
    expect(json).toMatchObject({ id: "xa-trade", kind: "trade", from: null, to: null })
    expect(json.points.map((p) => [p.date, p.value.value, p.basis])).toEqual([
      ["2020", 4, "annual"],
      ["2021", 6, "annual"],
      ["2023", 9, "annual"],
    ])
    expect(json.yoy).toEqual([
      { from: "2020", to: "2021", period: null, growth: { rate: 0.5, approximate: false } },
    ])
    expect(json.spans.map((s) => [s.from, s.to, s.years])).toEqual([
      ["2020", "2021", 1],
      ["2020", "2023", 3],
      ["2021", "2023", 2],
    ])
    expect(json.latest?.date).toBe("2023")
    expect(json.gaps).toEqual([{ afterYear: 2021, beforeYear: 2023 }])
  })

  it("encodes a part of a year with each point and growth, never pairing it with a full year", () => {
    const provenance = [{ source: "s", quote: "q" }]
    const half = { _tag: "Half", half: 1 } as const
    const series = Schema.decodeUnknownSync(IndicatorSeries)({
      id: "xa-trade",
      relation: "vn-xa",
      kind: "trade",
      title: { en: "Trade" },
      observations: [
        { date: "2022", value: { value: 10, unit: "USD" }, provenance },
        { date: "2022", period: half, value: { value: 4, unit: "USD" }, provenance },
        {
          date: "2023",
          period: half,
          value: { value: 6, unit: "USD" },
          otherReports: [
            { reporter: { name: { en: "Agency" } }, value: { value: 7, unit: "USD" }, provenance },
          ],
          provenance,
        },
      ],
    })
    const json = encodeSeriesMetrics(seriesMetrics(series))
    expect(json.points.map((p) => [p.date, p.span, p.period, p.reports])).toEqual([
      ["2022", "part-year", half, 1],
      ["2022", "full-year", null, 1],
      ["2023", "part-year", half, 2],
    ])
    expect(json.yoy).toEqual([
      { from: "2022", to: "2023", period: half, growth: { rate: 0.5, approximate: false } },
    ])
    expect(json.spans.map((s) => s.period)).toEqual([half])
  })
})

describe("encodeCollections", () => {
  it("encodes the collections given and leaves every other one empty", () => {
    const countries = [{ code: "VN", name: { vi: "Việt Nam", en: "Vietnam" } }]
    const { countries: decoded } = Schema.decodeUnknownSync(Dataset)({ countries })
    const { countries: encoded, ...others } = encodeCollections({ countries: decoded })
    expect(encoded).toEqual(countries)
    expect(Object.keys(others)).toHaveLength(Object.keys(Dataset.fields).length - 1)
    for (const collection of Object.values(others)) expect(collection).toEqual([])
  })
})
