import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import { quantity } from "../model/Quantity"
import { parseEnglishQuantity, parseReportedQuantity, reportedMismatch } from "./English"

describe("reading figures as reported, in English or Vietnamese", () => {
  it("reads English figures with scale, unit before or after, qualifier, range and period", () => {
    const read = (text: string) => Either.getOrThrow(parseEnglishQuantity(text))
    expect(read("13.5 million USD")).toMatchObject({ value: 13_500_000, unit: "USD" })
    expect(read("USD 13.5 million")).toMatchObject({ value: 13_500_000, unit: "USD" })
    expect(read("nearly 1 billion USD")).toMatchObject({ value: 1e9, qualifier: "nearly" })
    expect(read("150,000 visitors")).toMatchObject({ value: 150_000, unit: "visitors" })
    expect(read("2 flights a week")).toMatchObject({ value: 2, unit: "flights", per: "week" })
    expect(read("100–200 ha")).toMatchObject({ value: 100, max: 200, unit: "hectares" })
  })

  it("reads either language", () => {
    for (const text of ["13,5 triệu USD", "13.5 million USD"]) {
      expect(Either.getOrThrow(parseReportedQuantity(text)).value).toBe(13_500_000)
    }
  })
})

describe("checking a quantity's wording against its value", () => {
  it("finds '13,5 triệu USD' with 1350000 a mismatch, and with 13500000 none", () => {
    expect(reportedMismatch(quantity(1_350_000, "USD", { reported: "13,5 triệu USD" }))).toContain(
      "reads 13500000 USD, but value is 1350000",
    )
    expect(reportedMismatch(quantity(13_500_000, "USD", { reported: "13,5 triệu USD" }))).toBe(
      undefined,
    )
  })

  it("finds a wrong qualifier, unit, range or period", () => {
    expect(reportedMismatch(quantity(1e9, "USD", { reported: "gần 1 tỷ USD" }))).toContain(
      "qualifier nearly",
    )
    expect(reportedMismatch(quantity(150_000, "USD", { reported: "150.000 lượt" }))).toContain(
      "unit visitors",
    )
    expect(reportedMismatch(quantity(100, "hectares", { reported: "100–200 ha" }))).toContain(
      "range up to 200",
    )
    expect(
      reportedMismatch(quantity(1_360_000, "USD", { reported: "1,36 triệu USD/năm" })),
    ).toContain("per year")
    expect(
      reportedMismatch(quantity(2, "enterprises", { reported: "hai doanh nghiệp" })),
    ).toBeUndefined()
  })

  it("reports wording it cannot read", () => {
    expect(reportedMismatch(quantity(1, "USD", { reported: "rất nhiều" }))).toContain(
      "cannot be read",
    )
  })
})
