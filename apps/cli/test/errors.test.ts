// Bad arguments and invalid data: exit status 1 and one line on stderr saying what is accepted.
import { describe, expect, it } from "vitest"
import { BROKEN, MINI, runCli } from "./support/runCli"

const fails = (args: string[]) => {
  const result = runCli(args)
  expect(result.code).toBe(1)
  expect(result.stdout).toBe("")
  const lines = result.stderr.split("\n").filter((l) => l !== "")
  expect(lines).toHaveLength(1)
  expect(result.stderr).not.toMatch(/\n\s+at /)
  expect(lines[0]).toMatch(/^bilateral: /)
  return lines[0] ?? ""
}

describe("bad arguments", () => {
  it("rejects an unknown command, listing the commands", () => {
    expect(fails(["contries"])).toBe(
      'bilateral: unknown command "contries" (did you mean countries?): expected one of countries, show, metrics, timeline, compare, validate, export, new, help, or none for the overview',
    )
  })

  it("rejects an unknown country, listing the accepted codes and names", () => {
    expect(fails(["show", "fr", "--data", MINI])).toBe(
      'bilateral: unknown country "fr": expected one of xa (Aralia), xb (Bắc Đảo)',
    )
    expect(fails(["metrics", "--data", MINI])).toBe(
      "bilateral: metrics expects a country code or name: one of xa (Aralia), xb (Bắc Đảo)",
    )
    expect(fails(["compare", "xa", "--data", MINI])).toContain("compare expects two countries")
  })

  it("rejects a bad date, a bad year and an unknown kind", () => {
    expect(fails(["metrics", "xa", "--as-of", "2025-02-29", "--data", MINI])).toContain(
      "2025-02 has 28 days",
    )
    expect(fails(["timeline", "--from", "late"])).toContain("--from expects a year as YYYY")
    expect(fails(["timeline", "--kind", "parade"])).toContain(
      "--kind expects one of visit, political-consultation",
    )
  })

  it("rejects an unknown format and an unknown option", () => {
    expect(fails(["export", "--format", "xlsx"])).toBe(
      'bilateral: --format expects json or csv; got "xlsx"',
    )
    expect(fails(["show", "xa", "--verbose"])).toContain('unknown option "--verbose" for "show"')
  })

  it("rejects a --data directory that does not exist", () => {
    expect(fails(["countries", "--data", "/no/such/dir"])).toBe(
      "bilateral: --data /no/such/dir does not exist: expected a dataset directory",
    )
  })
})

describe("invalid data", () => {
  it("exits 1 with the first problem and the count of the others", () => {
    const line = fails(["countries", "--data", BROKEN])
    expect(line).toContain("is not valid: relations/vn-xa/events.yaml:7:17: unknown person")
    expect(line).toContain("and 1 more")
  })

  it("prints every problem of `validate` as file:line:col: message and exits 1", () => {
    const { code, stdout } = runCli(["validate", BROKEN, "--lang", "en"])
    expect(code).toBe(1)
    const lines = stdout.trim().split("\n")
    expect(lines[0]).toMatch(
      /^relations\/vn-xa\/events\.yaml:7:17: unknown person "nobody-we-know"/,
    )
    expect(lines[1]).toMatch(
      /^relations\/vn-xa\/relation\.yaml:5:13: date "2024-02-30" does not exist/,
    )
    expect(lines[2]).toMatch(/: 2 problems$/)
  })

  it("reports the problems of `validate` in JSON too", () => {
    const { code, stdout } = runCli(["validate", BROKEN, "--json"])
    expect(code).toBe(1)
    const json = JSON.parse(stdout)
    expect(json.valid).toBe(false)
    expect(json.problems[1]).toMatchObject({
      file: "relations/vn-xa/relation.yaml",
      line: 5,
      column: 13,
    })
  })

  it("rejects a validate target that is not a directory", () => {
    expect(fails(["validate", "/no/such/dir"])).toContain("does not exist: expected a directory")
  })
})
