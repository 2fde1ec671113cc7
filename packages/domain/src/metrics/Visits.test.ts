import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { arbEvents } from "../../test/arbitraries"
import { articles } from "../../test/articles"
import { topLevelVisitGaps, visitCounts, visitsBetween } from "./Visits"

const kz = articles.events.filter((e) => e.relation === "vn-kz")
const kg = articles.events.filter((e) => e.relation === "vn-kg")

describe("visit counts", () => {
  it("counts Kazakhstan's visits by level, direction and year, with Ho Chi Minh's undated visit apart", () => {
    const c = visitCounts(kz)
    expect(c.total).toBe(4)
    expect(c.byLevel).toEqual({ party: 1, state: 2, parliament: 1 })
    expect(c.byDirection).toEqual([
      { guest: "VN", host: "KZ", count: 3 },
      { guest: "KZ", host: "VN", count: 1 },
    ])
    expect(c.byYear).toEqual({ "2023": 2, "2025": 1 })
    expect(c.undated).toBe(1)
  })

  it("ignores consultations and phone calls", () => {
    expect(visitCounts(kg).total).toBe(4)
    expect(visitCounts(articles.events.filter((e) => e._tag !== "Visit")).total).toBe(0)
  })

  it("lists the visits of a period in date order, leaving undated ones out", () => {
    const recent = visitsBetween(kg, 2021, 2025)
    expect(recent.map((v) => v.id)).toEqual([
      "visit-2023-09-nguyen-khac-dinh-kg",
      "visit-2025-03-kasymaliev",
    ])
    expect(visitsBetween(kz, 1900, 2100).some((v) => v.id === "visit-ho-chi-minh")).toBe(false)
  })

  it("measures about 1.7 years between President Tokayev's visit (8/2023) and General Secretary To Lam's (5/2025)", () => {
    const gaps = topLevelVisitGaps(kz)
    expect(gaps).toHaveLength(1)
    expect(gaps[0]?.from.id).toBe("visit-2023-08-tokayev")
    expect(gaps[0]?.to.id).toBe("visit-2025-05-to-lam")
    expect(gaps[0]?.days).toBe(629)
    expect(gaps[0]?.years).toBeCloseTo(1.72, 2)
  })

  it("never measures a gap across two relations", () => {
    const gaps = topLevelVisitGaps(articles.events)
    expect(gaps.every((g) => g.from.relation === g.to.relation)).toBe(true)
  })

  it("is total and consistent on arbitrary events", () => {
    fc.assert(
      fc.property(arbEvents, (events) => {
        const c = visitCounts(events)
        const sum = (r: Record<string, number | undefined>) =>
          Object.values(r).reduce<number>((a, b) => a + (b ?? 0), 0)
        expect(sum(c.byLevel)).toBe(c.total)
        expect(c.byDirection.reduce((n, d) => n + d.count, 0)).toBe(c.total)
        expect(sum(c.byYear) + c.undated).toBe(c.total)
        for (const g of topLevelVisitGaps(events)) {
          expect(g.days).toBeGreaterThanOrEqual(0)
          expect(Number.isFinite(g.years)).toBe(true)
        }
        expect(visitsBetween(events, 2000, 2010).length).toBeLessThanOrEqual(c.total)
      }),
    )
  })
})
