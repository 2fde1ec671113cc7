// `bilateral extract ARTICLE --into DIR`: on a fixture article about a relation the mini fixture
// dataset holds, the draft it writes validates with `bilateral validate DIR --sources ...`, proposes
// the article's new facts and leaves out what the dataset already holds.
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { beforeAll, describe, expect, it } from "vitest"
import { parse } from "yaml"
import { FIXTURE_SOURCES, MINI, runCli } from "./support/runCli"

// Written for this test in the style of Vietnamese diplomatic news; every name is invented.
// Paragraphs 4 and 5 and the first call of paragraph 6 restate what mini/ already holds.
const ARTICLE = `Phó Thủ tướng Aralia thăm chính thức Việt Nam

Nhận lời mời của Thủ tướng Chính phủ Nguyễn Văn Bình, Phó Thủ tướng Aralia Tomas Reval thăm chính thức Việt Nam từ ngày 9 đến 11/6.

Sáng 10/6, tại Hà Nội, Thủ tướng Nguyễn Văn Bình hội đàm với Phó Thủ tướng Tomas Reval. Sau hội đàm, hai bên đã ký Bản ghi nhớ về hợp tác nông nghiệp và chứng kiến trao Thỏa thuận hợp tác giữa hai thủ đô.

Việt Nam và Aralia thiết lập quan hệ ngoại giao ngày 2/1/2000. Hai nước ký Hiệp định hợp tác văn hóa tháng 3/2024.

Kim ngạch thương mại song phương đạt 9 triệu USD năm 2024. Trong 5 tháng đầu năm 2025, kim ngạch đạt 4,2 triệu USD, tăng 34,5% so với cùng kỳ.

Thứ trưởng Ngoại giao Nguyễn Văn An điện đàm với Thứ trưởng Aralia ngày 17/2/2025. Ngày 3/4/2025, Bộ trưởng Ngoại giao Lê Minh Tâm đã có cuộc điện đàm với Bộ trưởng Ngoại giao Aralia Ilse Varga.

Đại sứ Việt Nam tại Aralia Trần Quốc Hùng cho biết cộng đồng người Việt tại Aralia có khoảng 300 người.
`
const SOURCE_ID = "vn-xa-2025-06-visit"

interface Setup {
  readonly dataset: string
  readonly sources: string
  readonly article: string
}

/** A copy of mini/ and a sources directory with the fixture source and the article. */
const setup = (): Setup => {
  const root = mkdtempSync(join(tmpdir(), "bilateral-extract-"))
  const dataset = join(root, "dataset")
  const sources = join(root, "sources")
  cpSync(MINI, dataset, { recursive: true })
  mkdirSync(sources)
  copyFileSync(join(FIXTURE_SOURCES, "fixture-source.txt"), join(sources, "fixture-source.txt"))
  const article = join(sources, `${SOURCE_ID}.txt`)
  writeFileSync(article, ARTICLE)
  return { dataset, sources, article }
}

const draftPath = (s: Setup) => join(s.dataset, "relations", "vn-xa", `draft-${SOURCE_ID}.yaml`)

