// `show` and `metrics` on the data package's many fixture (vn-uz): what issue 10 added to the
// model, printed: period labels, growth on the same period a year earlier, several reports with
// their spread and sources, a Change claim's wording, a session's commission, co-chairs and levels,
// and the relation's status timeline.
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { REPO, runCli } from "./support/runCli"

const MANY = join(REPO, "packages", "data", "test", "fixtures", "many")
const run = (args: ReadonlyArray<string>) => {
  const result = runCli([...args, "--data", MANY])
  expect(result.stderr).toBe("")
  expect(result.code).toBe(0)
  return result.stdout
}

describe("bilateral metrics on vn-uz", () => {
  it("labels each figure by its period and part-year growth as on the same period", () => {
    const out = run(["metrics", "uz"])
    expect(out).toMatch(/6 tháng đầu năm 2023 +55,95 triệu USD +—/)
    expect(out).toMatch(/6 tháng đầu năm 2024 +95 triệu USD +\+69,8% so với cùng kỳ/)
    expect(out).toMatch(/6 tháng đầu năm 2023 +6 tháng đầu năm 2024 +1 +\+69,8%/)
    expect(run(["metrics", "uz", "--lang", "en"])).toMatch(
      /first half of 2024 +95 million USD +\+69\.8% on the same period a year earlier/,
    )
  })

  it("lists each report of a figure with its reporter and source, and the spread", () => {
    const out = run(["metrics", "uz", "--lang", "en"])
    expect(out).toContain(
      "2023: Reports of the figure (Sources differ: 165 million USD–172 million USD)",
    )
    expect(out).toContain(
      "• reporter not stated: 165 million USD (the one used in metrics) [vn-uz-2024-09-pm-visit]",
    )
    expect(out).toContain(
      "• Uzbekistan's Ministry of Foreign Trade: 172 million USD [vn-uz-2025-03-commission]",
    )
  })

  it("gives a Change claim's wording under its status", () => {
    expect(run(["metrics", "uz"])).toMatch(
      /✓ Khớp dữ liệu {2}Kim ngạch 6 tháng đầu năm 2024.*\n {4}Nguồn viết: “tăng 69,8% so với cùng kỳ”/,
    )
  })
})

describe("bilateral show on vn-uz", () => {
  it("has the status of the relation, the commission's levels in order", () => {
    const out = run(["show", "uz", "--lang", "en"])
    const start = out.indexOf("Status of the relation (9)")
    expect(start).toBeGreaterThanOrEqual(0)
    const deputy = out.indexOf("• 2008: Vietnam–Uzbekistan Intergovernmental Commission", start)
    const minister = out.indexOf("• 2023: Vietnam–Uzbekistan Intergovernmental Commission", start)
    expect(deputy).toBeGreaterThan(start)
    expect(minister).toBeGreaterThan(deputy)
    expect(out.slice(deputy, minister)).toContain("Deputy")
    expect(out).toContain("• Sep 2019: Embassy of Vietnam in Uzbekistan opens")
    expect(out).toContain("• Jun 2024: Strategic partnership")
    expect(run(["show", "uz"])).toContain("Diễn biến quan hệ (9)")
  })

  it("gives each session's commission, ordinal, places, co-chairs and side levels", () => {
    const out = run(["show", "uz", "--lang", "en"])
    expect(out).toContain("Sessions and consultations (1)")
    expect(out).toContain(
      "    Commission: Vietnam–Uzbekistan Intergovernmental Commission on Economic and Trade Cooperation",
    )
    expect(out).toContain("    Session: 8\n    Places: Tashkent\n    Co-chairs: Trần Minh Khoa")
    expect(out).toMatch(
      /Dilshod Rakhimov,\s+Deputy\s+Minister\s+of\s+Foreign\s+Trade\s+of\s+Uzbekistan\s+\(Uzbekistan\)/,
    )
    expect(out).toContain("    Each side's level: Vietnam: Minister; Uzbekistan: Deputy minister")
  })

  it("gives as a series' latest figure its latest full year, not the later first half of 2024", () => {
    const out = run(["show", "uz", "--lang", "en"])
    const table = out.slice(out.indexOf("Figures (1)"), out.indexOf("Sister regions"))
    expect(table).toMatch(
      /Trade +165 million USD \(Sources differ: 165 million USD–172 million USD\) +2023/,
    )
    expect(table).not.toContain("first half of 2024")
  })
})

describe("bilateral show on the shipped dataset's vn-kz", () => {
  it("shows the commission raised from deputy-minister to minister level", () => {
    const result = runCli(["show", "kz", "--lang", "en"])
    expect(result.code).toBe(0)
    const status = result.stdout.slice(result.stdout.indexOf("Status of the relation"))
    const flat = status.replace(/\s+/g, " ")
    const deputy = flat.search(/Commission[^•]*: Deputy minister level/)
    const minister = flat.search(/Commission[^•]*: Minister level/)
    expect(deputy).toBeGreaterThan(0)
    expect(minister).toBeGreaterThan(deputy)
  })
})
