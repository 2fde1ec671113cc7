// The commands against the dataset that ships inside @bilateral/data. Expectations come from the
// dataset as @bilateral/data loads it, so that adding or editing a relation needs no test edit.
import { existsSync } from "node:fs"
import { encodeDate, loadEmbeddedSync } from "@bilateral/data"
import {
  formatGrowth,
  formatQuantity,
  type IndicatorSeries,
  type ObservationPeriod,
  partKey,
  type Relation,
  seriesMetrics,
} from "@bilateral/domain"
import { describe, expect, it } from "vitest"
import { MINI, runCli, runJson, SHARED_SOURCES } from "./support/runCli"

/** A part of a year as the JSON gives it (`{ _tag: "Half", half: 1 }`), or null for a whole one. */
type PeriodJson = ({ _tag: ObservationPeriod["_tag"] } & Record<string, unknown>) | null

interface Series {
  id: string
  yoy: Array<{ from: string; to: string; period: PeriodJson; growth: { rate: number | null } }>
  spans: Array<{ from: string; to: string; period: PeriodJson; cagr: { rate: number | null } }>
}

const index = loadEmbeddedSync()
/** What a person types to name a relation (`kz`). */
const codeOf = (relation: Relation): string => index.slugOf(relation)
const seriesOf = (relation: Relation): ReadonlyArray<IndicatorSeries> =>
  index.dataset.indicators.filter((s) => s.relation === relation.id)

/**
 * The value reported at `date` for `period` (a part of the year, or null for the whole of it)
 * when it is one exact number (no qualifier, no range).
 */
const exactValue = (
  series: IndicatorSeries | undefined,
  date: string,
  period: PeriodJson,
): number | undefined => {
  const part = period === null ? undefined : partKey(period as ObservationPeriod)
  const o = series?.observations.find(
    (x) =>
      encodeDate(x.date) === date &&
      (x.period === undefined ? undefined : partKey(x.period)) === part,
  )
  return o !== undefined && o.value.qualifier === "exact" && o.value.max === undefined
    ? o.value.value
    : undefined
}

describe("the embedded dataset", () => {
  it("lists every relation it holds, by the code a person types", () => {
    const json = runJson(["countries"])
    const codes = json.countries.map((c: { code: string }) => c.code)
    expect(index.relations.length).toBeGreaterThan(0)
    expect([...codes].sort()).toEqual(index.relations.map(codeOf).sort())
  })

  it("shows each series' growth per year and its CAGR as the reported figures give them", () => {
    let yoyChecked = 0
    let cagrChecked = 0
    for (const relation of index.relations) {
      const json = runJson(["metrics", codeOf(relation), "--as-of", "2025-06-01"])
      const shown = json.indicators as Series[]
      expect(shown.map((s) => s.id).sort(), relation.id).toEqual(
        seriesOf(relation)
          .map((s) => s.id)
          .sort(),
      )
      for (const s of shown) {
        const series = index.indicator(s.id)
        for (const y of s.yoy) {
          const [a, b] = [exactValue(series, y.from, y.period), exactValue(series, y.to, y.period)]
          if (a === undefined || b === undefined || a === 0) continue
          expect(y.growth.rate, `${s.id} ${y.from}>${y.to}`).toBeCloseTo(b / a - 1, 10)
          yoyChecked++
        }
        for (const span of s.spans) {
          if (!/^\d{4}$/u.test(span.from) || !/^\d{4}$/u.test(span.to)) continue
          const [a, b] = [
            exactValue(series, span.from, span.period),
            exactValue(series, span.to, span.period),
          ]
          if (a === undefined || b === undefined || a === 0) continue
          const years = Number(span.to) - Number(span.from)
          expect(span.cagr.rate, `${s.id} ${span.from}-${span.to}`).toBeCloseTo(
            (b / a) ** (1 / years) - 1,
            10,
          )
          cagrChecked++
        }
      }
    }
    expect(yoyChecked).toBeGreaterThan(0)
    expect(cagrChecked).toBeGreaterThan(0)
  })

  it("gives each relation's age as of a day", () => {
    let checked = 0
    for (const relation of index.relations) {
      const since = encodeDate(relation.established?.date)
      const day = /^(\d{4})-(\d{2}-\d{2})$/u.exec(since ?? "")
      if (day === null || day[2] === "02-29") continue
      const asOf = `${Number(day[1]) + 10}-${day[2]}`
      const json = runJson(["metrics", codeOf(relation), "--as-of", asOf])
      expect(json.age, relation.id).toMatchObject({ years: 10, months: 0, days: 0, since })
      checked++
    }
    expect(checked).toBeGreaterThan(0)
  })

  it("prints Vietnamese figures the Vietnamese way and English ones the English way", () => {
    const differ: string[] = []
    for (const relation of index.relations) {
      const args = ["metrics", codeOf(relation), "--as-of", "2025-06-01"]
      const vi = runCli(args).stdout
      const en = runCli([...args, "--lang", "en"]).stdout
      for (const series of seriesOf(relation)) {
        const shown = [
          ...series.observations.map((o) => (lang: "vi" | "en") => formatQuantity(o.value, lang)),
          ...seriesMetrics(series).yoy.map(
            (y) => (lang: "vi" | "en") => formatGrowth(y.growth, lang),
          ),
        ]
        for (const text of shown) {
          expect(vi).toContain(text("vi"))
          expect(en).toContain(text("en"))
          if (text("vi") !== text("en")) differ.push(text("vi"))
        }
      }
    }
    expect(differ.length).toBeGreaterThan(0)
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
