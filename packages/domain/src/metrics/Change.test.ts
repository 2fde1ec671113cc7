import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { Claim } from "../model/Claim"
import { Dataset } from "../model/Dataset"
import { observationReports, reportCitedBy, reporterName, reportSpread } from "../model/Reports"
import {
  changeAccepted,
  changeHolds,
  changeToleranceLabel,
  parseReportedChange,
  type ReportedChange,
} from "../parse/Change"
import { checkClaim } from "./Claims"

const parsed = (text: string): ReportedChange => {
  const r = parseReportedChange(text)
  if (Either.isLeft(r)) throw new Error(r.left.message)
  return r.right
}

describe("reading a change as a source words it", () => {
  it("reads percentages with their precision, falls, averages and 'so với cùng kỳ'", () => {
    expect(parsed("tăng 69,8%")).toMatchObject({ _tag: "Percent", decimals: 1, perYear: false })
    expect((parsed("tăng 69,8%") as { rate: number }).rate).toBeCloseTo(0.698, 12)
    expect(parsed("giảm 9,1%")).toMatchObject({ _tag: "Percent", decimals: 1 })
    expect((parsed("giảm 9,1%") as { rate: number }).rate).toBeCloseTo(-0.091, 12)
    expect(parsed("tăng trung bình 28%/năm")).toMatchObject({ perYear: true, decimals: 0 })
    expect(parsed("tăng 34,5% so với cùng kỳ")).toMatchObject({ samePeriod: true, decimals: 1 })
    expect(parsed("up 69.8% year on year")).toMatchObject({ samePeriod: true, decimals: 1 })
    expect(parsed("grew by an average of 28% a year")).toMatchObject({ perYear: true })
  })

  it("reads multiples in words and digits with their qualifier", () => {
    expect(parsed("tăng hơn gấp đôi")).toMatchObject({
      _tag: "Multiple",
      factor: 2,
      qualifier: "over",
      words: true,
    })
    expect(parsed("gấp 2,5 lần")).toMatchObject({ factor: 2.5, decimals: 1, words: false })
    expect(parsed("more than doubled")).toMatchObject({ factor: 2, qualifier: "over" })
  })

  it("refuses wording that states no figure", () => {
    expect(Either.isLeft(parseReportedChange("tăng mạnh"))).toBe(true)
  })

  it("holds a percentage to half a unit of its last digit: 69,8% accepts 69,75–69,85%", () => {
    const c = parsed("tăng 69,8%")
    expect(changeHolds(c, 0.6976)).toBe(true)
    expect(changeHolds(c, 0.6984)).toBe(true)
    expect(changeHolds(c, 0.6974)).toBe(false)
    expect(changeHolds(c, 0.6986)).toBe(false)
    // The old ratio tolerance accepted +61% to +78%; a stated precision does not.
    expect(changeHolds(c, 0.7)).toBe(false)
    const whole = parsed("tăng 28%")
    expect(changeHolds(whole, 0.2849)).toBe(true)
    expect(changeHolds(whole, 0.2851)).toBe(false)
  })

  it("holds 'hơn gấp đôi' to more than 2, never exactly 2", () => {
    const c = parsed("tăng hơn gấp đôi")
    expect(changeHolds(c, 2.01)).toBe(true)
    expect(changeHolds(c, 2)).toBe(false)
    expect(changeHolds(c, 1.9)).toBe(false)
  })

  it("states the range a change accepts, the range changeHolds applies", () => {
    const exact = changeAccepted(parsed("tăng 69,8%"))
    expect(exact.min).toBeCloseTo(0.6975, 12)
    expect(exact.max).toBeCloseTo(0.6985, 12)
    expect(changeAccepted(parsed("tăng hơn gấp đôi"))).toMatchObject({ min: 2, above: true })
    const word = changeAccepted(parsed("tăng gấp đôi"))
    expect(word.min).toBeCloseTo(1.9, 12)
    expect(word.max).toBeCloseTo(2.1, 12)
    expect(changeToleranceLabel(parsed("tăng hơn gấp đôi"), "vi")).toBe("trên 2 lần")
    expect(changeToleranceLabel(parsed("tăng gấp đôi"), "en")).toBe("1.9 to 2.1 times")
    expect(changeToleranceLabel(parsed("tăng 69,8%"), "en")).toBe(
      "±0.05 percentage points: +69.75% to +69.85%",
    )
  })
})

const provenance = (source: string) => [{ source, quote: "a fixture quote" }]

/** A fixture relation with part-year and full-year trade, two reports of 2024, and claims. */
const fixture = Schema.decodeUnknownSync(Dataset)({
  sources: [],
  countries: [
    { code: "AA", name: { en: "Aland" } },
    { code: "BB", name: { en: "Bland" } },
  ],
  relations: [{ id: "aa-bb", countries: ["AA", "BB"] }],
  indicators: [
    {
      id: "fx-trade",
      relation: "aa-bb",
      kind: "trade",
      title: { en: "Fixture trade" },
      observations: [
        { date: "2022", value: { value: 500, unit: "USD" }, provenance: provenance("fx-a") },
        { date: "2023", value: { value: 849, unit: "USD" }, provenance: provenance("fx-a") },
        {
          date: "2024",
          value: { value: 1000, unit: "USD" },
          reporter: { name: { en: "Fixture customs" } },
          otherReports: [
            {
              reporter: { name: { en: "Fixture agency" } },
              value: { value: 1800, unit: "USD" },
              provenance: provenance("fx-b"),
            },
          ],
          provenance: provenance("fx-a"),
        },
        {
          date: "2023",
          period: { _tag: "FirstMonths", months: 4 },
          value: { value: 200, unit: "USD" },
          provenance: provenance("fx-a"),
        },
        {
          date: "2024",
          period: { _tag: "FirstMonths", months: 4 },
          value: { value: 269, unit: "USD" },
          provenance: provenance("fx-a"),
        },
      ],
    },
  ],
})

