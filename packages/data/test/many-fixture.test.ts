import { CLAIM_STATUSES, checkClaim } from "@bilateral/domain"
import { describe, expect, it } from "@effect/vitest"
import { Effect } from "effect"
import { formatProblem, loadDirectory, validateDirectory } from "../src/index"
import { fixture } from "./fixtures"

const many = fixture("many")
const manySources = fixture("many-sources")

describe("the many-relations fixture", () => {
  it.effect("validates clean, every quote found in its fictional source text", () =>
    Effect.map(validateDirectory(many, { sourcesDir: manySources }), (report) => {
      expect(report.problems.map(formatProblem)).toEqual([])
      expect(report.counts.quotes).toBeGreaterThan(0)
      expect(report.counts.quotesVerified).toBe(report.counts.quotes)
    }),
  )

  it.effect(
    "has at least five relations, one without the subject, and claims of every status",
    () =>
      Effect.map(loadDirectory(many, { sourcesDir: manySources }), (index) => {
        expect(index.subject).toBe(index.about?.country)
        expect(index.relations.length).toBeGreaterThanOrEqual(5)
        const subject = index.subject ?? ""
        const without = index.relations.filter((r) => !r.countries.includes(subject as never))
        expect(without.length).toBeGreaterThan(0)
        for (const r of without) expect(index.slugOf(r)).toBe(r.id)
        const pairs = new Set(index.relations.map((r) => [...r.countries].sort().join("-")))
        expect(pairs.size).toBe(index.relations.length)
        const statuses = new Set(
          index.dataset.claims.map((c) => checkClaim(c, index.dataset).status),
        )
        expect([...statuses].sort()).toEqual([...CLAIM_STATUSES].sort())
        expect(index.dataset.sources.some((s) => s.language === "en")).toBe(true)
        expect(
          index.dataset.indicators.some((s) => s.kind === "trade" && s.observations.length >= 3),
        ).toBe(true)
        for (const r of index.relations) {
          expect(index.relationBySlug(index.slugOf(r))).toBe(r)
          expect(index.factsOf(r.id).events.length).toBeGreaterThan(0)
        }
      }),
  )
})
