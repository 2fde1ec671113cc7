import type { Dataset } from "@bilateral/domain"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { parseCsv } from "../../test/csv"
import { fixture, fixtureSources } from "../../test/fixtures"
import { loadDirectory } from "../BilateralData"
import { BOM } from "./Csv"
import { buildFactsCsv, CSV_COLUMNS, type FactRow, factRows } from "./FactsCsv"

let dataset: Dataset
let rows: FactRow[]
beforeAll(async () => {
  dataset = (
    await Effect.runPromise(loadDirectory(fixture("valid"), { sourcesDir: fixtureSources }))
  ).dataset
  rows = factRows(dataset)
})

const tableOf = (table: string) => rows.filter((r) => r.table === table)

describe("buildFactsCsv", () => {
  it("is one table with a BOM, the header of CSV_COLUMNS, CRLF rows and every column in each row", () => {
    const text = buildFactsCsv(dataset)
    expect(text.startsWith(`${BOM}${CSV_COLUMNS.join(",")}\r\n`)).toBe(true)
    expect(text.endsWith("\r\n")).toBe(true)
    const [header, ...body] = parseCsv(text)
    expect(header).toEqual([...CSV_COLUMNS])
    expect(body).toHaveLength(rows.length)
    for (const row of body) expect(row).toHaveLength(CSV_COLUMNS.length)
  })

  it("has a row per entity of each collection, per observation, and per recognition, embassy and framework", () => {
    const counts = new Map<string, number>()
    for (const r of rows) counts.set(String(r.table), (counts.get(String(r.table)) ?? 0) + 1)
    const relationFacts = (pick: (r: Dataset["relations"][number]) => ReadonlyArray<unknown>) =>
      dataset.relations.reduce((n, r) => n + pick(r).length, 0)
    expect(Object.fromEntries(counts)).toEqual(
      Object.fromEntries(
        [
          ["sources", dataset.sources.length],
          ["countries", dataset.countries.length],
          ["organisations", dataset.organisations.length],
          ["memberships", dataset.memberships.length],
          ["people", dataset.people.length],
          ["relations", dataset.relations.length],
          ["recognitions", relationFacts((r) => r.recognitions)],
          ["embassies", relationFacts((r) => r.embassies)],
          ["frameworks", relationFacts((r) => r.frameworks)],
          ["events", dataset.events.length],
          ["agreements", dataset.agreements.length],
          ["indicators", dataset.indicators.reduce((n, s) => n + s.observations.length, 0)],
          ["sisterRegions", dataset.sisterRegions.length],
          ["support", dataset.support.length],
          ["cooperationAreas", dataset.cooperationAreas.length],
          ["projects", dataset.projects.length],
          ["tradeGoods", dataset.tradeGoods.length],
          ["measures", dataset.measures.length],
          ["statements", dataset.statements.length],
          ["claims", dataset.claims.length],
        ].filter(([, n]) => n !== 0),
      ),
    )
  })

  it("gives each observation its ISO date, its value in base units and its quote", () => {
    const trade = tableOf("indicators").filter((r) => r.id === "vn-kz-trade")
    expect(trade.map((r) => [r.date, r.value, r.unit, r.qualifier, r.quote])).toEqual([
      ["2022", 4_500_000, "USD", "exact", "Kim ngạch thương mại đạt 4,5 triệu USD năm 2022"],
      ["2024", 9_000_000, "USD", "exact", "9 triệu USD năm 2024"],
    ])
    expect(trade[0]?.relation).toBe("vn-kz")
  })

  it("writes directions as FROM>TO and the rest of an entity as key=value details", () => {
    expect(tableOf("recognitions")[0]).toMatchObject({ countries: "VN>KZ", date: "1991-12-31" })
    expect(tableOf("embassies")[0]).toMatchObject({
      kind: "concurrent",
      countries: "VN>KG",
      detail: "seat=KZ",
    })
    const visit = tableOf("events").find((r) => r.id === "visit-2025-03-nguyen-van-an")
    expect(visit).toMatchObject({ kind: "Visit", countries: "VN>KZ", date: "2025-03-06" })
    expect(visit?.detail).toBe("level=government; visitType=official; places=Astana, Almaty")
    expect(tableOf("support")[0]).toMatchObject({ date: "2008/2009", countries: "KZ>VN" })
  })

  it("writes each claim's check, as the domain computes it", () => {
    expect(tableOf("claims")[0]).toMatchObject({
      id: "trade-doubled",
      kind: "Multiple",
      detail: "status=holds; computed=2",
    })
  })

  it("lists several provenances in order, separated by ' | ', a missing paragraph as empty", () => {
    const [first, ...rest] = dataset.events
    if (first === undefined) throw new Error("the fixture has events")
    const twice = {
      ...first,
      provenance: [
        { source: first.provenance[0].source, quote: "one", paragraph: 4 },
        { source: first.provenance[0].source, quote: "two" },
      ],
    } as typeof first
    const [row] = factRows({ ...dataset, events: [twice, ...rest] }).filter(
      (r) => r.table === "events",
    )
    expect(row).toMatchObject({
      source: `${first.provenance[0].source} | ${first.provenance[0].source}`,
      quote: "one | two",
      paragraph: "4 | ",
    })
  })
})
