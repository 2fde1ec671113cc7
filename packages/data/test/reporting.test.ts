import {
  checkClaim,
  latestObservation,
  observationReports,
  observationSpanLabel,
  seriesMetrics,
  statusTimeline,
} from "@bilateral/domain"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import {
  buildFactsCsv,
  buildInterchange,
  FORMAT_VERSION,
  formatProblem,
  loadDirectory,
  loadFiles,
  validateDirectory,
} from "../src/index"
import { fixture } from "./fixtures"

const many = fixture("many")
const manySources = fixture("many-sources")

describe("what reporting says, in the many-relations fixture", () => {
  it.effect(
    "holds a session with its ordinal, place, co-chairs, their offices and each side's level",
    () =>
      Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
        const sessions = index.dataset.events.filter(
          (e) => e._tag === "CommissionSession" && e.coChairs !== undefined,
        )
        expect(sessions.length).toBeGreaterThan(0)
        for (const s of sessions) {
          if (s._tag !== "CommissionSession") continue
          expect(s.session).toBeGreaterThan(0)
          expect(s.places.length).toBeGreaterThan(0)
          for (const c of s.coChairs ?? []) {
            expect(c.office).toBeDefined()
            expect(c.country).toBeDefined()
          }
          const levels = new Set(s.sideLevels?.map((l) => l.level))
          expect(levels.size).toBe(2)
          const relation = index.relations.find((r) => r.id === s.relation)
          expect(relation?.commissions?.some((c) => c.id === s.commissionId)).toBe(true)
        }
      }),
  )

  it.effect(
    "compares part-year figures only with the same part, and keeps full years as latest",
    () =>
      Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
        const withParts = index.dataset.indicators.filter((s) =>
          s.observations.some((o) => o.period !== undefined),
        )
        expect(withParts.length).toBeGreaterThan(0)
        for (const s of withParts) {
          const m = seriesMetrics(s)
          for (const y of m.yoy) expect(y.from.period).toEqual(y.to.period)
          for (const span of m.spans) expect(span.from.period).toEqual(span.to.period)
          const latest = latestObservation([s], s.kind)
          expect(latest?.observation.period).toBeUndefined()
          const part = s.observations.find((o) => o.period !== undefined)
          expect(part && observationSpanLabel(part, "vi")).toMatch(/tháng|quý/u)
        }
      }),
  )

  it.effect(
    "checks a percentage claim in the source's words against the same period a year earlier",
    () =>
      Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
        const changes = index.dataset.claims.filter((c) => c.check._tag === "Change")
        expect(changes.length).toBeGreaterThan(0)
        for (const c of changes) {
          const r = checkClaim(c, index.dataset)
          expect(r.status).toBe("holds")
          expect(r.explanation.vi).toContain(c.check._tag === "Change" ? c.check.reported : "")
        }
      }),
  )

  it.effect("holds several reports of a figure, each with its reporter and a quote", () =>
    Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
      const observations = index.dataset.indicators.flatMap((s) => s.observations)
      const several = observations.filter((o) => (o.otherReports ?? []).length > 0)
      expect(several.length).toBeGreaterThan(0)
      for (const o of several) {
        const reports = observationReports(o)
        expect(reports[0]?.main).toBe(true)
        for (const r of reports.slice(1)) {
          expect(r.reporter).toBeDefined()
          expect(r.provenance[0]?.quote.length).toBeGreaterThan(0)
        }
      }
    }),
  )

  it.effect(
    "puts embassies, ambassadors' terms, frameworks and commission levels on a timeline",
    () =>
      Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
        const timed = index.relations.filter((r) => (r.ambassadors ?? []).length > 0)
        expect(timed.length).toBeGreaterThan(0)
        for (const r of timed) {
          const kinds = new Set(statusTimeline(r, index.dataset.events).map((c) => c.kind))
          for (const k of [
            "ambassador-from",
            "ambassador-to",
            "embassy-opened",
            "framework-from",
          ]) {
            expect(kinds.has(k as never)).toBe(true)
          }
        }
      }),
  )
})

