import { describe, expect, it } from "vitest"
import { provenanceAnchor } from "./ProvenanceAnchor"

describe("provenanceAnchor", () => {
  const p = { source: "vn-kz-2025-05-golden-age", quote: "Tổng Bí thư Tô Lâm" }

  it("is q- and eight hex digits, the same on every call", () => {
    expect(provenanceAnchor(p)).toMatch(/^q-[0-9a-f]{8}$/)
    expect(provenanceAnchor({ ...p })).toBe(provenanceAnchor(p))
  })

  it("does not depend on the Unicode normal form of the quote", () => {
    expect(provenanceAnchor({ ...p, quote: p.quote.normalize("NFD") })).toBe(provenanceAnchor(p))
  })

  it("differs when the quote or the source differs", () => {
    expect(provenanceAnchor({ ...p, quote: "Tổng Bí thư" })).not.toBe(provenanceAnchor(p))
    expect(provenanceAnchor({ ...p, source: "vn-kg-2025-03-pm-visit" })).not.toBe(
      provenanceAnchor(p),
    )
  })

  it("is pinned, so that links published from one build still work after the next", () => {
    expect(provenanceAnchor({ source: "s", quote: "q" })).toBe(
      provenanceAnchor({ source: "s", quote: "q" }),
    )
    expect(provenanceAnchor({ source: "a", quote: "b" })).toBe("q-28e4c710")
  })
})
