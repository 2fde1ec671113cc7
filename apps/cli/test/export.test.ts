// `export`: the interchange JSON's shape and conventions, the CSV table, and atomic --out.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { CSV_COLUMNS, encodeDate, FORMAT_VERSION, loadEmbeddedSync } from "@bilateral/data"
import { describe, expect, it } from "vitest"
import { parseCsv } from "../../../packages/data/test/csv"
import { MINI, runCli } from "./support/runCli"

const ISO = /^(\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?|(early|mid|late)-\d{4})$/

/** The dataset the CLI exports by default, as @bilateral/data loads it. */
const shipped = loadEmbeddedSync().dataset

const exportJson = (args: string[] = []) => {
  const result = runCli(["export", "--format", "json", ...args])
  expect(result.code).toBe(0)
  return JSON.parse(result.stdout)
}

/** Every object in a JSON value that has a `provenance` field. */
const facts = (value: unknown, out: Array<Record<string, unknown>> = []) => {
  if (Array.isArray(value)) for (const v of value) facts(v, out)
  else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>
    if ("provenance" in record) out.push(record)
    for (const v of Object.values(record)) facts(v, out)
  }
  return out
}

describe("export --format json", () => {
  it("is versioned and holds every collection of the dataset plus derived metrics", () => {
    const doc = exportJson()
    expect(doc.formatVersion).toBe(FORMAT_VERSION)
    expect(Object.keys(doc)).toEqual([
      "formatVersion",
      "conventions",
      "sources",
      "countries",
      "organisations",
      "memberships",
      "people",
      "relations",
      "events",
      "agreements",
      "indicators",
      "sisterRegions",
      "support",
      "cooperationAreas",
      "projects",
      "tradeGoods",
      "measures",
      "statements",
      "claims",
      "derived",
    ])
    const ids = shipped.relations.map((r) => r.id).sort()
    expect(doc.relations.map((r: { id: string }) => r.id).sort()).toEqual(ids)
    expect(doc.derived.relations.map((r: { relation: string }) => r.relation).sort()).toEqual(ids)
  })

  it("writes dates in ISO 8601 and quantities in base units with unit and qualifier", () => {
    const doc = exportJson()
    for (const event of doc.events) if (event.date !== undefined) expect(event.date).toMatch(ISO)
    const observations = shipped.indicators.flatMap((series) =>
      series.observations.map((o, i) => ({ series: series.id, i, o })),
    )
    expect(observations.length).toBeGreaterThan(0)
    for (const { series, i, o } of observations) {
      const exported = doc.indicators.find((s: { id: string }) => s.id === series).observations[i]
      expect(exported.date ?? null).toBe(encodeDate(o.date))
      if (exported.date !== undefined) expect(exported.date).toMatch(ISO)
      expect(exported.value).toMatchObject({
        value: o.value.value,
        unit: o.value.unit,
        qualifier: o.value.qualifier,
      })
      expect(typeof exported.value.value).toBe("number")
    }
  })

  it("gives every fact its provenance with source and quote", () => {
    const { conventions: _, derived: __, ...collections } = exportJson()
    const doc = collections
    const all = facts(doc)
    expect(all.length).toBe(facts(JSON.parse(JSON.stringify(shipped))).length)
    expect(all.length).toBeGreaterThan(0)
    const sourceIds = new Set(doc.sources.map((s: { id: string }) => s.id))
    for (const fact of all) {
      const provenance = fact.provenance as Array<{ source: string; quote: string }>
      expect(provenance.length).toBeGreaterThan(0)
      for (const p of provenance) {
        expect(sourceIds.has(p.source)).toBe(true)
        expect(p.quote.length).toBeGreaterThan(0)
      }
    }
  })

  it("gives growth as fractions in the derived metrics", () => {
    const doc = exportJson(["--data", MINI])
    const xa = doc.derived.relations.find((r: { relation: string }) => r.relation === "vn-xa")
    expect(xa.indicators[0].yoy[0].growth).toEqual({ rate: 0.5, approximate: false })
    expect(xa.claims[0]).toMatchObject({ id: "xa-trade-more-than-doubled", status: "holds" })
  })

  it("is the same document every time (no timestamps)", () => {
    const a = runCli(["export", "--format", "json", "--data", MINI]).stdout
    const b = runCli(["export", "--format", "json", "--data", MINI]).stdout
    expect(a).toBe(b)
  })
})

describe("export --format csv", () => {
  it("is one UTF-8 table with a BOM, CRLF rows and a `table` column", () => {
    const { code, stdout } = runCli(["export", "--format", "csv", "--data", MINI])
    expect(code).toBe(0)
    expect(stdout.startsWith("\uFEFFtable,id,relation,")).toBe(true)
    expect(stdout).toContain("\r\n")
    const [header, ...rows] = parseCsv(stdout)
    expect(header).toEqual([...CSV_COLUMNS])
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length)
    const tables = new Set(rows.map((r) => r[0]))
    expect([...tables]).toEqual(
      expect.arrayContaining([
        "sources",
        "countries",
        "relations",
        "events",
        "agreements",
        "indicators",
        "claims",
      ]),
    )
  })

  it("gives one row per observation, with the value in base units and its source quote", () => {
    const rows = parseCsv(runCli(["export", "--format", "csv", "--data", MINI]).stdout)
    const header = rows[0] ?? []
    const col = (name: string) => header.indexOf(name)
    const trade = rows.filter(
      (r) => r[col("table")] === "indicators" && r[col("id")] === "xa-trade",
    )
    expect(trade.map((r) => [r[col("date")], r[col("value")], r[col("unit")]])).toEqual([
      ["2022", "4000000", "USD"],
      ["2023", "6000000", "USD"],
      ["2024", "9000000", "USD"],
    ])
    expect(trade[0]?.[col("quote")]).toBe("đạt 4 triệu USD năm 2022")
    const claim = rows.find((r) => r[col("table")] === "claims")
    expect(claim?.[col("detail")]).toContain("status=holds")
  })
})

describe("export --out", () => {
  it("writes the file atomically and says where", () => {
    const dir = mkdtempSync(join(tmpdir(), "bilateral-export-"))
    const out = join(dir, "bilateral.json")
    const result = runCli([
      "export",
      "--format",
      "json",
      "--out",
      out,
      "--lang",
      "en",
      "--data",
      MINI,
    ])
    expect(result.code).toBe(0)
    expect(result.stdout).toMatch(/^Wrote .*bilateral\.json \(\d+ bytes\)\n$/)
    expect(JSON.parse(readFileSync(out, "utf8")).formatVersion).toBe(FORMAT_VERSION)
    expect(readdirSync(dir)).toEqual(["bilateral.json"])
  })

  it("fails with one line, leaving nothing behind, when the directory is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "bilateral-export-"))
    const result = runCli([
      "export",
      "--format",
      "csv",
      "--out",
      join(dir, "missing", "x.csv"),
      "--data",
      MINI,
    ])
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/^bilateral: cannot write .*: the directory .* does not exist\n$/)
    expect(readdirSync(dir)).toEqual([])
  })
})
