// Each command's text and JSON output, run as a child process against the fictional fixture
// dataset (test/fixtures/mini), where every figure is known.
import { describe, expect, it } from "vitest"
import { MINI, runCli, runJson } from "./support/runCli"

const data = ["--data", MINI]

describe("bilateral countries", () => {
  it("prints an aligned table of partners with key figures, in Vietnamese by default", () => {
    const { code, stdout, stderr } = runCli(["countries", ...data])
    expect(code).toBe(0)
    expect(stderr).toBe("")
    expect(stdout).toBe(
      [
        "Quan hệ (2)",
        "",
        "Mã  Quan hệ  Thiết lập QHNG  Sự kiện  Văn kiện  Thương mại gần nhất  Thăm cấp cao  Khẳng định",
        "──  ───────  ──────────────  ───────  ────────  ───────────────────  ────────────  ──────────",
        "xa  Aralia   2/1/2000              2         1  9 triệu USD (2024)   5–6/3/2024    ✓2 ✗0 ?0",
        "xb  Bắc Đảo  2010                  0         0  —                    —             —",
        "",
      ].join("\n"),
    )
  })

  it("prints English dates and numbers with --lang en", () => {
    const { stdout } = runCli(["countries", "--lang", "en", ...data])
    expect(stdout).toContain("xa    Aralia      2 Jan 2000")
    expect(stdout).toContain("9 million USD (2024)")
  })

  it("gives each relation's code, names, counts and key figures as of today in JSON", () => {
    const json = runJson(["countries", ...data])
    expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(json.countries).toEqual([
      {
        code: "xa",
        country: "XA",
        relation: "vn-xa",
        title: { vi: "Việt Nam – Aralia", en: "Vietnam – Aralia" },
        name: { vi: "Aralia", en: "Aralia" },
        officialName: { vi: "Cộng hòa Aralia", en: "Republic of Aralia" },
        established: "2000-01-02",
        counts: { events: 2, visits: 1, agreements: 1, indicators: 1, claims: 2, sources: 1 },
        age: expect.objectContaining({ since: "2000-01-02" }),
        latestTrade: {
          series: "xa-trade",
          date: "2024",
          value: { value: 9000000, unit: "USD", qualifier: "exact", reported: "9 triệu USD" },
          change: { since: "2023", growth: { rate: 0.5, approximate: false } },
        },
        latestTopVisit: {
          id: "visit-2024-03-xa-pm",
          date: "2024-03-05/2024-03-06",
          level: "government",
          guest: "XA",
          host: "VN",
        },
        claimTally: { holds: 2, contradicted: 0, "cannot-check": 0 },
      },
      {
        code: "xb",
        country: "XB",
        relation: "vn-xb",
        title: { vi: "Việt Nam – Bắc Đảo", en: "Vietnam – North Isle" },
        name: { vi: "Bắc Đảo", en: "North Isle" },
        officialName: null,
        established: "2010",
        counts: { events: 0, visits: 0, agreements: 0, indicators: 1, claims: 0, sources: 1 },
        age: expect.objectContaining({ since: "2010" }),
        latestTrade: null,
        latestTopVisit: null,
        claimTally: { holds: 0, contradicted: 0, "cannot-check": 0 },
      },
    ])
    const [year, month, day] = (json.asOf as string).split("-").map(Number)
    const years = (year ?? 0) - 2000 - ((month ?? 1) === 1 && (day ?? 1) < 2 ? 1 : 0)
    expect(json.countries[0].age.years).toBe(years)
  })
})