describe("reported wording checked against values", () => {
  it.effect(
    "reports a wording that states another figure, an ambiguous range and a missing part",
    () =>
      Effect.map(
        validateDirectory(fixture("reported-mismatch"), { sourcesDir: fixture("sources") }),
        (report) =>
          expect(report.problems.map(formatProblem)).toEqual([
            'relations/vn-kz/indicators.yaml:9:54: reported "4,5 triệu USD" reads 4500000 USD, but value is 450000: expected the wording and the value to state the same figure',
            "relations/vn-kz/indicators.yaml:13:15: a range of dates on the annual basis is ambiguous: expected basis: period-average for a yearly average over the range, or a year with period: for a part of a year",
            'relations/vn-kz/indicators.yaml:14:55: reported "gần 4,5 triệu USD" reads qualifier nearly, but qualifier is exact: expected the wording and the value to state the same figure',
            'relations/vn-kz/indicators.yaml:25:15: series "vn-kz-trade" has no observation of this part of the year: expected observations with the same period',
          ]),
      ),
  )

  it.effect("finds every wording in the shipped dataset in agreement with its value", () =>
    Effect.map(validateDirectory(fixture("../../dataset")), (report) =>
      expect(report.problems.filter((p) => p.message.includes("reported"))).toEqual([]),
    ),
  )
})

describe("the export of what reporting says", () => {
  it.effect(
    "writes periods, other reports, co-chairs, ambassadors and a status timeline under 1.1.0",
    () =>
      Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
        const doc = buildInterchange(index.dataset)
        expect(doc.formatVersion).toBe(FORMAT_VERSION)
        expect(FORMAT_VERSION).toBe("1.1.0")
        const observations = (doc.indicators ?? []).flatMap((s) => s.observations)
        expect(observations.some((o) => o.period !== undefined)).toBe(true)
        expect(observations.some((o) => (o.otherReports ?? []).length > 0)).toBe(true)
        expect(
          (doc.events ?? []).some(
            (e) => e._tag === "CommissionSession" && e.coChairs !== undefined,
          ),
        ).toBe(true)
        expect((doc.relations ?? []).some((r) => (r.ambassadors ?? []).length > 0)).toBe(true)
        const timelines = doc.derived.relations.flatMap((r) => r.statusTimeline)
        expect(timelines.some((c) => c.kind === "ambassador-from")).toBe(true)
        const points = doc.derived.relations.flatMap((r) => r.indicators.flatMap((s) => s.points))
        expect(points.some((p) => p.span === "part-year" && p.period !== null)).toBe(true)
        const csv = buildFactsCsv(index.dataset)
        expect(csv).toContain("report=other")
        expect(csv).toMatch(/period=h1/u)
      }),
  )
})

describe("the new fields decode with every problem at its place", () => {
  const base = `sources:
  - { id: fx, title: { en: Fixture }, language: en }
countries:
  - { code: AA, name: { en: Aland } }
  - { code: BB, name: { en: Bland } }
relations:
  - id: aa-bb
    countries: [AA, BB]
`
  const problems = (text: string) =>
    loadFiles([
      { path: "base.yaml", text: base },
      { path: "relations/aa-bb/more.yaml", text },
    ]).problems.map(formatProblem)

  it("refuses a part of a year on a date that is not a year, and a period out of range", () => {
    const found = problems(`indicators:
  - id: aa-trade
    kind: trade
    title: { en: Trade }
    observations:
      - date: "2018-01/2018-06"
        period: { _tag: Half, half: 1 }
        value: { value: 5, unit: USD }
        provenance: [{ source: fx, quote: a quote }]
      - date: "2018"
        period: { _tag: Quarter, quarter: 5 }
        value: { value: 5, unit: USD }
        provenance: [{ source: fx, quote: a quote }]
`)
    expect(found).toHaveLength(2)
    expect(found[0]).toMatch(
      /^relations\/aa-bb\/more\.yaml:7:\d+: .*part-year observation to be its year/u,
    )
    expect(found[1]).toMatch(/^relations\/aa-bb\/more\.yaml:11:\d+: .*quarter from 1 to 4/u)
  })

  it("refuses a Change claim whose wording states no figure, and an unknown co-chair", () => {
    const found = problems(`claims:
  - id: aa-claim
    text: { en: Trade rose strongly }
    check: { _tag: Change, series: aa-trade, to: "2024", reported: "tăng mạnh" }
    provenance: [{ source: fx, quote: a quote }]
events:
  - _tag: CommissionSession
    id: aa-session
    level: minister
    commission: { en: Commission }
    coChairs: [{ person: nobody, country: AA }]
    summary: { en: A session }
    provenance: [{ source: fx, quote: a quote }]
`)
    expect(found.some((p) => /more\.yaml:4:\d+: .*expected a change such as/u.test(p))).toBe(true)
    expect(found.some((p) => /more\.yaml:11:\d+: unknown person "nobody"/u.test(p))).toBe(true)
  })
})
