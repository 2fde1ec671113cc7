import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { arbDataset, arbDay } from "../../test/arbitraries"
import { articles } from "../../test/articles"
import type { Relation } from "../model/Relation"
import { day, epochDay, firstDay, month, year } from "../model/ReportedDate"
import { calendarDifference, relationAge, upcomingAnniversaries } from "./RelationAge"

const found = articles.relations.find((r) => r.id === "vn-kz")
if (found?.established === undefined) throw new Error("the test dataset has no vn-kz establishment")
const vnKz: Relation = found
const establishedKz = found.established

describe("relation age", () => {
  it("is 32 years, 10 months and 7 days on 6 May 2025 for relations established on 29/6/1992", () => {
    expect(relationAge(vnKz, day(2025, 5, 6))).toEqual({
      years: 32,
      months: 10,
      days: 7,
      since: day(1992, 6, 29),
      exact: true,
    })
  })

  it("turns 33 on 29 June 2025", () => {
    expect(relationAge(vnKz, day(2025, 6, 28))?.years).toBe(32)
    expect(relationAge(vnKz, day(2025, 6, 29))).toMatchObject({ years: 33, months: 0, days: 0 })
  })

  it("counts a month-precision establishment from the month's first day and says it is not exact", () => {
    const r: Relation = {
      ...vnKz,
      established: {
        date: month(1992, 6),
        provenance: establishedKz.provenance,
      },
    }
    expect(relationAge(r, day(1993, 6, 1))).toMatchObject({
      years: 1,
      months: 0,
      days: 0,
      exact: false,
    })
  })

  it("is undefined before the establishment and without one", () => {
    expect(relationAge(vnKz, day(1990, 1, 1))).toBeUndefined()
    const { established: _, ...withoutDate } = vnKz
    expect(relationAge(withoutDate, day(2025, 1, 1))).toBeUndefined()
  })

  it("adds up: the start plus the years, months and days is the end day", () => {
    fc.assert(
      fc.property(arbDay(1900, 2100), arbDay(1900, 2100), (a, b) => {
        const [from, to] =
          epochDay(a.year, a.month, a.day) <= epochDay(b.year, b.month, b.day) ? [a, b] : [b, a]
        const d = calendarDifference(from, to)
        expect(d).toBeDefined()
        if (d === undefined) return
        expect(d.months).toBeGreaterThanOrEqual(0)
        expect(d.months).toBeLessThan(12)
        expect(d.days).toBeGreaterThanOrEqual(0)
        expect(d.days).toBeLessThan(31)
        const totalMonths = from.month - 1 + d.years * 12 + d.months
        const y = from.year + Math.floor(totalMonths / 12)
        const m = (totalMonths % 12) + 1
        const dim =
          [
            31,
            (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28,
            31,
            30,
            31,
            30,
            31,
            31,
            30,
            31,
            30,
            31,
          ][m - 1] ?? 31
        expect(epochDay(y, m, Math.min(from.day, dim)) + d.days).toBe(
          epochDay(to.year, to.month, to.day),
        )
      }),
    )
  })
})

describe("upcoming anniversaries", () => {
  it("lists the 33rd anniversary of Kazakhstan relations as next, then the round 35th and 40th", () => {
    const list = upcomingAnniversaries(articles, "vn-kz", day(2025, 5, 6), 10).filter(
      (a) => a.subject === "establishment",
    )
    expect(list.map((a) => [a.years, a.year])).toEqual([
      [33, 2025],
      [35, 2027],
      [40, 2032],
    ])
    expect(list[0]?.date).toEqual(day(2025, 6, 29))
  })

  it("skips this year's anniversary once its day has passed", () => {
    const list = upcomingAnniversaries(articles, "vn-kz", day(2025, 7, 1), 10).filter(
      (a) => a.subject === "establishment",
    )
    expect(list[0]).toMatchObject({ years: 34, year: 2026 })
  })

  it("lists round anniversaries of dated events, never of undated ones", () => {
    const list = upcomingAnniversaries(articles, "vn-kz", day(2025, 5, 6), 10).filter(
      (a) => a.subject === "event",
    )
    expect(list.some((a) => a.eventId === "visit-ho-chi-minh")).toBe(false)
    expect(list.find((a) => a.eventId === "visit-2023-08-tokayev")).toMatchObject({
      years: 5,
      year: 2028,
      date: month(2028, 8),
    })
    expect(list.every((a) => a.years % 5 === 0)).toBe(true)
  })

  it("is total and sorted on arbitrary datasets", () => {
    fc.assert(
      fc.property(
        arbDataset,
        arbDay(1950, 2050),
        fc.integer({ min: -5, max: 30 }),
        (dataset, asOf, within) => {
          const list = upcomingAnniversaries(dataset, "r-a", asOf, within)
          for (let i = 1; i < list.length; i++) {
            expect(firstDay((list[i] ?? list[0])?.date ?? year(0))).toBeGreaterThanOrEqual(
              firstDay(list[i - 1]?.date ?? year(0)),
            )
          }
          for (const a of list) {
            expect(a.years).toBeGreaterThan(0)
            expect(a.year).toBeGreaterThanOrEqual(asOf.year)
            expect(a.year).toBeLessThanOrEqual(asOf.year + Math.max(0, within))
          }
          const r = dataset.relations[0]
          if (r !== undefined) {
            const age = relationAge(r, asOf)
            if (age !== undefined)
              expect([age.years, age.months, age.days].every(Number.isFinite)).toBe(true)
          }
        },
      ),
    )
  })
})