describe("bilateral show", () => {
  it("prints the relation's profile with its sections and sources", () => {
    const { code, stdout } = runCli(["show", "xa", ...data])
    expect(code).toBe(0)
    expect(stdout).toContain("Việt Nam – Aralia (vn-xa)\nCộng hòa Aralia")
    expect(stdout).toContain("Thiết lập QHNG:  2/1/2000")
    expect(stdout).toContain("Sự kiện (2)")
    expect(stdout).toContain(
      "5–6/3/2024  Chuyến thăm  Người đứng đầu Chính phủ  Thủ tướng Aralia thăm chính thức Việt Nam.",
    )
    expect(stdout).toContain("Thăm cấp cao gần nhất:  5–6/3/2024: Thủ tướng Aralia thăm chính thức")
    expect(stdout).toContain("Hiệp định (1)\nKý            Hiệu lực  Tên")
    expect(stdout).toContain("tháng 3/2024  —         Hiệp định hợp tác văn hóa")
    expect(stdout).toContain(
      "Kim ngạch thương mại  Kim ngạch thương mại Việt Nam – Aralia  9 triệu USD  2024",
    )
    expect(stdout).toContain("• fixture-source: Bài viết thử nghiệm (tháng 3/2025)")
  })

  it("finds a relation by the partner's name in either language, ignoring case and diacritics", () => {
    expect(runCli(["show", "North Isle", ...data]).stdout).toContain("Việt Nam – Bắc Đảo (vn-xb)")
    expect(runCli(["show", "bac dao", ...data]).stdout).toContain("(vn-xb)")
    expect(runCli(["show", "XB", ...data]).stdout).toContain("(vn-xb)")
  })

  it("gives every fact of the relation in the dataset's encoded form in JSON", () => {
    const json = runJson(["show", "xa", ...data])
    expect(Object.keys(json)).toEqual([
      "relation",
      "partner",
      "events",
      "agreements",
      "indicators",
      "memberships",
      "sisterRegions",
      "support",
      "cooperationAreas",
      "projects",
      "tradeGoods",
      "measures",
      "statements",
      "claims",
      "sources",
    ])
    expect(json.relation.id).toBe("vn-xa")
    expect(json.relation.established.date).toBe("2000-01-02")
    expect(json.events.map((e: { id: string }) => e.id)).toEqual([
      "visit-2024-03-xa-pm",
      "call-2025-02-deputy-ministers",
    ])
    expect(json.events[0].date).toBe("2024-03-05/2024-03-06")
    expect(json.indicators[0].observations[2].value).toEqual({
      value: 9000000,
      unit: "USD",
      qualifier: "exact",
      reported: "9 triệu USD",
    })
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(["fixture-source"])
  })
})

