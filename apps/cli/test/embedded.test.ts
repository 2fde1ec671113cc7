// The commands against the dataset that ships inside @bilateral/data (built from the two articles).
import { existsSync } from "node:fs"
import { describe, expect, it } from "vitest"
import { MINI, runCli, runJson, SHARED_SOURCES } from "./support/runCli"

interface Series {
  id: string
  kind: string
  from: string | null
  to: string | null
  yoy: Array<{ from: string; to: string; growth: { rate: number | null } }>
  spans: Array<{ from: string; to: string; cagr: { rate: number | null } }>
}

describe("the embedded dataset", () => {
  it("lists Kazakhstan and Kyrgyzstan", () => {
    const json = runJson(["countries"])
    expect(json.countries.map((c: { code: string }) => c.code).sort()).toEqual(["kg", "kz"])
  })

  it("shows Kyrgyzstan's trade growth per year and its CAGR", () => {
    const json = runJson(["metrics", "kg", "--as-of", "2025-03-06"])
    const trade = (json.indicators as Series[]).find((s) => s.kind === "trade")
    expect(trade).toBeDefined()
    const yoy = Object.fromEntries(
      trade?.yoy.map((y) => [`${y.from}>${y.to}`, y.growth.rate]) ?? [],
    )
    expect(yoy["2022>2023"]).toBeCloseTo(7.5 / 4.5 - 1, 10)
    expect(yoy["2023>2024"]).toBeCloseTo(0.8, 10)
    const span = trade?.spans.find((s) => s.from === "2022" && s.to === "2024")
    expect(span?.cagr.rate).toBeCloseTo(Math.sqrt(13.5 / 4.5) - 1, 10)
  })

  it("shows the growth of Kazakh arrivals and of flights per week", () => {
    const json = runJson(["metrics", "kz", "--as-of", "2025-05-05"])
    const series = json.indicators as Series[]
    const arrivals = series.find((s) => s.kind === "tourist-arrivals")
    expect(
      arrivals?.yoy.find((y) => y.from === "2023" && y.to === "2024")?.growth.rate,
    ).toBeCloseTo(150_000 / 62_500 - 1, 10)
    const flights = series.find((s) => s.kind === "flights")
    expect(flights?.spans.length).toBeGreaterThan(0)
    expect(flights?.spans[0]?.cagr.rate).toBeGreaterThan(0)
  })

  it("gives the relation's age as of a day", () => {
    const json = runJson(["metrics", "kz", "--as-of", "2025-06-29"])
    expect(json.age).toMatchObject({ years: 33, months: 0, days: 0, since: "1992-06-29" })
  })

  it("prints Vietnamese figures the Vietnamese way and English ones the English way", () => {
    const vi = runCli(["metrics", "kg", "--as-of", "2025-03-06"]).stdout
    expect(vi).toContain("13,5 triệu USD")
    expect(vi).toContain("+80%")
    const en = runCli(["metrics", "kg", "--as-of", "2025-03-06", "--lang", "en"]).stdout
    expect(en).toContain("13.5 million USD")
    expect(en).toContain("+66.7%")
    const kz = runCli(["metrics", "kz", "--as-of", "2025-05-05"]).stdout
    expect(kz).toContain("150.000 lượt")
  })

  it("reads BILATERAL_DATA like --data", () => {
    const json = runJson(["countries"], {
      env: { BILATERAL_DATA: MINI },
    })
    expect(json.countries.map((c: { code: string }) => c.code)).toEqual(["xa", "xb"])
  })

  it.runIf(existsSync(SHARED_SOURCES))(
    "validates with every quote found in the article texts",
    () => {
      const { code, stdout } = runCli([
        "validate",
        "packages/data/dataset",
        "--sources",
        SHARED_SOURCES,
        "--lang",
        "en",
      ])
      expect(code).toBe(0)
      expect(stdout).toContain("packages/data/dataset: valid (every quote found in")
    },
  )
})