const claim = (check: Record<string, unknown>, source = "fx-a") =>
  Schema.decodeUnknownSync(Claim)({
    id: "fx-claim",
    relation: "aa-bb",
    text: { en: "fixture claim" },
    check: { _tag: "Change", series: "fx-trade", ...check },
    provenance: provenance(source),
  })

describe("checking a change claimed in the source's words", () => {
  it("compares 'so với cùng kỳ' with the same part of the year before, not the full year", () => {
    const r = checkClaim(
      claim({
        to: "2024",
        period: { _tag: "FirstMonths", months: 4 },
        reported: "tăng 34,5% so với cùng kỳ",
      }),
      fixture,
    )
    expect(r.status).toBe("holds")
    expect(r.computed).toBeCloseTo(0.345, 10)
    expect(r.explanation.vi).toContain("4 tháng đầu năm 2023")
  })

  it("holds 'tăng 69,8%' for 500 → 849 and contradicts 'tăng 69,9%' for the same figures", () => {
    const r = checkClaim(claim({ from: "2022", to: "2023", reported: "tăng 69,8%" }), fixture)
    expect(r.status).toBe("holds")
    expect(r.computed).toBeCloseTo(0.698, 10)
    expect(r.explanation.vi).toContain('"tăng 69,8%"')
    const off = checkClaim(claim({ from: "2022", to: "2023", reported: "tăng 69,9%" }), fixture)
    expect(off.status).toBe("contradicted")
  })

  it("reports the wording, the periods compared and the tolerance beside the result", () => {
    const r = checkClaim(
      claim({
        to: "2024",
        period: { _tag: "FirstMonths", months: 4 },
        reported: "tăng 34,5% so với cùng kỳ",
      }),
      fixture,
    )
    expect(r.change?.reported).toBe("tăng 34,5% so với cùng kỳ")
    expect(r.change?.compared.vi).toBe("4 tháng đầu năm 2023 → 4 tháng đầu năm 2024")
    expect(r.change?.compared.en).toBe("first 4 months of 2023 → first 4 months of 2024")
    expect(r.change?.tolerance.en).toBe("±0.05 percentage points: +34.45% to +34.55%")
    expect(r.change?.tolerance.vi).toBe("±0,05 điểm phần trăm: +34,45% đến +34,55%")
  })

  it("reads 'tăng 69,8%' without a starting point as against the year before", () => {
    expect(checkClaim(claim({ to: "2023", reported: "tăng 69,8%" }), fixture).status).toBe("holds")
  })

  it("checks a claim against the report its own source gives", () => {
    // The agency (source fx-b) reports 1800 for 2024, more than twice 2023's 849.
    const byAgency = checkClaim(
      claim({ from: "2023", to: "2024", reported: "tăng hơn gấp đôi" }, "fx-b"),
      fixture,
    )
    expect(byAgency.status).toBe("holds")
    // The same words checked against the main report (1000 against 849) do not hold.
    const byCustoms = checkClaim(
      claim({ from: "2023", to: "2024", reported: "tăng hơn gấp đôi" }, "fx-a"),
      fixture,
    )
    expect(byCustoms.status).toBe("contradicted")
  })

  it("checks an average yearly rate against the CAGR", () => {
    const r = checkClaim(
      claim({ from: "2022", to: "2024", reported: "tăng trung bình 41,4%/năm" }),
      fixture,
    )
    expect(r.computed).toBeCloseTo(Math.SQRT2 - 1, 10)
    expect(r.status).toBe("holds")
  })

  it("refuses an average yearly rate without its first year, and unreadable wording", () => {
    for (const check of [
      { to: "2024", reported: "tăng trung bình 28%/năm" },
      { to: "2024", reported: "tăng mạnh" },
    ]) {
      expect(() => claim(check)).toThrow()
    }
  })
})

describe("several reports of one figure", () => {
  const o2024 = fixture.indicators[0]?.observations[2]
  if (o2024 === undefined) throw new Error("fixture")

  it("lists the main report first, then the others, each with its reporter", () => {
    const reports = observationReports(o2024)
    expect(reports.map((r) => [r.main, r.value.value])).toEqual([
      [true, 1000],
      [false, 1800],
    ])
    expect(reports[1]?.reporter?.name?.en).toBe("Fixture agency")
    expect(reports.map((r) => reporterName(r.reporter, [], "en"))).toEqual([
      "Fixture customs",
      "Fixture agency",
    ])
    const orgs = [{ id: "fx-stats", name: { vi: "Cục Thống kê", en: "Statistics Office" } }]
    expect(reporterName({ organisation: "fx-stats" }, orgs, "vi")).toBe("Cục Thống kê")
    expect(reporterName({ organisation: "elsewhere" }, orgs, "vi")).toBe("elsewhere")
  })

  it("picks the report a source cites, else the main one, and measures the spread", () => {
    expect(reportCitedBy(o2024, ["fx-b"]).value.value).toBe(1800)
    expect(reportCitedBy(o2024, ["elsewhere"]).main).toBe(true)
    expect(reportSpread(o2024)).toEqual({ count: 2, min: 1000, max: 1800, differ: true })
  })
})
