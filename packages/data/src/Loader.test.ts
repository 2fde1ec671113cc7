import { describe, expect, it } from "vitest"
import type { DatasetFile } from "./DatasetFile"
import { formatProblem } from "./DatasetProblem"
import { loadFiles, relationOfPath } from "./Loader"

const shared: DatasetFile = {
  path: "shared.yaml",
  text: `sources:
  - id: s
    title: { en: S }
    language: vi
countries:
  - code: VN
    name: { vi: Việt Nam }
  - code: KZ
    name: { vi: Kazakhstan }
`,
}
const relation: DatasetFile = {
  path: "relations/vn-kz/relation.yaml",
  text: "relations:\n  - id: vn-kz\n    countries: [VN, KZ]\n",
}
const problemsOf = (...files: DatasetFile[]) =>
  loadFiles([shared, relation, ...files]).problems.map(formatProblem)

const meeting = (extra: string) => `events:
  - _tag: Meeting
    id: m
    level: minister
    summary: { en: A meeting }
    participants: []
    provenance: [{ source: s, quote: a quote }]
${extra}`

/** The problems of a people.yaml together with an event whose participant is its person `p`. */
const problemsReferringTo = (people: string) =>
  problemsOf(
    { path: "people.yaml", text: people },
    {
      path: "relations/vn-kz/events.yaml",
      text: meeting("").replace("participants: []", "participants: [{ person: p }]"),
    },
  )

describe("loadFiles", () => {
  it("decodes a valid dataset and counts its entries", () => {
    const report = loadFiles([shared, relation])
    expect(report.problems).toEqual([])
    expect(report.dataset?.countries.map((c) => c.code)).toEqual(["VN", "KZ"])
    expect(report.counts).toMatchObject({
      files: 2,
      countries: 2,
      relations: 1,
      sources: 1,
      quotes: 0,
    })
  })

  it("fills the relation of entries under relations/<id>/ from the folder name", () => {
    const report = loadFiles([
      shared,
      relation,
      { path: "relations/vn-kz/events.yaml", text: meeting("") },
    ])
    expect(report.problems).toEqual([])
    expect(report.dataset?.events[0]?.relation).toBe("vn-kz")
  })

  it("fills the relations of an agreement under relations/<id>/", () => {
    const text = `agreements:
  - id: a
    title: { en: An agreement }
    kind: agreement
    scope: bilateral
    parties: [{ _tag: CountryParty, country: VN }]
    provenance: [{ source: s, quote: a quote }]
`
    const report = loadFiles([shared, relation, { path: "relations/vn-kz/agreements.yaml", text }])
    expect(report.problems).toEqual([])
    expect(report.dataset?.agreements[0]?.relations).toEqual(["vn-kz"])
  })

  it("reports an entry whose relation differs from its folder", () => {
    const text = meeting("").replace("    level:", "    relation: vn-kg\n    level:")
    expect(problemsOf({ path: "relations/vn-kz/events.yaml", text })).toContain(
      'relations/vn-kz/events.yaml:4:15: relation "vn-kg" does not match the folder relations/vn-kz/: expected "vn-kz", or no relation field',
    )
  })

  it("reports a relation whose id differs from its folder", () => {
    const copied = { path: "relations/vn-kg/relation.yaml", text: relation.text }
    expect(problemsOf(copied)).toEqual([
      'relations/vn-kg/relation.yaml:2:9: relation id "vn-kz" does not match its folder relations/vn-kg/: expected "vn-kg"',
      'relations/vn-kz/relation.yaml:2:9: duplicate relation id "vn-kz", first at relations/vn-kg/relation.yaml:2:9: expected each to be unique among relations',
    ])
  })

  it("asks for a year written as a number to be quoted", () => {
    const text = meeting("").replace("    level:", "    date: 2025\n    level:")
    expect(problemsOf({ path: "relations/vn-kz/events.yaml", text })).toEqual([
      'relations/vn-kz/events.yaml:4:11: date is the number 2025: expected a date as text, so write it in quotes ("2025")',
    ])
  })

  it("names an unknown event kind and the kinds that exist", () => {
    const text = meeting("").replace("_tag: Meeting", "_tag: Meting")
    expect(problemsOf({ path: "relations/vn-kz/events.yaml", text })).toEqual([
      'relations/vn-kz/events.yaml:2:11: _tag is "Meting": expected one of Visit, PoliticalConsultation, PhoneCall, Meeting, CommissionSession',
    ])
  })

  it("reports every problem of every file at once, sorted by file and line, and gives no dataset", () => {
    const report = loadFiles([
      shared,
      relation,
      { path: "b.yaml", text: "people:\n  - id: Bad Id\n    name: X\n    country: VN\n" },
      { path: "a.yaml", text: "people:\n  - id: x\n    name: X\n    country: ZZ\n" },
    ])
    expect(report.dataset).toBeUndefined()
    expect(report.problems.map(formatProblem)).toEqual([
      'a.yaml:4:14: unknown country "ZZ": expected one of KZ, VN',
      'b.yaml:2:9: id "Bad Id" is not valid: expected an id in lower-case kebab-case (letters, digits and single dashes)',
    ])
  })

  it("does not report references to an entry that failed to decode, only the entry itself", () => {
    const people = "people:\n  - id: p\n    name: P\n    country: VN\n    age: 3\n"
    expect(problemsReferringTo(people)).toEqual([
      'people.yaml:5:5: unknown field "age": expected one of id, name, aliases, honorific, country',
    ])
  })

  it("does not report references into a file with a YAML syntax error", () => {
    const people = 'people:\n  - id: p\n    name: "P\n    country: VN\n'
    expect(problemsReferringTo(people)).toEqual([
      "people.yaml:5:1: YAML syntax error: a quoted text is not closed: expected a closing quote mark",
    ])
  })

  it("reports a key that appears twice in a mapping", () => {
    expect(problemsOf({ path: "people.yaml", text: "people:\n  - id: p\n    id: q\n" })).toEqual([
      'people.yaml:3:5: YAML syntax error: key "id" appears twice in the same mapping: expected each key once',
    ])
  })

  it("reports a tab used for indentation", () => {
    expect(problemsOf({ path: "people.yaml", text: "people:\n\t- id: p\n" })[0]).toBe(
      "people.yaml:2:1: YAML syntax error: a tab used for indentation: expected spaces",
    )
  })

  it("reports a file that is a list instead of a mapping", () => {
    expect(problemsOf({ path: "people.yaml", text: "- id: p\n" })).toEqual([
      'people.yaml:1:1: the file holds a list: expected a mapping from collection names to lists, such as "events:" followed by entries',
    ])
  })

  it("reports a collection that is not a list", () => {
    expect(problemsOf({ path: "people.yaml", text: "people:\nevents: {}\n" })).toEqual([
      'people.yaml:1:1: people is empty: expected a list of entries (write "people: []" for none)',
      'people.yaml:2:9: events is a mapping: expected a list of entries (write "events: []" for none)',
    ])
  })

  it("reports an empty list where at least one item is needed", () => {
    const text = meeting("").replace(
      "provenance: [{ source: s, quote: a quote }]",
      "provenance: []",
    )
    expect(problemsOf({ path: "relations/vn-kz/events.yaml", text })).toEqual([
      "relations/vn-kz/events.yaml:7:17: provenance is an empty list: expected at least one item, a mapping with source, quote",
    ])
  })

  it("reports a quote longer than 25 words", () => {
    const long = Array.from({ length: 26 }, (_, i) => `w${i}`).join(" ")
    const text = meeting("").replace("quote: a quote", `quote: ${long}`)
    expect(problemsOf({ path: "relations/vn-kz/events.yaml", text })).toEqual([
      "relations/vn-kz/events.yaml:7:38: quote is not valid: expected a quote of at most 25 words, got 26",
    ])
  })

  it("reports a range quantity whose upper bound is below its value", () => {
    const text = `indicators:
  - id: i
    kind: other
    title: { en: I }
    observations:
      - value: { value: 200, max: 100, unit: hectares }
        provenance: [{ source: s, quote: q }]
`
    expect(problemsOf({ path: "relations/vn-kz/indicators.yaml", text })).toEqual([
      "relations/vn-kz/indicators.yaml:6:35: max is not valid: expected the upper bound (100) to be greater than the value (200)",
    ])
  })

  it("verifies quotes after NFC normalisation and counts them", () => {
    const decomposed = "Việt Nam".normalize("NFD")
    const text = meeting("").replace("quote: a quote", `quote: ${decomposed}`)
    const report = loadFiles([shared, relation, { path: "relations/vn-kz/events.yaml", text }], {
      sources: [{ path: "s.txt", text: "Quan hệ với Việt Nam." }],
    })
    expect(report.problems).toEqual([])
    expect(report.counts).toMatchObject({ quotes: 1, quotesVerified: 1 })
  })

  it("knows which relation a path belongs to", () => {
    expect(relationOfPath("relations/vn-kz/events.yaml")).toBe("vn-kz")
    expect(relationOfPath("people.yaml")).toBeUndefined()
  })
})

