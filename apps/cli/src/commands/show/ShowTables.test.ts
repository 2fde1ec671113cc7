import { IndicatorSeries } from "@bilateral/domain"
import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { TODAY } from "../../../test/support/fixtureIndex"
import type { Context } from "../Context"
import { indicatorsTable, latestFigure } from "./ShowTables"

const ctx = (lang: "vi" | "en"): Context => ({ lang, json: false, today: TODAY, color: false })

const cite = [{ source: "fixture", quote: "a made-up clause" }]

/** A trade series of the given observations, decoded as the loader decodes it. */
const series = (observations: ReadonlyArray<Record<string, unknown>>) =>
  Schema.decodeUnknownSync(IndicatorSeries)({
    id: "fixture-trade",
    relation: "vn-xa",
    kind: "trade",
    title: { vi: "Kim ngạch", en: "Trade" },
    observations: observations.map((o) => ({ provenance: cite, ...o })),
  })

const usd = (value: number) => ({ value, unit: "USD" })

describe("show's latest figure of a series", () => {
  it("is the latest full year, not a later part of a year", () => {
    const trade = series([
      { date: "2022", value: usd(40_000_000) },
      { date: "2023", value: usd(50_000_000) },
      { date: "2024", period: { _tag: "Half", half: 1 }, value: usd(30_000_000) },
    ])
    expect(latestFigure(trade)?.value.value).toBe(50_000_000)
    const [, , row] = indicatorsTable([trade], ctx("en"))
    expect(row).toContain("50 million USD")
    expect(row).toMatch(/2023\s*$/)
    expect(row).not.toContain("30 million")
  })

  it("is the latest part of a year, labelled with its period, when the series has only parts", () => {
    const trade = series([
      { date: "2023", period: { _tag: "Half", half: 1 }, value: usd(20_000_000) },
      { date: "2024", period: { _tag: "Half", half: 1 }, value: usd(30_000_000) },
    ])
    const [, , vi] = indicatorsTable([trade], ctx("vi"))
    expect(vi).toContain("30 triệu USD")
    expect(vi).toContain("6 tháng đầu năm 2024")
    const [, , en] = indicatorsTable([trade], ctx("en"))
    expect(en).toContain("first half of 2024")
  })

  it("is the last undated figure when no figure has a date", () => {
    const flights = series([{ value: usd(1_000_000) }, { value: usd(2_000_000) }])
    expect(latestFigure(flights)?.value.value).toBe(2_000_000)
  })
})
