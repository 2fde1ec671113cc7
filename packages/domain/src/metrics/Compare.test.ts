import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { arbDataset, arbDay } from "../../test/arbitraries"
import { articles } from "../../test/articles"
import { day } from "../model/ReportedDate"
import {
  compareRelations,
  formatComparisonValue,
  latestObservation,
  pairProfiles,
  relationProfile,
} from "./Compare"

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

  it("gives the same rows whichever relation is on the left, provenance included", () => {
    const swapped = compareRelations(articles, "vn-kg", "vn-kz", day(2025, 6, 1))
    expect(swapped.map((r) => r.key)).toEqual(rows.map((r) => r.key))
    for (const r of swapped) {
      expect(r.a).toEqual(rowOf(r.key)?.b)
      expect(r.provenance?.a).toEqual(rowOf(r.key)?.provenance?.b)
      expect(r.provenance?.b).toEqual(rowOf(r.key)?.provenance?.a)
    }
  })

  it("links the establishment date and the age to the establishment's quote", () => {
    const kz = articles.relations.find((r) => r.id === "vn-kz")?.established?.provenance
    const kg = articles.relations.find((r) => r.id === "vn-kg")?.established?.provenance
    for (const key of ["established", "age"]) {
      expect(rowOf(key)?.provenance).toEqual({ a: kz, b: kg })
    }
    expect(rowOf("age")?.provenance?.a?.[0].quote).toBe(
      "Kể từ khi thiết lập quan hệ ngoại giao ngày 29/6/1992",
    )
  })

  it("links each latest figure to its observation's quote", () => {
    expect(rowOf("latest-trade")?.provenance?.a?.map((p) => p.quote)).toEqual([
      "đã tăng lên gần 1 tỷ USD trong năm 2024",
    ])
    expect(rowOf("latest-trade")?.provenance?.b?.map((p) => p.quote)).toEqual([
      "13,5 triệu USD trong năm 2024",
    ])
  })

  it("links a growth to the later observation's quote, then the earlier one's", () => {
    const growth = rowOf("growth-trade")
    expect(growth?.provenance?.a).toBeUndefined()
    expect(growth?.provenance?.b?.map((p) => p.quote)).toEqual([
      "13,5 triệu USD trong năm 2024",
      "7,5 triệu USD năm 2023",
    ])
  })

  it("links the latest top-level visit to that visit's quote, and leaves counts without quotes", () => {
    const visit = articles.events.find((e) => e.id === "visit-2025-05-to-lam")
    expect(rowOf("latest-top-level-visit")?.provenance?.a).toEqual(visit?.provenance)
    for (const key of [
      "partner",
      "visits-recent",
      "visits-total",
      "visits-top-level",
      "agreements",
    ])
      expect(rowOf(key)?.provenance).toBeUndefined()
  })

  it("names each side's latest top-level visit in the note, without a summary's full stop", () => {
    const stopped = {
      ...articles,
      events: articles.events.map((e) => ({
        ...e,
        summary: Object.fromEntries(Object.entries(e.summary).map(([k, v]) => [k, `${v}.`])),
      })),
    } as typeof articles
    const note = compareRelations(stopped, "vn-kz", "vn-kg", day(2025, 6, 1)).find(
      (r) => r.key === "latest-top-level-visit",
    )?.note?.vi
    expect(note).toMatch(/^KZ: Tổng Bí thư Tô Lâm thăm cấp Nhà nước Kazakhstan; KG: \S/u)
    expect(note).not.toMatch(/\.;|\.$/u)
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

  it("gives provenance from the dataset to every figure read from facts, and only to a side with a value", () => {
    const SOURCED =
      /^(established|age|latest-(?!top-level-visit).+|latest-top-level-visit|growth-.+)$/
    fc.assert(
      fc.property(arbDataset, arbDay(1950, 2050), (dataset, asOf) => {
        const known = new Set(
          [
            ...dataset.relations.flatMap((r) => r.established?.provenance ?? []),
            ...dataset.events.flatMap((e) => e.provenance),
            ...dataset.indicators.flatMap((s) => s.observations.flatMap((o) => o.provenance)),
          ].map((p) => JSON.stringify(p)),
        )
        for (const r of compareRelations(dataset, "r-a", "r-b", asOf)) {
          for (const side of ["a", "b"] as const) {
            const provenance = r.provenance?.[side]
            if (r[side] === undefined || !SOURCED.test(r.key)) expect(provenance).toBeUndefined()
            else expect(provenance?.length).toBeGreaterThan(0)
            for (const p of provenance ?? []) expect(known.has(JSON.stringify(p))).toBe(true)
          }
        }
      }),
    )
  })

  it("pairs two relations' profiles into the same rows as comparing them in the dataset", () => {
    fc.assert(
      fc.property(arbDataset, arbDay(1950, 2050), (dataset, asOf) => {
        const profileOf = (id: string) => {
          const relation = dataset.relations.find((r) => r.id === id)
          return relation === undefined
            ? undefined
            : relationProfile(
                {
                  relation,
                  events: dataset.events.filter((e) => e.relation === id),
                  agreements: dataset.agreements.filter((x) => x.relations.some((r) => r === id)),
                  indicators: dataset.indicators.filter((x) => x.relation === id),
                  sisterRegions: dataset.sisterRegions.filter((x) => x.relation === id),
                },
                asOf,
              )
        }
        const a = profileOf("r-a")
        const b = profileOf("r-b")
        if (a === undefined || b === undefined) return
        expect(pairProfiles(a, b)).toEqual(compareRelations(dataset, "r-a", "r-b", asOf))
      }),
    )
  })
})

describe("the latest observation of an indicator", () => {
  it("is the latest dated point across every series of the kind, not the first series' last point", () => {
    const [kz] = articles.indicators.filter((s) => s.kind === "trade" && s.relation === "vn-kz")
    if (kz === undefined) throw new Error("the fixture has a Kazakhstan trade series")
    const older = {
      ...kz,
      id: "older",
      observations: kz.observations.map((o) => ({ ...o, date: day(1990, 1, 1) })),
    } as unknown as typeof kz
    const picked = latestObservation([older, kz], "trade")
    expect(picked?.series.id).toBe(kz.id)
    expect(latestObservation([kz, older], "trade")?.series.id).toBe(kz.id)
    expect(latestObservation([older, kz], "exports")).toBeUndefined()
  })
})