describe("dataset.yaml, what the dataset is about", () => {
  it("gives the about of the dataset in the report", () => {
    const report = loadFiles([
      shared,
      relation,
      {
        path: "dataset.yaml",
        text: "about:\n  country: VN\n  title: { en: Vietnam's relations }\n",
      },
    ])
    expect(report.problems.map(formatProblem)).toEqual([])
    expect(report.about).toEqual({ country: "VN", title: { en: "Vietnam's relations" } })
  })

  it("reports a second about, naming where the first is", () => {
    expect(
      problemsOf(
        { path: "dataset.yaml", text: "about:\n  country: VN\n" },
        { path: "more.yaml", text: "about:\n  country: KZ\n" },
      ),
    ).toEqual([
      'more.yaml:1:1: a second "about:" (the first is at dataset.yaml:1:1): expected one "about:" in the whole dataset, in dataset.yaml',
    ])
  })

  it("reports an about whose country is not listed, or that is not a mapping of country and title", () => {
    expect(
      problemsOf({ path: "dataset.yaml", text: "about:\n  country: VM\n  titel: { en: X }\n" }),
    ).toEqual(['dataset.yaml:3:3: unknown field "titel": expected one of country, title'])
    expect(problemsOf({ path: "dataset.yaml", text: "about:\n  country: UZ\n" })).toEqual([
      'dataset.yaml:2:12: unknown country "UZ": expected a code listed under "countries:"',
    ])
  })
})
