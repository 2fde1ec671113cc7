import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  arbClaimEncoded,
  arbEventEncoded,
  arbQuantityEncoded,
  arbSeriesEncoded,
  VOCABULARIES,
} from "./arbitraries"

/** Which values of a vocabulary a few thousand generated values reach. */
const reached = <T>(arb: fc.Arbitrary<T>, pick: (value: T) => ReadonlyArray<unknown>) =>
  new Set(fc.sample(arb, { numRuns: 3000, seed: 42 }).flatMap(pick))

const sorted = (values: Iterable<unknown>) => [...values].map(String).sort()

describe("the property-test arbitraries", () => {
  it("reach every literal of every vocabulary the schemas define", () => {
    const seen = {
      level: reached(arbEventEncoded, (e) => [e.level]),
      unit: reached(arbQuantityEncoded, (q) => [q.unit]),
      qualifier: reached(arbQuantityEncoded, (q) => [q.qualifier]),
      per: reached(arbQuantityEncoded, (q) => ("per" in q ? [q.per] : [])),
      basis: reached(arbSeriesEncoded, (s) => s.observations.map((o) => o.basis)),
      indicatorKind: reached(arbSeriesEncoded, (s) => [s.kind]),
      eventKind: reached(arbEventEncoded, (e) => [e._tag]),
    }
    for (const [name, literals] of Object.entries(VOCABULARIES))
      expect([name, sorted(seen[name as keyof typeof seen])]).toEqual([name, sorted(literals)])
  })

  it("reach every level in the levels of a claim's check", () => {
    const levels = reached(arbClaimEncoded, (c) => ("levels" in c.check ? c.check.levels : []))
    expect(sorted(levels)).toEqual(sorted(VOCABULARIES.level))
  })

  it("list every named unit of the Unit schema, so a new unit is generated", () => {
    expect(VOCABULARIES.unit).toEqual(
      expect.arrayContaining(["enterprises", "families", "years", "count"]),
    )
    expect(VOCABULARIES.level).toEqual(expect.arrayContaining(["agency", "other"]))
  })
})