describe("extract --into", () => {
  let s: Setup
  let draftText: string
  // biome-ignore lint/suspicious/noExplicitAny: the draft is parsed YAML whose shape the tests assert
  let draft: any
  let written: { written: string[]; proposals: number; held: number; conflicts: number }

  beforeAll(() => {
    s = setup()
    const result = runCli([
      "extract",
      s.article,
      "--published",
      "2025-06-12",
      "--into",
      s.dataset,
      "--json",
    ])
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    written = JSON.parse(result.stdout)
    draftText = readFileSync(draftPath(s), "utf8")
    draft = parse(draftText)
  })

  it("writes one draft beside the relation's files and says how much it held back", () => {
    expect(written.written).toEqual([draftPath(s)])
    expect(written.held).toBeGreaterThanOrEqual(5)
    expect(written.conflicts).toBe(0)
  })

  it("writes a draft that bilateral validate accepts, quotes checked against the article", () => {
    const result = runCli(["validate", s.dataset, "--sources", s.sources, "--lang", "en", "--json"])
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    const report = JSON.parse(result.stdout)
    expect(report.valid).toBe(true)
    // Every quote, the draft's included, is found in the texts.
    expect(report.counts.quotesVerified).toBe(report.counts.quotes)
    expect(report.counts.events).toBeGreaterThanOrEqual(5)
  })

  it("is what validate reads: a draft quote that is not in the article fails validation", () => {
    const broken = setup()
    expect(
      runCli(["extract", broken.article, "--published", "2025-06-12", "--into", broken.dataset])
        .code,
    ).toBe(0)
    const path = draftPath(broken)
    writeFileSync(
      path,
      readFileSync(path, "utf8").replace(
        '"Trong 5 tháng đầu năm 2025, kim ngạch đạt 4,2 triệu USD"',
        '"Trong 5 tháng đầu năm 2025, kim ngạch đạt 9,9 triệu USD"',
      ),
    )
    const result = runCli(["validate", broken.dataset, "--sources", broken.sources])
    expect(result.code).toBe(1)
    expect(result.stdout + result.stderr).toContain(`draft-${SOURCE_ID}.yaml`)
  })

  it("proposes the visit with its leader, type, direction and the dates read against --published", () => {
    const visit = draft.events.find((e: { _tag: string }) => e._tag === "Visit")
    expect(visit).toMatchObject({
      date: "2025-06-09/2025-06-11",
      level: "government",
      visitType: "official",
      guest: "XA",
      host: "VN",
      leader: { person: "tomas-reval", country: "XA" },
    })
    expect(draft.people).toContainEqual({ id: "tomas-reval", name: "Tomas Reval", country: "XA" })
    // The talks on 10 June, with the visit's leader, took place during the visit.
    const meeting = draft.events.find((e: { _tag: string }) => e._tag === "Meeting")
    expect(meeting.partOf).toBe(visit.id)
  })

  it("titles the source by the headline, not the date line above it", () => {
    expect(draft.sources[0].title).toEqual({ vi: "Phó Thủ tướng Aralia thăm chính thức Việt Nam" })
  })

  it("proposes the talks and the new phone call, not the call the dataset holds", () => {
    const tags = draft.events.map((e: { _tag: string; date?: string }) => `${e._tag} ${e.date}`)
    expect(tags).toContain("Meeting 2025-06-10")
    expect(tags).toContain("PhoneCall 2025-04-03")
    expect(tags).not.toContain("PhoneCall 2025-02-17")
    expect(draftText).toMatch(
      /# {3}phone-call \(paragraph 6\): event call-2025-02-deputy-ministers/,
    )
  })

  it("proposes the memorandum and the agreement signed, not the one the dataset holds", () => {
    const titles = draft.agreements.map((a: { title: { vi: string } }) => a.title.vi)
    expect(titles).toEqual([
      "Bản ghi nhớ về hợp tác nông nghiệp",
      "Thỏa thuận hợp tác giữa hai thủ đô",
    ])
    expect(draft.agreements[0]).toMatchObject({ kind: "memorandum", scope: "bilateral" })
    expect(draftText).toMatch(/agreement \(paragraph 4\): agreement vn-xa-culture/)
    expect(draftText).toMatch(/establishment \(paragraph 4\): relation vn-xa established/)
  })

  it("proposes the new trade figure into the existing series, and the growth claim with its rate", () => {
    const trade = draft.indicators.find((i: { kind: string }) => i.kind === "trade")
    expect(trade.observations).toEqual([
      expect.objectContaining({
        // A part of a year: dated by its year, the part in period.
        date: "2025",
        period: { _tag: "FirstMonths", months: 5 },
        value: { value: 4200000, unit: "USD", reported: "4,2 triệu USD" },
      }),
    ])
    expect(draftText).toContain("# New observations of xa-trade")
    expect(draftText).toMatch(/observation \(paragraph 5\): indicator xa-trade 2024/)
    const claim = draft.claims.find((c: { text: { vi: string } }) => c.text.vi.includes("34,5%"))
    expect(claim.text.vi).toBe("kim ngạch đạt 4,2 triệu USD, tăng 34,5% so với cùng kỳ.")
    // The change is checked as the source words it, on the first 5 months a year earlier, on the
    // draft's series of new figures (valid as written), to be renamed once they are moved.
    expect(claim.check).toEqual({
      _tag: "Change",
      series: "xa-trade-vn-xa-2025-06-visit",
      to: "2025",
      period: { _tag: "FirstMonths", months: 5 },
      reported: "tăng 34,5% so với cùng kỳ",
    })
    expect(draftText).toContain("once its figures are moved into xa-trade, name that series")
  })

  it("sets the ambassador aside for relation.yaml's ambassadors, with sender, seat and name", () => {
    expect(draftText).toMatch(/# {0,}ambassador, paragraph 7/)
    expect(draftText).toMatch(
      /#\s+ambassadors:\n\s+#\s+- name: "Trần Quốc Hùng"\n\s+#\s+sender: "VN"\n\s+#\s+accreditedTo: "XA"\n\s+#\s+seat: "XA"/,
    )
  })

  it("holds back more on a second run, once the first draft is part of the dataset", () => {
    // The second run reads the first draft as part of the dataset.
    const again = runCli([
      "extract",
      s.article,
      "--published",
      "2025-06-12",
      "--into",
      s.dataset,
      "--json",
    ])
    expect(again.code).toBe(0)
    const counts = JSON.parse(again.stdout)
    expect(counts.held).toBeGreaterThan(written.held)
  })
})

// Written for this test: it gives the 2024 trade figure of vn-xa as 9,5 million USD, where mini/
// holds 9 million from another source.
const CONFLICTING = `Aralia và Việt Nam thúc đẩy thương mại

Theo số liệu của phía Aralia, kim ngạch thương mại song phương đạt 9,5 triệu USD năm 2024.
`
const CONFLICT_ID = "vn-xa-2025-07-trade"

describe("extract --into, a figure the dataset holds with another value", () => {
  let s: Setup
  let draftText: string
  const path = (x: Setup) => join(x.dataset, "relations", "vn-xa", `draft-${CONFLICT_ID}.yaml`)
  const indicators = (x: Setup) => join(x.dataset, "relations", "vn-xa", "indicators.yaml")

  beforeAll(() => {
    s = setup()
    const article = join(s.sources, `${CONFLICT_ID}.txt`)
    writeFileSync(article, CONFLICTING)
    const result = runCli(["extract", article, "--published", "2025-07-01", "--into", s.dataset])
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    draftText = readFileSync(path(s), "utf8")
  })

  it("names the observation by file:line and writes the figure as a ready-to-paste other report", () => {
    const lines = readFileSync(indicators(s), "utf8").split("\n")
    const line = lines.findIndex((l) => l.trim() === '- date: "2024"') + 1
    const column = (lines[line - 1] ?? "").indexOf("date") + 1
    expect(line).toBeGreaterThan(0)
    expect(draftText).toContain(
      `# another report of xa-trade 2024 (relations/vn-xa/indicators.yaml:${line}:${column}): the dataset has 9000000, this article 9500000`,
    )
    expect(draftText).not.toContain("once the model holds several reports")
  })

  it("leaves the dataset valid as written, and valid with the block pasted into the observation", () => {
    const validate = () =>
      runCli(["validate", s.dataset, "--sources", s.sources, "--lang", "en", "--json"])
    expect(JSON.parse(validate().stdout).valid).toBe(true)
    // The block: the commented lines after "paste this block", uncommented.
    const draftLines = draftText.split("\n")
    const start = draftLines.findIndex((l) => l.includes("paste this block into it")) + 1
    expect(start).toBeGreaterThan(0)
    const block: string[] = []
    for (const l of draftLines.slice(start)) {
      if (!l.startsWith("  # ") || l.startsWith("  # #")) break
      block.push(l.slice(4))
    }
    expect(block[0]).toBe("otherReports:")
    const [, at, column] = /indicators\.yaml:(\d+):(\d+)\)/u.exec(draftText) ?? []
    const lines = readFileSync(indicators(s), "utf8").split("\n")
    const indent = " ".repeat(Number(column) - 1)
    lines.splice(Number(at), 0, ...block.map((l) => indent + l))
    writeFileSync(indicators(s), lines.join("\n"))
    const result = validate()
    expect(result.stderr).toBe("")
    expect(JSON.parse(result.stdout).valid).toBe(true)
    // The observation now holds both reports: a second run finds the figure held.
    const again = runCli([
      "extract",
      join(s.sources, `${CONFLICT_ID}.txt`),
      "--published",
      "2025-07-01",
      "--into",
      s.dataset,
      "--json",
    ])
    expect(again.code).toBe(0)
    expect(JSON.parse(again.stdout).conflicts).toBe(0)
    expect(readFileSync(path(s), "utf8")).toMatch(
      /observation \(paragraph 2\): indicator xa-trade 2024/,
    )
  })
})
