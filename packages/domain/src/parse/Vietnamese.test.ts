import { describe, expect, it } from "@effect/vitest"
import { Either } from "effect"
import fc from "fast-check"
import { arbDate } from "../../test/arbitraries"
import { formatDate, formatQuantity } from "../format/Format"
import { type Quantity, quantity } from "../model/Quantity"
import { day, month, range, year } from "../model/ReportedDate"
import { parseVietnameseDate, parseVietnameseQuantity } from "./Vietnamese"

const withoutReported = (q: Quantity): Quantity => {
  const { reported: _, ...rest } = q
  return rest
}
const parsedQuantity = (text: string) => Either.map(parseVietnameseQuantity(text), withoutReported)
const errorOf = <A, E extends { message: string }>(e: Either.Either<A, E>): string =>
  Either.isLeft(e) ? e.left.message : "no error"

describe("parseVietnameseQuantity", () => {
  it("reads the articles' figures into base units with their qualifiers", () => {
    expect(parsedQuantity("13,5 triệu USD")).toStrictEqual(
      Either.right(quantity(13_500_000, "USD")),
    )
    expect(parsedQuantity("gần 1 tỷ USD")).toStrictEqual(
      Either.right(quantity(1e9, "USD", { qualifier: "nearly" })),
    )
    expect(parsedQuantity("hơn 500.000 USD")).toStrictEqual(
      Either.right(quantity(500_000, "USD", { qualifier: "over" })),
    )
    expect(parsedQuantity("150.000 lượt")).toStrictEqual(
      Either.right(quantity(150_000, "visitors")),
    )
    expect(parsedQuantity("khoảng 100 người")).toStrictEqual(
      Either.right(quantity(100, "people", { qualifier: "about" })),
    )
    expect(parsedQuantity("60 ngày")).toStrictEqual(Either.right(quantity(60, "days")))
  })

  it("reads rates, ranges and number words", () => {
    expect(parsedQuantity("2 chuyến/tuần")).toStrictEqual(
      Either.right(quantity(2, "flights", { per: "week" })),
    )
    expect(parsedQuantity("1,36 triệu USD/năm")).toStrictEqual(
      Either.right(quantity(1_360_000, "USD", { per: "year" })),
    )
    expect(parsedQuantity("100–200 ha")).toStrictEqual(
      Either.right(quantity(100, "hectares", { max: 200 })),
    )
    expect(parsedQuantity("hai doanh nghiệp")).toStrictEqual(
      Either.right(quantity(2, "enterprises")),
    )
  })

  it("keeps the source's wording in `reported`", () => {
    expect(
      Either.map(parseVietnameseQuantity(" 13,5  triệu USD "), (q) => q.reported),
    ).toStrictEqual(Either.right("13,5 triệu USD"))
  })

  it("says what it expected when the unit, the number or the range is wrong", () => {
    expect(errorOf(parseVietnameseQuantity("13,5 triệu đồng xu"))).toContain("expected a unit")
    expect(errorOf(parseVietnameseQuantity("nhiều USD"))).toContain("expected a number")
    expect(errorOf(parseVietnameseQuantity("200–100 ha"))).toContain("upper bound")
    expect(errorOf(parseVietnameseQuantity(""))).toContain("expected a quantity")
    expect(errorOf(parseVietnameseQuantity("1.5 triệu USD"))).toContain('decimals with "," ("1,5")')
    const e = parseVietnameseQuantity("5 dặm")
    expect(Either.isLeft(e) && e.left._tag).toBe("QuantityParseError")
  })

  it("reads back what formatQuantity prints in Vietnamese", () => {
    const arbQuantity = fc
      .record({
        cents: fc.oneof(
          fc.integer({ min: 0, max: 99_999_999 }),
          fc.integer({ min: 0, max: 2_000_000_000 }).map((n) => n * 10_000),
        ),
        unit: fc.constantFrom(
          "USD",
          "visitors",
          "flights",
          "projects",
          "hectares",
          "people",
          "days",
          "enterprises",
          "families",
          "count",
          "EUR",
        ),
        qualifier: fc.constantFrom(
          "exact" as const,
          "nearly" as const,
          "over" as const,
          "about" as const,
        ),
        per: fc.option(
          fc.constantFrom("day" as const, "week" as const, "month" as const, "year" as const),
          { nil: undefined },
        ),
        extra: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: undefined }),
      })
      .map(({ cents, unit, qualifier, per, extra }) =>
        quantity(cents / 100, unit, {
          qualifier,
          ...(per !== undefined ? { per } : {}),
          ...(extra !== undefined ? { max: (cents + extra * 100) / 100 } : {}),
        }),
      )
    fc.assert(
      fc.property(arbQuantity, (q) => {
        expect(parsedQuantity(formatQuantity(q, "vi"))).toStrictEqual(Either.right(q))
      }),
    )
  })
})

describe("parseVietnameseDate", () => {
  it("reads the articles' dates at their own precision", () => {
    expect(parseVietnameseDate("5-7/5/2025")).toStrictEqual(
      Either.right(range(day(2025, 5, 5), day(2025, 5, 7))),
    )
    expect(parseVietnameseDate("ngày 6 và 7/3/2025")).toStrictEqual(
      Either.right(range(day(2025, 3, 6), day(2025, 3, 7))),
    )
    expect(parseVietnameseDate("tháng 3/2009")).toStrictEqual(Either.right(month(2009, 3)))
    expect(parseVietnameseDate("29/6/1992")).toStrictEqual(Either.right(day(1992, 6, 29)))
    expect(parseVietnameseDate("Từ ngày 2-3/3/2025")).toStrictEqual(
      Either.right(range(day(2025, 3, 2), day(2025, 3, 3))),
    )
    expect(parseVietnameseDate("giữa năm 2025")).toStrictEqual(Either.right(year(2025, "mid")))
    expect(parseVietnameseDate("11/2023")).toStrictEqual(Either.right(month(2023, 11)))
    expect(parseVietnameseDate("năm 2024")).toStrictEqual(Either.right(year(2024)))
    expect(parseVietnameseDate("2017-2021")).toStrictEqual(
      Either.right(range(year(2017), year(2021))),
    )
    expect(parseVietnameseDate("29-30/9/2023")).toStrictEqual(
      Either.right(range(day(2023, 9, 29), day(2023, 9, 30))),
    )
  })

  it("rejects days that do not exist and reversed ranges, saying what was expected", () => {
    expect(errorOf(parseVietnameseDate("30/2/2024"))).toContain("does not exist")
    expect(Either.isRight(parseVietnameseDate("29/2/2024"))).toBe(true)
    expect(errorOf(parseVietnameseDate("7-5/5/2025"))).toContain("reversed")
    expect(errorOf(parseVietnameseDate("ngày 6 và 9/3/2025"))).toContain("consecutive days")
    expect(errorOf(parseVietnameseDate("3/3"))).toContain("expected a year")
    expect(errorOf(parseVietnameseDate("hôm qua"))).toContain("expected a Vietnamese date")
  })

  it("reads back what formatDate prints in Vietnamese", () => {
    fc.assert(
      fc.property(arbDate(1000, 2999), (d) => {
        expect(parseVietnameseDate(formatDate(d, "vi"))).toStrictEqual(Either.right(d))
      }),
    )
  })
})