describe("bilateral metrics", () => {
  it("computes year-over-year growth and the CAGR over each span as fractions", () => {
    const json = runJson(["metrics", "xa", "--as-of", "2025-01-01", ...data])
    const trade = json.indicators[0]
    expect(trade.id).toBe("xa-trade")
    expect(trade.yoy).toEqual([
      { from: "2022", to: "2023", growth: { rate: 0.5, approximate: false }, period: null },
      { from: "2023", to: "2024", growth: { rate: 0.5, approximate: false }, period: null },
    ])
    const whole = trade.spans.find(
      (s: { from: string; to: string }) => s.from === "2022" && s.to === "2024",
    )
    expect(whole.years).toBe(2)
    expect(whole.change.rate).toBeCloseTo(1.25, 10)
    expect(whole.cagr.rate).toBeCloseTo(0.5, 10)
  })

  it("gives the relation's age as of --as-of, visit counts and each claim's check", () => {
    const json = runJson(["metrics", "xa", "--as-of", "2025-01-01", ...data])
    expect(json.asOf).toBe("2025-01-01")
    expect(json.age).toEqual({ years: 24, months: 11, days: 30, since: "2000-01-02" })
    expect(json.visits).toEqual({
      total: 1,
      byLevel: { government: 1 },
      byDirection: [{ guest: "XA", host: "VN", count: 1 }],
      byYear: { "2024": 1 },
      undated: 0,
    })
    expect(json.claims.map((c: { id: string; status: string }) => [c.id, c.status])).toEqual([
      ["xa-trade-more-than-doubled", "holds"],
      ["xa-25-years", "holds"],
    ])
    expect(json.claims[0].computed).toBeCloseTo(2.25, 10)
  })

  it("prints growth as percentages and the age in words", () => {
    const { stdout } = runCli(["metrics", "xa", "--as-of", "2025-01-01", ...data])
    expect(stdout).toContain("Tuổi quan hệ:           24 năm 11 tháng 30 ngày (từ 2/1/2000)")
    expect(stdout).toContain("  2023  6 triệu USD             +50%")
    expect(stdout).toContain("  2022  2024       2     +125%  +50%")
    expect(stdout).toContain("Thương mại gần nhất:    9 triệu USD (2024), +50% so với 2023")
    expect(stdout).toContain("✓ Khớp dữ liệu  Kim ngạch tăng hơn gấp đôi từ năm 2022 đến năm 2024.")
    const en = runCli(["metrics", "xa", "--as-of", "2025-01-01", "--lang", "en", ...data]).stdout
    expect(en).toMatch(/Relation age: +24 years 11 months 30 days \(since 2 Jan 2000\)/)
    expect(en).toContain("Aralia → Vietnam      1")
  })

  it("reads today's date from the clock when --as-of is absent", () => {
    const json = runJson(["metrics", "xa", ...data])
    expect(json.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(json.age.years).toBeGreaterThanOrEqual(25)
  })
})

describe("bilateral timeline", () => {
  it("lists events in date order across relations", () => {
    const { stdout } = runCli(["timeline", ...data])
    expect(stdout).toContain("Dòng thời gian (2)")
    const visit = stdout.indexOf("5–6/3/2024")
    const call = stdout.indexOf("17/2/2025")
    expect(visit).toBeGreaterThan(0)
    expect(call).toBeGreaterThan(visit)
  })

  it("filters by country, kind and years, and echoes the filter in JSON", () => {
    const json = runJson([
      "timeline",
      "--country",
      "aralia",
      "--kind",
      "phone-call",
      "--from",
      "2025",
      ...data,
    ])
    expect(json.filter).toEqual({ relation: "vn-xa", kind: "PhoneCall", from: 2025, to: null })
    expect(json.count).toBe(1)
    expect(json.events[0]).toMatchObject({
      _tag: "PhoneCall",
      id: "call-2025-02-deputy-ministers",
      date: "2025-02-17",
    })
    expect(runJson(["timeline", "--to", "2023", ...data]).count).toBe(0)
  })

  it("says so when nothing matches", () => {
    expect(runCli(["timeline", "--to", "2023", "--lang", "en", ...data]).stdout).toContain(
      "No event matches the filter.",
    )
  })
})

describe("bilateral compare", () => {
  it("puts two relations side by side", () => {
    const { code, stdout } = runCli(["compare", "xa", "xb", "--as-of", "2025-01-01", ...data])
    expect(code).toBe(0)
    expect(stdout).toContain("So sánh: xa · xb, tính đến 1/1/2025")
    expect(stdout).toMatch(/Thiết lập quan hệ ngoại giao\s+2\/1\/2000\s+2010/)
    expect(stdout).toMatch(/Kim ngạch thương mại\s+9 triệu USD\s+—/)
  })

  it("gives the rows with keys, labels and base-unit values in JSON", () => {
    const json = runJson(["compare", "xa", "xb", "--as-of", "2025-01-01", ...data])
    expect(json.a).toEqual({
      relation: "vn-xa",
      code: "xa",
      country: "XA",
      title: { vi: "Việt Nam – Aralia", en: "Vietnam – Aralia" },
    })
    expect(json.b).toMatchObject({ relation: "vn-xb", code: "xb", country: "XB" })
    const trade = json.rows.find((r: { key: string }) => r.key === "latest-trade")
    expect(trade.a).toMatchObject({ value: 9000000, unit: "USD" })
    expect(trade.b).toBeNull()
    for (const row of json.rows)
      expect(Object.keys(row)).toEqual(["key", "kind", "label", "a", "b", "note", "provenance"])
  })

  it("gives each side's sources of a row in JSON: source, quote and paragraph", () => {
    const json = runJson(["compare", "xa", "xb", "--as-of", "2025-01-01", ...data])
    const row = (key: string) => json.rows.find((r: { key: string }) => r.key === key)
    expect(row("latest-trade").provenance).toEqual({
      a: [{ source: "fixture-source", quote: "9 triệu USD năm 2024", paragraph: 3 }],
      b: [],
    })
    expect(row("established").provenance.b).toEqual([
      expect.objectContaining({ source: "fixture-source", quote: expect.any(String) }),
    ])
    expect(row("visits-total").provenance).toEqual({ a: [], b: [] })
  })
})

describe("bilateral without a command", () => {
  it("prints a plain overview and exits 0 when not on a terminal", () => {
    const { code, stdout, stderr } = runCli([...data])
    expect(code).toBe(0)
    expect(stderr).not.toMatch(/raw mode/i)
    expect(stdout).toContain("xa  Aralia")
    expect(stdout).toContain("bilateral show <code>")
  })
})

describe("help and version", () => {
  it("lists every command in --help", () => {
    const { code, stdout } = runCli(["--help"])
    expect(code).toBe(0)
    for (const command of [
      "countries",
      "show",
      "metrics",
      "timeline",
      "compare",
      "validate",
      "export",
    ]) {
      expect(stdout).toContain(`  ${command}`)
    }
  })

  it("shows a command's options and examples", () => {
    const { stdout } = runCli(["help", "timeline"])
    expect(stdout).toContain(
      "bilateral timeline [--country CODE] [--kind KIND] [--from YYYY] [--to YYYY]",
    )
    expect(stdout).toContain("Examples:")
  })

  it("prints the version", () => {
    expect(runCli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
