// What the extractor proposes of the model's newer fields, on fixture articles written for these
// tests (invented names and figures, not real articles): parts of a year, a change in the source's
// words checked as a `Change` claim, a session's co-chairs and their levels, an ambassador.
import { loadEmbeddedSync, makeIndex } from "@bilateral/data"
import { describe, expect, it } from "vitest"
import { parse } from "yaml"
import { renderDraft } from "./Draft"
import { extract } from "./Extract"
import { EXTRACT_FORMAT_VERSION } from "./Proposal"

const VI = [
  "date 2025-08-01 Việt Nam và Uzbekistan thúc đẩy hợp tác kinh tế",
  "Kim ngạch thương mại song phương 6 tháng đầu năm 2025 đạt 18 triệu USD, tăng 50% so với cùng kỳ.",
  "Trong quý I năm 2025, kim ngạch thương mại đạt 7 triệu USD.",
  "Ngày 20/11/2024 tại Hà Nội, Khóa họp lần thứ 5 Ủy ban liên Chính phủ Việt Nam - Uzbekistan đã diễn ra. Khóa họp do Bộ trưởng Bộ Công Thương Nguyễn Văn An và Thứ trưởng Ngoại thương Uzbekistan Rustam Karimov đồng chủ trì.",
  "Đại sứ Việt Nam tại Uzbekistan Trần Văn Bình cho biết hai bên sẽ mở đường bay thẳng.",
].join("\n")

const EN = [
  "Published: August 1, 2025",
  "In the first quarter of 2025, bilateral trade between Vietnam and Uzbekistan reached 12 million USD, up 20% year-on-year.",
].join("\n")

/**
 * The shipped dataset without any relation of Uzbekistan and without its facts: the fixtures
 * draft a new Vietnam–Uzbekistan relation, whatever relations a curator has added since.
 */
const index = (() => {
  const shipped = loadEmbeddedSync()
  const dropped = new Set<string>(
    shipped.dataset.relations.filter((r) => r.countries.some((c) => c === "UZ")).map((r) => r.id),
  )
  const keep = (entry: unknown) =>
    !(
      typeof entry === "object" &&
      entry !== null &&
      "relation" in entry &&
      dropped.has(String(entry.relation))
    )
  const dataset = Object.fromEntries(
    Object.entries(shipped.dataset).map(([key, value]) => [
      key,
      key === "relations"
        ? shipped.dataset.relations.filter((r) => !dropped.has(r.id))
        : Array.isArray(value)
          ? value.filter(keep)
          : value,
    ]),
  ) as typeof shipped.dataset
  return makeIndex(dataset, shipped.about)
})()
const source = { id: "vn-uz-2025-08-fixture", file: "vn-uz-2025-08-fixture.txt" }

/** The draft's live YAML for the relation, parsed (comments dropped). */
const draftOf = (text: string) => {
  const result = extract(text, {}, index)
  const file = renderDraft(result, { index, source }).files.find((f) => f.relation === "vn-uz")
  if (file === undefined) throw new Error("no draft for vn-uz")
  return { result, text: file.text, yaml: parse(file.text) }
}

