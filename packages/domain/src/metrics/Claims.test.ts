import { describe, expect, it } from "@effect/vitest"
import { Schema } from "effect"
import fc from "fast-check"
import { arbClaim, arbDataset } from "../../test/arbitraries"
import { articles, articlesEncoded, claimById } from "../../test/articles"
import { Claim } from "../model/Claim"
import { Dataset } from "../model/Dataset"
import { checkClaim, checkClaims } from "./Claims"

const claimOf = (encoded: typeof Claim.Encoded) => Schema.decodeUnknownSync(Claim)(encoded)
const provenance = [{ source: "test-source", quote: "a short quote" }] as const

describe("checking the articles' claims", () => {
  it("finds that '33 năm' since the establishment on 29/6/1992 holds in 2025", () => {
    const r = checkClaim(claimById("claim-33-years"), articles)
    expect(r.status).toBe("holds")
    expect(r.computed).toBe(33)
    expect(r.explanation.vi).toContain("2025 − 1992 = 33 năm")
    expect(r.explanation.en).toContain("2025 − 1992 = 33 years")
  })

  it("contradicts '32 năm' for the same establishment", () => {
    const claim = claimOf({
      id: "claim-32",
      relation: "vn-kz",
      text: { vi: "32 năm" },
      check: { _tag: "Anniversary", subject: { _tag: "Establishment" }, year: 2025, years: 32 },
      provenance: [...provenance],
    })
    const r = checkClaim(claim, articles)
    expect(r.status).toBe("contradicted")
    expect(r.computed).toBe(33)
    expect(r.explanation.en).toContain("not 32")
  })

  it("cannot check '66 năm' since Ho Chi Minh's visit, which the source does not date", () => {
    const r = checkClaim(claimById("claim-66-years"), articles)
    expect(r.status).toBe("cannot-check")
    expect(r.computed).toBeUndefined()
    expect(r.explanation.en).toContain("has no date for")
    expect(r.explanation.vi).toContain("66 năm")
  })

  it("finds that Kazakh arrivals 'tăng hơn gấp đôi' (62.500 → 150.000, 2.4 times, +140%) holds", () => {
    const r = checkClaim(claimById("claim-arrivals-more-than-doubled"), articles)
    expect(r.status).toBe("holds")
    expect(r.computed).toBeCloseTo(2.4, 10)
    expect(r.explanation.vi).toContain("150.000 lượt (2024)")
    expect(r.explanation.vi).toContain("gấp 2,4 lần")
    expect(r.explanation.en).toContain("+140%")
  })

  it("honours the qualifier of a multiple: 2.4 is not 'nearly 3', is 'about 2.5' and not exactly 2", () => {
    const multipleClaim = (factor: number, qualifier: "nearly" | "about" | "exact") =>
      claimOf({
        id: "claim-multiple",
        relation: "vn-kz",
        text: { en: "multiple" },
        check: {
          _tag: "Multiple",
          series: "kz-vn-arrivals",
          from: "2023",
          to: "2024",
          factor,
          qualifier,
        },
        provenance: [...provenance],
      })
    expect(checkClaim(multipleClaim(3, "nearly"), articles).status).toBe("contradicted")
    expect(checkClaim(multipleClaim(2.5, "nearly"), articles).status).toBe("holds")
    expect(checkClaim(multipleClaim(2.5, "about"), articles).status).toBe("holds")
    expect(checkClaim(multipleClaim(2, "exact"), articles).status).toBe("contradicted")
  })

  it("finds that Kyrgyzstan's trade rose from 2022 to 2024 (+200%)", () => {
    const r = checkClaim(claimById("claim-kg-trade-rose"), articles)
    expect(r.status).toBe("holds")
    expect(r.computed).toBeCloseTo(2, 10)
    expect(r.explanation.vi).toContain("4,5 triệu USD (2022) → 13,5 triệu USD (2024)")
  })

  it("cannot check an increase that names no starting point ('tăng lên gần 1 tỷ USD')", () => {
    const r = checkClaim(claimById("claim-kz-trade-rose"), articles)
    expect(r.status).toBe("cannot-check")
    expect(r.explanation.vi).toContain("gần 1 tỷ USD")
    expect(r.explanation.en).toContain("names no starting point")
  })

  it("cannot confirm a 'first visit' and says the dataset is not exhaustive", () => {
    for (const id of ["claim-first-general-secretary-visit", "claim-first-kg-prime-minister"]) {
      const r = checkClaim(claimById(id), articles)
      expect(r.status).toBe("cannot-check")
      expect(r.computed).toBe(0)
      expect(r.explanation.en).toContain("not exhaustive")
      expect(r.explanation.vi).toContain("không đầy đủ")
    }
  })

  it("contradicts a 'first visit' when the dataset holds an earlier one", () => {
    const earlier = {
      _tag: "Visit" as const,
      id: "visit-2010-kg-pm",
      relation: "vn-kg",
      date: "2010-04",
      level: "government" as const,
      summary: {
        vi: "Thủ tướng Kyrgyzstan thăm Việt Nam",
        en: "A Kyrgyz prime minister visits Vietnam",
      },
      guest: "KG",
      host: "VN",
      leader: { description: { en: "Prime Minister" } },
      provenance: [...provenance],
    }
    const dataset = Schema.decodeUnknownSync(Dataset)({
      ...articlesEncoded,
      events: [...(articlesEncoded.events ?? []), earlier],
    })
    const r = checkClaim(claimById("claim-first-kg-prime-minister"), dataset)
    expect(r.status).toBe("contradicted")
    expect(r.computed).toBe(1)
    expect(r.explanation.en).toContain("A Kyrgyz prime minister visits Vietnam (Apr 2010)")
  })

  it("cannot confirm 'the first in 13 years', and is contradicted by a top-level visit within them", () => {
    expect(checkClaim(claimById("claim-first-in-13-years"), articles).status).toBe("cannot-check")
    const within = {
      _tag: "Visit" as const,
      id: "visit-2016-vn-president",
      relation: "vn-kz",
      date: "2016-11-20",
      level: "state" as const,
      summary: { en: "A Vietnamese president visits Kazakhstan" },
      guest: "VN",
      host: "KZ",
      leader: { description: { en: "President" } },
      provenance: [...provenance],
    }
    const dataset = Schema.decodeUnknownSync(Dataset)({
      ...articlesEncoded,
      events: [...(articlesEncoded.events ?? []), within],
    })
    const r = checkClaim(claimById("claim-first-in-13-years"), dataset)
    expect(r.status).toBe("contradicted")
    expect(r.explanation.vi).toContain("20/11/2016")
  })

  it("cannot check a qualitative judgement such as 'thời kỳ vàng'", () => {
    expect(checkClaim(claimById("claim-golden-age"), articles).status).toBe("cannot-check")
  })

  it("checks every claim of one relation", () => {
    const results = checkClaims(articles, "vn-kg")
    expect(results.map((r) => [r.claim.id, r.result.status])).toEqual([
      ["claim-first-kg-prime-minister", "cannot-check"],
      ["claim-kg-trade-rose", "holds"],
    ])
  })

  it("is total: any claim against any dataset gives a status and explanations without NaN", () => {
    fc.assert(
      fc.property(arbDataset, fc.array(arbClaim, { maxLength: 4 }), (dataset, claims) => {
        for (const claim of [...claims, ...dataset.claims]) {
          const r = checkClaim(claim, dataset)
          expect(["holds", "contradicted", "cannot-check"]).toContain(r.status)
          expect(r.explanation.vi.length).toBeGreaterThan(0)
          expect(r.explanation.en.length).toBeGreaterThan(0)
          expect(r.explanation.en).not.toMatch(/NaN|undefined|Infinity/)
          if (r.computed !== undefined) expect(Number.isFinite(r.computed)).toBe(true)
        }
      }),
    )
  })
})
