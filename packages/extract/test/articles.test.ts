// Generalisation: articles the project wrote in the styles of several outlets (Vietnamese and
// English), each with the proposals a curator would expect, written by hand beside it. Scores
// recall and precision per kind, prints them, and holds them to a floor.
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { extract } from "../src/Extract"
import type { Proposal } from "../src/Proposal"
import { splitParagraphs } from "../src/Text"

const DIR = join(__dirname, "articles")

/** An expected proposal: its kind and the fields it must have (`leader`: the first person). */
type Expected = {
  readonly kind: string
  readonly leader?: string
  readonly people?: string[]
} & Record<string, unknown>

const matches = (p: Proposal, e: Expected): boolean =>
  p.kind === e.kind &&
  Object.entries(e).every(([key, value]) => {
    if (key === "kind") return true
    if (key === "leader") return p.people?.[0]?.name === value
    if (key === "people")
      return (value as string[]).every((n) => (p.people ?? []).some((x) => x.name === n))
    return (p as unknown as Record<string, unknown>)[key] === value
  })

/** Pairs expected entries with proposals, each proposal used once. */
const score = (proposals: ReadonlyArray<Proposal>, expected: ReadonlyArray<Expected>) => {
  const used = new Set<Proposal>()
  const missed: Expected[] = []
  for (const e of expected) {
    const p = proposals.find((x) => !used.has(x) && matches(x, e))
    if (p === undefined) missed.push(e)
    else used.add(p)
  }
  return { matched: used, missed, extra: proposals.filter((p) => !used.has(p)) }
}

const articles = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((file) => {
    const text = readFileSync(join(DIR, file), "utf8")
    const spec = JSON.parse(
      readFileSync(join(DIR, file.replace(/\.txt$/u, ".expected.json")), "utf8"),
    )
    const result = extract(text, spec.options ?? {})
    const proposals = result.proposals.filter((p) => p.kind !== "person")
    return { file, text, result, proposals, expected: spec.expected as Expected[] }
  })

describe("articles in other outlets' styles", () => {
  it("has Vietnamese and English articles", () => {
    const languages = articles.map((a) => a.result.article.language)
    expect(languages.filter((l) => l === "vi").length).toBeGreaterThanOrEqual(2)
    expect(languages.filter((l) => l === "en").length).toBeGreaterThanOrEqual(2)
  })

  for (const a of articles) {
    it(`${a.file}: every quote is verbatim in its paragraph, at most 25 words`, () => {
      const paragraphs = splitParagraphs(a.text)
      for (const p of a.result.proposals) {
        expect(paragraphs[p.paragraph - 1]).toContain(p.quote)
        expect(p.quote.split(/\s+/u).length).toBeLessThanOrEqual(25)
      }
    })
  }

  it("finds what a curator expects, per kind, with few proposals a curator would drop", () => {
    const totals = new Map<string, { expected: number; proposed: number; matched: number }>()
    const report: string[] = []
    for (const a of articles) {
      const { matched, missed, extra } = score(a.proposals, a.expected)
      for (const m of missed) report.push(`  ${a.file}: missed ${JSON.stringify(m)}`)
      for (const x of extra)
        report.push(`  ${a.file}: extra ${x.kind} p${x.paragraph} "${x.quote}"`)
      const kinds = new Set([...a.expected.map((e) => e.kind), ...a.proposals.map((p) => p.kind)])
      for (const kind of kinds) {
        const t = totals.get(kind) ?? { expected: 0, proposed: 0, matched: 0 }
        t.expected += a.expected.filter((e) => e.kind === kind).length
        t.proposed += a.proposals.filter((p) => p.kind === kind).length
        t.matched += [...matched].filter((p) => p.kind === kind).length
        totals.set(kind, t)
      }
    }
    const all = [...totals.values()].reduce(
      (s, t) => ({
        expected: s.expected + t.expected,
        proposed: s.proposed + t.proposed,
        matched: s.matched + t.matched,
      }),
      { expected: 0, proposed: 0, matched: 0 },
    )
    const pct = (a: number, b: number) =>
      b === 0 ? "  n/a" : `${Math.round((100 * a) / b)}%`.padStart(5)
    const lines = [...totals.entries()].map(
      ([kind, t]) =>
        `${kind.padEnd(14)} recall ${pct(t.matched, t.expected)} (${t.matched}/${t.expected})  precision ${pct(t.matched, t.proposed)} (${t.matched}/${t.proposed})`,
    )
    console.log(
      [
        `extract on ${articles.length} fixture articles:`,
        ...lines,
        `${"all".padEnd(14)} recall ${pct(all.matched, all.expected)} (${all.matched}/${all.expected})  precision ${pct(all.matched, all.proposed)} (${all.matched}/${all.proposed})`,
        ...report,
      ].join("\n"),
    )
    expect(all.matched / all.expected).toBeGreaterThanOrEqual(0.9)
    expect(all.matched / all.proposed).toBeGreaterThanOrEqual(0.9)
  })
})