describe("extract, on the model's newer fields", () => {
  it("says its JSON is of format 1.1.0", () => {
    expect(extract(VI, {}, index).formatVersion).toBe(EXTRACT_FORMAT_VERSION)
    expect(EXTRACT_FORMAT_VERSION).toBe("1.1.0")
  })

  it("proposes part-year figures with their part: the first half, a quarter", () => {
    const { result } = draftOf(VI)
    const figures = result.proposals.filter((p) => p.kind === "observation")
    const half = figures.find((p) => p.value === 18_000_000)
    expect(half).toMatchObject({ period: "part-of-year", part: { _tag: "Half", half: 1 } })
    expect(half?.quote).toContain("6 tháng đầu năm 2025")
    const quarter = figures.find((p) => p.value === 7_000_000)
    expect(quarter).toMatchObject({
      date: "2025-01/2025-03",
      part: { _tag: "Quarter", quarter: 1 },
    })
    expect(quarter?.quote).toContain("quý I năm 2025")
  })

  it("drafts a part-year figure dated by its year, with its period", () => {
    const { yaml } = draftOf(VI)
    const observations = yaml.indicators.flatMap(
      (s: { observations: ReadonlyArray<unknown> }) => s.observations,
    )
    expect(observations).toContainEqual(
      expect.objectContaining({ date: "2025", period: { _tag: "Half", half: 1 } }),
    )
    expect(observations).toContainEqual(
      expect.objectContaining({ date: "2025", period: { _tag: "Quarter", quarter: 1 } }),
    )
  })

  it("drafts a stated change as a Change claim in the source's wording, on the figure's series", () => {
    const { yaml } = draftOf(VI)
    const series = yaml.indicators.find(
      (s: { observations: Array<{ value: { value: number } }> }) =>
        s.observations.some((o) => o.value.value === 18_000_000),
    )
    const claim = yaml.claims.find((c: { check: { _tag: string } }) => c.check._tag === "Change")
    expect(claim.check).toEqual({
      _tag: "Change",
      series: series.id,
      to: "2025",
      period: { _tag: "Half", half: 1 },
      reported: "tăng 50% so với cùng kỳ",
    })
    expect(claim.provenance[0].quote).toContain("tăng 50% so với cùng kỳ")
  })

  it("reads English quarters and year-on-year changes the same way", () => {
    const { result, yaml } = draftOf(EN)
    const figure = result.proposals.find((p) => p.kind === "observation")
    expect(figure).toMatchObject({ value: 12_000_000, part: { _tag: "Quarter", quarter: 1 } })
    const claim = yaml.claims.find((c: { check: { _tag: string } }) => c.check._tag === "Change")
    expect(claim.check).toMatchObject({
      to: "2025",
      period: { _tag: "Quarter", quarter: 1 },
      reported: "up 20% year-on-year",
    })
  })

  it("proposes a session's co-chairs, each quoted, and the two sides' levels", () => {
    const { result, yaml } = draftOf(VI)
    const session = result.proposals.find((p) => p.kind === "session")
    expect(session?.session).toBe(5)
    expect(session?.people?.map((p) => p.name)).toEqual(["Nguyễn Văn An", "Rustam Karimov"])
    const quotes = [session?.quote, ...(session?.more ?? []).map((m) => m.quote)].join(" | ")
    expect(quotes).toContain("Nguyễn Văn An")
    expect(quotes).toContain("Rustam Karimov")
    expect(quotes).toContain("đồng chủ trì")
    const event = yaml.events.find((e: { _tag: string }) => e._tag === "CommissionSession")
    expect(event.coChairs).toEqual([
      expect.objectContaining({ country: "VN", office: { vi: "Bộ trưởng Bộ Công Thương" } }),
      expect.objectContaining({ country: "UZ" }),
    ])
    expect(event.sideLevels).toEqual([
      { country: "VN", level: "minister" },
      { country: "UZ", level: "deputy-minister" },
    ])
  })

  it("reads English co-chairs the same way, the clause that names them quoted", () => {
    const text = [
      "Published: August 1, 2025",
      "The 5th session of the Vietnam-Uzbekistan Intergovernmental Commission was held in Hanoi on November 20, 2024. It was co-chaired by Vietnamese Minister of Industry and Trade Nguyen Van An and Uzbek Deputy Minister of Foreign Trade Rustam Karimov.",
    ].join("\n")
    const session = extract(text, {}, index).proposals.find((p) => p.kind === "session")
    expect(session?.people).toEqual([
      expect.objectContaining({ name: "Nguyen Van An", level: "minister", country: "VN" }),
      expect.objectContaining({ name: "Rustam Karimov", level: "deputy-minister", country: "UZ" }),
    ])
    expect(session?.more?.map((m) => m.quote)).toEqual([
      "It was co-chaired by Vietnamese Minister of Industry and Trade Nguyen Van An and Uzbek Deputy Minister of Foreign Trade Rustam Karimov.",
    ])
  })

  it("drafts an ambassador as an entry of the relation's ambassadors", () => {
    const { result, yaml } = draftOf(VI)
    const ambassador = result.proposals.find((p) => p.kind === "ambassador")
    expect(ambassador).toMatchObject({ name: "Trần Văn Bình", sender: "VN", accreditedTo: "UZ" })
    expect(ambassador?.quote).toContain("Trần Văn Bình")
    const relation = yaml.relations.find((r: { id: string }) => r.id === "vn-uz")
    expect(relation.ambassadors).toEqual([
      expect.objectContaining({ name: "Trần Văn Bình", sender: "VN", accreditedTo: "UZ" }),
    ])
    expect(relation.ambassadors[0].provenance[0].quote).toBe(ambassador?.quote)
  })
})
