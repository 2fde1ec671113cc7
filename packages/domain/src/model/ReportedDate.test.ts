import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import fc from "fast-check"
import { arbDate, arbDay } from "../../test/arbitraries"
import {
  day,
  epochDay,
  formatIso,
  fromEpochDay,
  midpointYear,
  month,
  parseIso,
  parseReported,
  ReportedDate,
  range,
  year,
} from "./ReportedDate"

describe("ReportedDate", () => {
  it("rejects 30 February 2024, which does not exist", () => {
    const result = parseReported("2024-02-30")
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isLeft(result)) expect(result.left.message).toContain("has 29 days")
  })

  it("accepts 29 February 2024, a leap day", () => {
    expect(parseReported("2024-02-29")).toStrictEqual(Either.right(day(2024, 2, 29)))
  })

  it("rejects a reversed range and says the start must come first", () => {
    const result = parseReported("2025-05-07/2025-05-05")
    expect(Either.isLeft(result)).toBe(true)
    if (Either.isLeft(result))
      expect(result.left.message).toContain("expected the start before the end")
  })

  it("decodes the articles' dates at their own precision", () => {
    const decode = Schema.decodeUnknownSync(ReportedDate)
    expect(decode("2025-05-05/2025-05-07")).toStrictEqual(range(day(2025, 5, 5), day(2025, 5, 7)))
    expect(decode("2009-03")).toStrictEqual(month(2009, 3))
    expect(decode("mid-2025")).toStrictEqual(year(2025, "mid"))
    expect(decode("2017/2021")).toStrictEqual(range(year(2017), year(2021)))
  })

  it("places a year at its middle and a 2017–2021 period average at mid-2019", () => {
    expect(midpointYear(year(2022))).toBe(2022.5)
    expect(midpointYear(year(2024))).toBe(2024.5)
    expect(midpointYear(range(year(2017), year(2021)))).toBeCloseTo(2019.5, 2)
  })

  it("counts epoch days like Date.UTC for modern years and keeps years below 100", () => {
    fc.assert(
      fc.property(arbDay(1000, 2999), (d) => {
        expect(epochDay(d.year, d.month, d.day)).toBe(
          Date.UTC(d.year, d.month - 1, d.day) / 86_400_000,
        )
      }),
    )
    expect(fromEpochDay(epochDay(50, 3, 1))).toStrictEqual(day(50, 3, 1))
  })

  it("turns epoch days back into the same calendar day", () => {
    fc.assert(
      fc.property(arbDay(0, 9999), (d) => {
        expect(fromEpochDay(epochDay(d.year, d.month, d.day))).toStrictEqual(d)
      }),
    )
  })

  it("decodes what it encodes, for every valid date (schema round trip)", () => {
    const encode = Schema.encodeSync(ReportedDate)
    const decode = Schema.decodeUnknownSync(ReportedDate)
    fc.assert(
      fc.property(arbDate(0, 9999), (d) => {
        expect(decode(encode(d))).toStrictEqual(d)
      }),
    )
  })

  it("reads back what formatIso prints, for dates without year parts", () => {
    fc.assert(
      fc.property(arbDate(0, 9999, false), (d) => {
        expect(parseIso(formatIso(d))).toStrictEqual(Either.right(d))
      }),
    )
  })
})
