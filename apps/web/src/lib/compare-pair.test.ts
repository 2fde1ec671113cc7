import { describe, expect, it } from "vitest"
import { judge, pairSides } from "./compare-pair"
import type { CompareSide, SideRow } from "./compare-side"

const text = (s: string) => ({ vi: s, en: s })
const row = (key: string, value?: string, n?: number, unit?: string): SideRow => ({
  key,
  label: text(key),
  kind: n === undefined ? "date" : "count",
  ...(value === undefined ? {} : { text: text(value) }),
  ...(n === undefined ? {} : { n }),
  ...(unit === undefined ? {} : { unit }),
})
const side = (slug: string, rows: SideRow[]): CompareSide => ({
  slug,
  code: slug.toUpperCase(),
  name: text(slug),
  title: text(slug),
  hue: 0,
  href: text(`/${slug}/`),
  rows,
})

describe("pairing two sides of a comparison", () => {
  it("keeps the profiles' order and puts a row only one side has after its predecessor", () => {
    const a = side("kz", [
      row("established", "1992"),
      row("age", "33", 33),
      row("agreements", "4", 4),
    ])
    const b = side("kg", [
      row("established", "1992"),
      row("latest-trade", "5", 5),
      row("agreements", "2", 2),
    ])
    expect(pairSides(a, b).map((r) => r.key)).toEqual([
      "established",
      "latest-trade",
      "age",
      "agreements",
    ])
  })

  it("says which side is higher, and by how much for quantities of one unit", () => {
    expect(judge(row("t", "13.5", 13.5, "USD"), row("t", "27", 27, "USD"))).toEqual({
      kind: "higher",
      side: "b",
      times: 2,
    })
    expect(judge(row("v", "3", 3), row("v", "1", 1))).toEqual({ kind: "higher", side: "a" })
    expect(judge(row("t", "1", 1, "USD"), row("t", "2", 2, "visitors"))).toEqual({
      kind: "differs",
    })
  })

  it("tells a value known on one side only, and equal values", () => {
    expect(judge(row("x"), row("x", "2", 2))).toEqual({ kind: "one", side: "b" })
    expect(judge(row("d", "1992"), row("d", "1992"))).toEqual({ kind: "same" })
    expect(judge(row("n", "4", 4), row("n", "4", 4))).toEqual({ kind: "same" })
  })

  it("drops a growth row that neither side has a figure for", () => {
    const a = side("kz", [row("growth-trade")])
    const b = side("kg", [row("growth-trade")])
    expect(pairSides(a, b)).toEqual([])
  })
})
