import { checkClaim, compareRelations, day, latestObservation } from "@bilateral/domain"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { fixture, fixtureSources } from "../../test/fixtures"
import { loadDirectory, loadEmbeddedSync } from "../BilateralData"
import type { BilateralIndex } from "../BilateralIndex"
import { relationColor } from "./Palette"
import { compareViews, relationView, relationViews } from "./RelationView"

const asOf = day(2025, 6, 1)
let fixtureIndex: BilateralIndex
beforeAll(async () => {
  fixtureIndex = await Effect.runPromise(
    loadDirectory(fixture("valid"), { sourcesDir: fixtureSources }),
  )
})

const indexes = (): ReadonlyArray<readonly [string, BilateralIndex]> => [
  ["the test fixture", fixtureIndex],
  ["the shipped dataset", loadEmbeddedSync()],
]

describe("relation views", () => {
  it("give one view per relation, each with its own address and colour", () => {
    for (const [, index] of indexes()) {
      const views = relationViews(index, asOf)
      expect(views.map((v) => v.relation.id)).toEqual(index.relations.map((r) => r.id))
      expect(new Set(views.map((v) => v.slug)).size).toBe(views.length)
      expect(new Set(views.map((v) => relationColor(v.tone).hue)).size).toBe(views.length)
      for (const v of views) expect(index.relationBySlug(v.slug)?.id).toBe(v.relation.id)
    }
  })

  it("check each claim against the relation's facts exactly as against the whole dataset", () => {
    for (const [, index] of indexes()) {
      for (const view of relationViews(index, asOf)) {
        for (const { claim, result } of view.claims)
          expect(result).toEqual(checkClaim(claim, index.dataset))
        const tally = view.claims.filter((c) => c.result.status === "holds").length
        expect(view.claimTally.holds).toBe(tally)
      }
    }
  })

  it("take the latest trade figure by the domain's one rule, across every trade series", () => {
    for (const [, index] of indexes()) {
      for (const view of relationViews(index, asOf)) {
        const expected = latestObservation(view.facts.indicators, "trade")
        expect(view.latestTrade?.observation).toBe(expected?.observation)
      }
    }
  })

  it("pair into the same comparison rows as comparing the relations in the dataset", () => {
    for (const [, index] of indexes()) {
      const [a, b] = index.relations
      if (a === undefined || b === undefined) continue
      const rows = compareViews(relationView(index, a.id, asOf), relationView(index, b.id, asOf))
      expect(rows).toEqual(compareRelations(index.dataset, a.id, b.id, asOf))
    }
  })

  it("are computed once per relation and day", () => {
    const index = fixtureIndex
    const [first] = index.relations
    if (first === undefined) throw new Error("the fixture has relations")
    expect(relationView(index, first.id, asOf)).toBe(relationView(index, first.id, asOf))
    expect(relationView(index, first.id, day(2030, 1, 1))).not.toBe(
      relationView(index, first.id, asOf),
    )
  })

  it("refuse an id that is not a relation's, naming the ones there are", () => {
    expect(() => relationView(fixtureIndex, "no-such", asOf)).toThrow(/unknown relation "no-such"/)
  })
})

describe("relation colours", () => {
  it("stay apart for many relations: neighbours at least 30 degrees of hue apart", () => {
    for (let tone = 0; tone < 200; tone++) {
      const a = relationColor(tone).hue
      const b = relationColor(tone + 1).hue
      const distance = Math.min(Math.abs(a - b), 360 - Math.abs(a - b))
      expect(distance).toBeGreaterThanOrEqual(30)
    }
  })
})
