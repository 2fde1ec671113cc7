import { Dataset } from "@bilateral/domain"
import { Effect, Schema } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { fixture, fixtureSources } from "../../test/fixtures"
import { loadDirectory, loadEmbeddedSync } from "../BilateralData"
import type { BilateralIndex } from "../BilateralIndex"
import { buildInterchange, CONVENTIONS, FORMAT_VERSION, type Interchange } from "./Interchange"

let index: BilateralIndex
let doc: Interchange
beforeAll(async () => {
  index = await Effect.runPromise(loadDirectory(fixture("valid"), { sourcesDir: fixtureSources }))
  doc = buildInterchange(index.dataset)
})

const derivedOf = (relation: string) => doc.derived.relations.find((r) => r.relation === relation)

describe("buildInterchange", () => {
  it("starts with the format version and conventions, then every collection in the dataset's order, then derived metrics", () => {
    expect(doc.formatVersion).toBe(FORMAT_VERSION)
    expect(FORMAT_VERSION).toBe("1.1.0")
    expect(doc.conventions).toBe(CONVENTIONS)
    expect(Object.keys(doc)).toEqual([
      "formatVersion",
      "conventions",
      ...Object.keys(Dataset.fields),
      "derived",
    ])
    expect(doc.derived.relations.map((r) => r.relation)).toEqual(["vn-kg", "vn-kz"])
  })

  it("writes dates as ISO 8601 text and quantities in base units with unit and qualifier", () => {
    expect(doc.events?.find((e) => e.id === "visit-2025-03-nguyen-van-an")?.date).toBe("2025-03-06")
    expect(doc.support?.find((s) => s.id === "kz-supports-vn-unsc")?.term).toBe("2008/2009")
    const trade = doc.indicators?.find((s) => s.id === "vn-kz-trade")
    expect(trade?.observations[0]).toMatchObject({
      date: "2022",
      value: { value: 4_500_000, unit: "USD", qualifier: "exact", reported: "4,5 triệu USD" },
    })
  })

  it("holds exactly the dataset: decoding its collections with the domain's schema gives it back", () => {
    const { formatVersion: _, conventions: __, derived: ___, ...collections } = doc
    expect(Schema.decodeUnknownSync(Dataset)(collections)).toEqual(index.dataset)
  })

  it("gives each relation's growth as fractions, every span with its CAGR, visit counts and claim checks", () => {
    const kz = derivedOf("vn-kz")
    const trade = kz?.indicators.find((s) => s.id === "vn-kz-trade")
    expect(trade?.points.map((p) => [p.date, p.value.value])).toEqual([
      ["2022", 4_500_000],
      ["2024", 9_000_000],
    ])
    expect(trade?.yoy).toEqual([])
    expect(trade?.spans).toHaveLength(1)
    expect(trade?.spans[0]?.change).toEqual({ rate: 1, approximate: false })
    const cagr = trade?.spans[0]?.cagr
    expect(cagr?.rate).toBeCloseTo(Math.SQRT2 - 1, 10)
    expect(trade?.latest?.date).toBe("2024")
    expect(kz?.visits.total).toBe(2)
    expect(kz?.claims).toEqual([
      expect.objectContaining({ id: "trade-doubled", status: "holds", computed: 2 }),
    ])
    expect(derivedOf("vn-kg")).toMatchObject({ indicators: [], claims: [], visits: { total: 0 } })
  })

  it("is plain JSON: printing and reading it back changes nothing", () => {
    expect(JSON.parse(JSON.stringify(doc))).toStrictEqual(doc)
  })

  it("is the same document every time for the same dataset", () => {
    expect(JSON.stringify(buildInterchange(index.dataset))).toBe(JSON.stringify(doc))
  })

  it("exports the shipped dataset with every fact's provenance and every relation's metrics", () => {
    const dataset = loadEmbeddedSync().dataset
    const shipped = buildInterchange(dataset)
    const ids = dataset.relations.map((r) => r.id).sort()
    expect(ids.length).toBeGreaterThan(0)
    expect(shipped.relations?.map((r) => r.id).sort()).toEqual(ids)
    expect(shipped.derived.relations.map((r) => r.relation).sort()).toEqual(ids)
    for (const event of shipped.events ?? []) expect(event.provenance.length).toBeGreaterThan(0)
    for (const series of shipped.indicators ?? [])
      for (const o of series.observations) expect(o.provenance.length).toBeGreaterThan(0)
  })
})
