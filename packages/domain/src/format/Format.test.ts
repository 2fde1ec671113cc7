import { describe, expect, it } from "@effect/vitest"
import { growthRateOf, undefinedGrowth } from "../metrics/Growth"
import type { DirectionCount } from "../metrics/Visits"
import { quantity } from "../model/Quantity"
import { day, month, range, year } from "../model/ReportedDate"
import {
  eventKindLabel,
  formatAge,
  formatDate,
  formatGrowth,
  formatNumber,
  formatPercent,
  formatQuantity,
  formatVisitCount,
  formatVisitDirection,
  levelLabel,
  unitLabel,
  visitTypeLabel,
} from "./Format"

describe("formatNumber", () => {
  it("groups thousands with '.' and writes decimals with ',' in Vietnamese, the opposite in English", () => {
    expect(formatNumber(150_000, "vi")).toBe("150.000")
    expect(formatNumber(13.5, "vi")).toBe("13,5")
    expect(formatNumber(150_000, "en")).toBe("150,000")
    expect(formatNumber(13.5, "en")).toBe("13.5")
    expect(formatNumber(1_234_567.891, "vi")).toBe("1.234.567,89")
    expect(formatNumber(-0.001, "en")).toBe("0")
    expect(formatNumber(Number.NaN, "en")).toBe("—")
  })
})

describe("formatQuantity", () => {
  it("prints the articles' figures in Vietnamese", () => {
    expect(formatQuantity(quantity(13_500_000, "USD"), "vi")).toBe("13,5 triệu USD")
    expect(formatQuantity(quantity(1e9, "USD", { qualifier: "nearly" }), "vi")).toBe("gần 1 tỷ USD")
    expect(formatQuantity(quantity(500_000, "USD", { qualifier: "over" }), "vi")).toBe(
      "hơn 500.000 USD",
    )
    expect(formatQuantity(quantity(150_000, "visitors"), "vi")).toBe("150.000 lượt")
    expect(formatQuantity(quantity(2, "flights", { per: "week" }), "vi")).toBe("2 chuyến/tuần")
    expect(formatQuantity(quantity(100, "hectares", { max: 200 }), "vi")).toBe("100–200 ha")
    expect(formatQuantity(quantity(1_360_000, "USD", { per: "year" }), "vi")).toBe(
      "1,36 triệu USD/năm",
    )
    expect(formatQuantity(quantity(100, "people", { qualifier: "about" }), "vi")).toBe(
      "khoảng 100 người",
    )
  })

  it("prints the same figures in English", () => {
    expect(formatQuantity(quantity(13_500_000, "USD"), "en")).toBe("13.5 million USD")
    expect(formatQuantity(quantity(1e9, "USD", { qualifier: "nearly" }), "en")).toBe(
      "nearly 1 billion USD",
    )
    expect(formatQuantity(quantity(500_000, "USD", { qualifier: "over" }), "en")).toBe(
      "over 500,000 USD",
    )
    expect(formatQuantity(quantity(150_000, "visitors"), "en")).toBe("150,000 visitors")
    expect(formatQuantity(quantity(2, "flights", { per: "week" }), "en")).toBe("2 flights/week")
    expect(formatQuantity(quantity(100, "hectares", { max: 200 }), "en")).toBe("100–200 ha")
    expect(formatQuantity(quantity(1_360_000, "USD", { per: "year" }), "en")).toBe(
      "1.36 million USD/year",
    )
    expect(formatQuantity(quantity(1, "projects"), "en")).toBe("1 project")
  })

  it("keeps a figure in full when millions would round it", () => {
    expect(formatQuantity(quantity(1_234_567, "USD"), "vi")).toBe("1.234.567 USD")
  })
})

describe("formatDate", () => {
  it("prints dates at their own precision in Vietnamese", () => {
    expect(formatDate(day(2025, 3, 6), "vi")).toBe("6/3/2025")
    expect(formatDate(month(2009, 3), "vi")).toBe("tháng 3/2009")
    expect(formatDate(year(2025), "vi")).toBe("2025")
    expect(formatDate(year(2025, "mid"), "vi")).toBe("giữa năm 2025")
    expect(formatDate(range(day(2025, 5, 5), day(2025, 5, 7)), "vi")).toBe("5–7/5/2025")
    expect(formatDate(range(day(2025, 3, 6), day(2025, 3, 7)), "vi")).toBe("6–7/3/2025")
  })

  it("prints dates at their own precision in English", () => {
    expect(formatDate(day(2025, 3, 6), "en")).toBe("6 Mar 2025")
    expect(formatDate(month(2009, 3), "en")).toBe("Mar 2009")
    expect(formatDate(year(2025, "mid"), "en")).toBe("mid-2025")
    expect(formatDate(range(day(2025, 5, 5), day(2025, 5, 7)), "en")).toBe("5–7 May 2025")
  })

  it("prints ranges across months and years in full on each side as needed", () => {
    expect(formatDate(range(day(2023, 9, 30), day(2023, 10, 2)), "vi")).toBe("30/9–2/10/2023")
    expect(formatDate(range(day(2023, 9, 30), day(2023, 10, 2)), "en")).toBe("30 Sep – 2 Oct 2023")
    expect(formatDate(range(day(2023, 12, 30), day(2024, 1, 2)), "vi")).toBe(
      "30/12/2023 – 2/1/2024",
    )
    expect(formatDate(range(year(2017), year(2021)), "en")).toBe("2017–2021")
    expect(formatDate(range(month(2025, 3), month(2025, 5)), "vi")).toBe("tháng 3–5/2025")
  })
})

