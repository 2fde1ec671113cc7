import { describe, expect, it } from "vitest"
import { ArgumentError, parseArgs } from "./Args"
import { parseDay, parseKind } from "./ArgValues"
import { suggest } from "./Suggest"

const run = (...argv: string[]) => {
  const invocation = parseArgs(argv, {})
  if (invocation._tag !== "Run") throw new Error(`expected Run, got ${invocation._tag}`)
  return invocation
}

const failure = (argv: string[], env = {}) => {
  try {
    parseArgs(argv, env)
  } catch (error) {
    expect(error).toBeInstanceOf(ArgumentError)
    const message = (error as Error).message
    expect(message).not.toContain("\n")
    return message
  }
  throw new Error("expected an ArgumentError")
}

describe("parseArgs", () => {
  it("opens the overview when no command is given, in Vietnamese by default", () => {
    expect(run()).toEqual({
      _tag: "Run",
      command: { name: "overview" },
      options: { json: false, lang: "vi" },
    })
  })

  it("reads global options before or after the command, with = or a space", () => {
    expect(run("--json", "countries", "--lang=en").options).toEqual({ json: true, lang: "en" })
    expect(run("countries", "--lang", "en", "--data", "/tmp/d").options).toEqual({
      json: false,
      lang: "en",
      data: "/tmp/d",
    })
  })

  it("takes the dataset directory from BILATERAL_DATA unless --data is given", () => {
    const fromEnv = parseArgs(["countries"], { BILATERAL_DATA: "/env" })
    expect(fromEnv._tag === "Run" && fromEnv.options.data).toBe("/env")
    const fromFlag = parseArgs(["countries", "--data", "/flag"], { BILATERAL_DATA: "/env" })
    expect(fromFlag._tag === "Run" && fromFlag.options.data).toBe("/flag")
  })

  it("parses each command's arguments", () => {
    expect(run("show", "kz").command).toEqual({ name: "show", code: "kz" })
    expect(run("metrics", "KG", "--as-of", "2025-03-06").command).toEqual({
      name: "metrics",
      code: "KG",
      asOf: { _tag: "Day", year: 2025, month: 3, day: 6 },
    })
    expect(
      run("timeline", "--country", "kz", "--kind", "phone-call", "--from", "2020", "--to", "2025")
        .command,
    ).toEqual({
      name: "timeline",
      country: "kz",
      kind: "PhoneCall",
      from: 2020,
      to: 2025,
    })
    expect(run("compare", "kz", "kg").command).toEqual({ name: "compare", codes: ["kz", "kg"] })
    expect(run("validate", "dir", "--sources", "src").command).toEqual({
      name: "validate",
      dir: "dir",
      sources: "src",
    })
    expect(run("export", "--format", "csv", "--out", "x.csv").command).toEqual({
      name: "export",
      format: "csv",
      out: "x.csv",
    })
  })

  it("keeps a country name with spaces as one argument", () => {
    expect(run("show", "Cộng hòa Kyrgyzstan").command).toEqual({
      name: "show",
      code: "Cộng hòa Kyrgyzstan",
    })
  })

  it("answers --help, -h, help <command> and --version", () => {
    expect(parseArgs(["--help"])).toEqual({ _tag: "Help" })
    expect(parseArgs(["-h"])).toEqual({ _tag: "Help" })
    expect(parseArgs(["show", "--help"])).toEqual({ _tag: "Help", topic: "show" })
    expect(parseArgs(["help", "export"])).toEqual({ _tag: "Help", topic: "export" })
    expect(parseArgs(["--version"])).toEqual({ _tag: "Version" })
  })

  it("rejects an unknown command, listing the commands and suggesting the closest", () => {
    const message = failure(["contries"])
    expect(message).toContain('unknown command "contries"')
    expect(message).toContain("did you mean countries?")
    expect(message).toContain("countries, show, metrics, timeline, compare, validate, export")
  })

  it("rejects an unknown option, listing the options the command accepts", () => {
    const message = failure(["timeline", "--knd", "visit"])
    expect(message).toContain('unknown option "--knd" for "timeline"')
    expect(message).toContain("did you mean --kind?")
    expect(message).toContain("--country, --kind, --from, --to")
  })

  it("rejects an option of another command", () => {
    expect(failure(["countries", "--format", "json"])).toContain(
      'unknown option "--format" for "countries"',
    )
  })

  it("rejects a bad language, date, year, kind and format, saying what is accepted", () => {
    expect(failure(["countries", "--lang", "fr"])).toBe('--lang expects vi or en; got "fr"')
    expect(failure(["metrics", "kz", "--as-of", "2025-02-30"])).toContain("2025-02 has 28 days")
    expect(failure(["metrics", "kz", "--as-of", "yesterday"])).toContain(
      "expects a day as YYYY-MM-DD",
    )
    expect(failure(["timeline", "--from", "20"])).toContain("--from expects a year as YYYY")
    expect(failure(["timeline", "--from", "2025", "--to", "2020"])).toContain("expected from ≤ to")
    expect(failure(["timeline", "--kind", "party"])).toContain(
      "--kind expects one of visit, political-consultation, phone-call, meeting, commission-session",
    )
    expect(failure(["export", "--format", "xml"])).toBe('--format expects json or csv; got "xml"')
    expect(failure(["export"])).toContain("--format json or --format csv")
  })

  it("rejects an option without its value and extra arguments", () => {
    expect(failure(["export", "--format"])).toBe("--format expects a value: json|csv")
    expect(failure(["countries", "extra"])).toContain(
      'countries takes no arguments; got also "extra"',
    )
    expect(failure(["show", "kz", "kg"])).toContain("takes at most 1 argument")
  })
})

describe("helpers", () => {
  it("reads event kinds in kebab-case or as tags", () => {
    expect(parseKind("visit")).toBe("Visit")
    expect(parseKind("CommissionSession")).toBe("CommissionSession")
    expect(parseKind("concert")).toBeUndefined()
  })

  it("accepts leap days only in leap years", () => {
    expect(parseDay("2024-02-29", "--as-of")).toEqual({
      _tag: "Day",
      year: 2024,
      month: 2,
      day: 29,
    })
    expect(() => parseDay("2025-02-29", "--as-of")).toThrow(/28 days/)
  })

  it("suggests only close words", () => {
    expect(suggest("metrcs", ["metrics", "show"])).toBe("metrics")
    expect(suggest("zzz", ["metrics", "show"])).toBeUndefined()
  })
})
