import { describe, expect, it } from "@effect/vitest"
import { CLAIM_STATUSES } from "../metrics/Claims"
import { UndefinedReason } from "../metrics/GrowthSchema"
import { AgreementKind } from "../model/Agreement"
import { COLLECTIONS } from "../model/Dataset"
import { EVENT_KINDS, Level, VisitType } from "../model/Event"
import { IndicatorKind, ObservationBasis } from "../model/Indicator"
import { LANGS } from "./Format"
import { label, labels, VOCABULARIES, type Vocabulary } from "./Labels"

/** The values each vocabulary must name, read from the schemas that define them. */
const literals = (schema: { readonly literals: ReadonlyArray<unknown> }) =>
  schema.literals.map(String)

const EXPECTED: Partial<Record<Vocabulary, ReadonlyArray<string>>> = {
  eventKind: [...EVENT_KINDS],
  level: literals(Level),
  visitType: literals(VisitType),
  agreementKind: literals(AgreementKind),
  indicatorKind: literals(IndicatorKind),
  basis: literals(ObservationBasis),
  claimStatus: [...CLAIM_STATUSES],
  undefinedGrowth: literals(UndefinedReason),
  collection: [...COLLECTIONS],
}

describe("vocabulary labels", () => {
  it("name every value the schemas allow, and nothing else", () => {
    for (const [vocabulary, values] of Object.entries(EXPECTED)) {
      expect(Object.keys(VOCABULARIES[vocabulary as Vocabulary]).sort()).toEqual([...values].sort())
    }
  })

  it("give every value a distinct, non-empty name in each language", () => {
    for (const vocabulary of Object.keys(VOCABULARIES) as Vocabulary[]) {
      for (const lang of LANGS) {
        const names = labels(vocabulary, lang).map(([, name]) => name)
        expect(names.every((n) => n.trim().length > 0)).toBe(true)
        expect(new Set(names).size).toBe(names.length)
      }
    }
  })

  it("look a value up in the language asked for", () => {
    expect(label("level", "minister", "vi")).toBe(VOCABULARIES.level.minister.vi)
    expect(label("level", "minister", "en")).toBe(VOCABULARIES.level.minister.en)
  })
})