describe("formatPercent and formatGrowth", () => {
  it("prints rates as percentages with one decimal at most", () => {
    expect(formatPercent(0.8, "vi")).toBe("80%")
    expect(formatPercent(0.667, "vi")).toBe("66,7%")
    expect(formatPercent(0.667, "en")).toBe("66.7%")
    expect(formatPercent(0.8, "vi", { signed: true })).toBe("+80%")
    expect(formatPercent(-0.125, "en", { signed: true })).toBe("-12.5%")
  })

  it("prints a growth signed, marks it approximate, and says why it is undefined", () => {
    expect(formatGrowth(growthRateOf(0.8), "vi")).toBe("+80%")
    expect(formatGrowth(growthRateOf(0.8, true), "en")).toBe("about +80%")
    expect(formatGrowth(undefinedGrowth("zero-base"), "vi")).toContain("gốc bằng 0")
  })
})

describe("labels", () => {
  it("names units, levels, event kinds and visit types in both languages", () => {
    expect(unitLabel("visitors", "vi")).toBe("lượt")
    expect(unitLabel("enterprises", "en")).toBe("enterprises")
    expect(unitLabel("JPY", "en")).toBe("JPY")
    expect(levelLabel("deputy-minister", "vi")).toBe("Thứ trưởng")
    expect(eventKindLabel("PhoneCall", "en")).toBe("Phone call")
    expect(visitTypeLabel("state", "vi")).toBe("thăm cấp Nhà nước")
  })
})

describe("formatAge", () => {
  it("prints years, months and days in both languages, leaving out the parts that are zero", () => {
    expect(formatAge({ years: 32, months: 10, days: 7 }, "vi")).toBe("32 năm 10 tháng 7 ngày")
    expect(formatAge({ years: 32, months: 10, days: 7 }, "en")).toBe("32 years 10 months 7 days")
    expect(formatAge({ years: 1, months: 0, days: 1 }, "en")).toBe("1 year 1 day")
    expect(formatAge({ years: 0, months: 1, days: 0 }, "en")).toBe("1 month")
    expect(formatAge({ years: 0, months: 0, days: 0 }, "vi")).toBe("0 ngày")
  })

  it("prints no part finer than the date the age counts from", () => {
    const age = { years: 125, months: 3, days: 12 }
    expect(formatAge({ ...age, since: month(1900, 3) }, "en")).toBe("125 years 3 months")
    expect(formatAge({ ...age, since: year(1900) }, "en")).toBe("125 years")
    expect(formatAge({ ...age, since: range(year(1900), year(1901)) }, "vi")).toBe("125 năm")
    expect(formatAge({ years: 0, months: 0, days: 20, since: year(2025) }, "en")).toBe("0 years")
    expect(formatAge({ ...age, since: day(1900, 3, 1) }, "en")).toBe("125 years 3 months 12 days")
  })
})

describe("formatVisitCount and formatVisitDirection", () => {
  it("counts visits in the singular and plural, with the language's separators", () => {
    expect(formatVisitCount(1, "en")).toBe("1 visit")
    expect(formatVisitCount(3, "en")).toBe("3 visits")
    expect(formatVisitCount(0, "en")).toBe("0 visits")
    expect(formatVisitCount(1200, "vi")).toBe("1.200 chuyến thăm")
  })

  it("prints a direction guest to host, by code or by the name given", () => {
    const d = { guest: "VN", host: "KZ", count: 3 } as DirectionCount
    expect(formatVisitDirection(d, "en")).toBe("VN → KZ: 3 visits")
    const names: Record<string, string> = { VN: "Việt Nam", KZ: "Kazakhstan" }
    expect(formatVisitDirection(d, "vi", (c) => names[c] ?? c)).toBe(
      "Việt Nam → Kazakhstan: 3 chuyến thăm",
    )
  })
})
