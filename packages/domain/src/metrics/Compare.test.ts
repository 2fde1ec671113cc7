import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { arbDataset, arbDay } from "../../test/arbitraries"
import { articles } from "../../test/articles"
import { day } from "../model/ReportedDate"
import { compareRelations, formatComparisonValue } from "./Compare"

const rows = compareRelations(articles, "vn-kz", "vn-kg", day(2025, 6, 1))
const rowOf = (key: string) => rows.find((r) => r.key === key)

describe("comparing Kazakhstan and Kyrgyzstan", () => {
  it("gives both relations' age as of the day asked, 32 years each on 1 June 2025", () => {
    expect(rowOf("age")).toMatchObject({ a: 32, b: 32, kind: "years" })
    expect(rowOf("established")).toMatchObject({ a: "1992-06-29", b: "1992-06-04" })
  })

  it("shows the latest trade of each and Kyrgyzstan's 80% growth, which Kazakhstan's single figure cannot give", () => {
    expect(rowOf("latest-trade")?.a).toMatchObject({ value: 1_000_000_000, qualifier: "nearly" })
    expect(rowOf("latest-trade")?.b).toMatchObject({ value: 13_500_000 })
    const growth = rowOf("growth-trade")
    expect(growth?.a).toBeUndefined()
    expect(growth?.b).toBeCloseTo(0.8, 10)
    expect(growth === undefined ? "" : formatComparisonValue(growth, growth.b, "vi")).toBe("+80%")
  })

  it("counts visits, top-level visits and agreements, the EAEU agreement counting for both", () => {
    expect(rowOf("visits-recent")).toMatchObject({ a: 3, b: 2 })
    expect(rowOf("visits-top-level")).toMatchObject({ a: 3, b: 1 })
    expect(rowOf("agreements")).toMatchObject({ a: 2, b: 1 })
    const latest = rowOf("latest-top-level-visit")
    expect(latest === undefined ? "" : formatComparisonValue(latest, latest.a, "en")).toBe(
      "5–7 May 2025",
    )
  })

  it("gives the same rows whichever relation is on the left", () => {
    const swapped = compareRelations(articles, "vn-kg", "vn-kz", day(2025, 6, 1))
    expect(swapped.map((r) => r.key)).toEqual(rows.map((r) => r.key))
    for (const r of swapped) expect(r.a).toEqual(rowOf(r.key)?.b)
  })

  it("does not count what happened after the day asked", () => {
    const earlier = compareRelations(articles, "vn-kz", "vn-kg", day(2025, 1, 1))
    // Kazakhstan: Tokayev (8/2023) and Ho Chi Minh's undated visit; To Lam's (5/2025) is later.
    expect(earlier.find((r) => r.key === "visits-top-level")).toMatchObject({ a: 2, b: 0 })
    expect(earlier.find((r) => r.key === "latest-top-level-visit")).toMatchObject({ a: "2023-08" })
  })

  it("is total on arbitrary datasets, unknown relations included", () => {
    fc.assert(
      fc.property(arbDataset, arbDay(1950, 2050), (dataset, asOf) => {
        for (const [a, b] of [
          ["r-a", "r-b"],
          ["r-a", "missing"],
        ] as const) {
          for (const r of compareRelations(dataset, a, b, asOf)) {
            for (const v of [r.a, r.b]) {
              if (typeof v === "number") expect(Number.isFinite(v)).toBe(true)
              expect(formatComparisonValue(r, v, "vi")).not.toMatch(/NaN|undefined/)
            }
          }
        }
      }),
    )
  })
})
