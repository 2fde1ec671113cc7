// `new relation <id>`: scaffolds a relation into a copy of a fixture dataset, which must then
// validate; refuses bad ids and existing relations without writing anything.
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { isoCountry } from "@bilateral/data"
import { describe, expect, it } from "vitest"
import { relationTemplates } from "../src/commands/new/RelationTemplates"
import { examplePerson, exampleSource, renderTemplate } from "../src/commands/new/Template"
import { MINI, REPO, runCli, runJson } from "./support/runCli"

/** A fresh copy of the mini fixture dataset in a temporary directory. */
const copyOfMini = (): string => {
  const dir = join(mkdtempSync(join(tmpdir(), "bilateral-new-")), "dataset")
  cpSync(MINI, dir, { recursive: true })
  return dir
}

/** Every file under `dir` with its content, to show that nothing was written. */
const snapshot = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {}
  const walk = (at: string) => {
    for (const name of readdirSync(at)) {
      const path = join(at, name)
      if (statSync(path).isDirectory()) walk(path)
      else out[relative(dir, path)] = readFileSync(path, "utf8")
    }
  }
  walk(dir)
  return out
}

const uz = () => {
  const country = isoCountry("UZ")
  if (country === undefined) throw new Error("the ISO list has no UZ")
  return country
}

/** What the templates of vn-uz are written for. */
const vnUz = () =>
  ({
    id: "vn-uz",
    countries: [
      { code: "VN", name: { vi: "Việt Nam", en: "Vietnam" } },
      { code: "UZ", name: uz().name },
    ],
  }) as const

describe("new relation", () => {
  it("scaffolds a relation that validates, adding the partner with its ISO names", () => {
    const dir = copyOfMini()
    const result = runCli(["new", "relation", "vn-uz", "--data", dir, "--lang", "en"])
    expect(result.stderr).toBe("")
    expect(result.code).toBe(0)
    const files = readdirSync(join(dir, "relations", "vn-uz")).sort()
    expect(files).toEqual(
      [
        "agreements.yaml",
        "claims.yaml",
        "cooperation.yaml",
        "events.yaml",
        "indicators.yaml",
        "relation.yaml",
      ].sort(),
    )
    for (const file of files) expect(result.stdout).toContain(`relations/vn-uz/${file}`)
    expect(result.stdout).toContain("Next steps:")
    expect(result.stdout).toContain(`bilateral validate ${dir} --sources`)

    const validated = runCli(["validate", dir, "--json"])
    expect(validated.code, validated.stdout).toBe(0)
    const report = JSON.parse(validated.stdout)
    expect(report.valid).toBe(true)
    expect(report.counts.relations).toBe(3)

    const countries = runJson(["countries", "--data", dir])
    const added = countries.countries.find((c: { code: string }) => c.code === "uz")
    expect(added).toBeDefined()
    const shown = runJson(["show", "uz", "--data", dir, "--lang", "en"])
    expect(JSON.stringify(shown)).toContain(uz().name.en)
    expect(readFileSync(join(dir, "countries.yaml"), "utf8")).toContain(
      `name: { vi: ${uz().name.vi}, en: ${uz().name.en} }`,
    )
    expect(readFileSync(join(dir, "relations", "vn-uz", "relation.yaml"), "utf8")).toMatch(
      /^ {2}- id: vn-uz\n {4}countries: \[VN, UZ\]$/mu,
    )
  })

  it("leaves every other command working on a relation with no facts yet", () => {
    const dir = copyOfMini()
    expect(runCli(["new", "relation", "vn-uz", "--data", dir]).code).toBe(0)
    const other = readdirSync(join(MINI, "relations"))[0] ?? ""
    const otherCode = other.split("-")[1] ?? ""
    for (const args of [
      ["countries"],
      ["show", "uz"],
      ["metrics", "uz", "--as-of", "2025-01-01"],
      ["timeline", "--country", "uz"],
      ["compare", "uz", otherCode, "--as-of", "2025-01-01"],
      ["export", "--format", "json"],
      ["export", "--format", "csv"],
      [],
    ]) {
      for (const json of [[], ["--json"]]) {
        const result = runCli([...args, ...json, "--data", dir])
        expect(result.stderr, args.join(" ")).toBe("")
        expect(result.code, args.join(" ")).toBe(0)
      }
    }
    const metrics = runJson(["metrics", "uz", "--as-of", "2025-01-01", "--data", dir])
    expect(JSON.stringify(metrics)).toContain("vn-uz")
  })

  it("writes templates whose commented examples are valid entries once uncommented", () => {
    const dir = copyOfMini()
    const ctx = vnUz()
    expect(runCli(["new", "relation", "vn-uz", "--data", dir]).code).toBe(0)
    const templates = relationTemplates(ctx)
    for (const file of templates) {
      const written = readFileSync(join(dir, "relations", "vn-uz", file.name), "utf8")
      expect(written).toBe(renderTemplate(file))
      for (const section of file.sections) {
        expect(section.example.length, `${file.name} ${section.collection}`).toBeGreaterThan(0)
        for (const line of section.example) expect(written).toContain(`# ${line}\n`)
      }
      writeFileSync(
        join(dir, "relations", "vn-uz", file.name),
        renderTemplate(file, { examples: "live" }),
      )
    }
    writeFileSync(
      join(dir, "examples.yaml"),
      [
        "sources:",
        ...exampleSource(ctx),
        "people:",
        ...examplePerson(ctx),
        "organisations:",
        "  - { id: wto, name: { en: World Trade Organization } }",
        "",
      ].join("\n"),
    )
    const validated = runCli(["validate", dir, "--json"])
    expect(validated.stdout).toContain('"valid": true')
    expect(validated.code).toBe(0)
    const counts = JSON.parse(validated.stdout).counts
    for (const collection of templates.flatMap((f) => f.sections.map((s) => s.collection))) {
      if (collection !== "relations") expect(counts[collection], collection).toBeGreaterThan(0)
    }
    const metrics = runJson(["metrics", "uz", "--as-of", "2025-01-01", "--data", dir])
    const status = (id: string) =>
      metrics.claims.find((c: { id: string }) => c.id === id)?.status as string | undefined
    expect(status("vn-uz-trade-doubled-example")).toBe("holds")
    expect(status("vn-uz-trade-first-half-up-example")).toBe("holds")
  })

  it("names the model's newer fields in the commented guidance of its files", () => {
    const ctx = vnUz()
    const comments = relationTemplates(ctx)
      .flatMap((file) => renderTemplate(file).split("\n"))
      .filter((line) => line.startsWith("#"))
      .join("\n")
    for (const field of [
      "period: { _tag: Half",
      "otherReports:",
      "reporter:",
      "_tag: Change",
      "reported: tăng",
      "_tag: CommissionSession",
      "coChairs:",
      "sideLevels:",
      "round:",
      "ambassadors:",
      "opened:",
      "closed",
      "since:",
      "until:",
      "commissions:",
    ]) {
      expect(comments, field).toContain(field)
    }
  })

  it("keeps the comments and the layout of countries.yaml", () => {
    const dir = copyOfMini()
    const path = join(dir, "countries.yaml")
    const original = [
      "# Countries the fixture texts name.",
      "countries:",
      "  # The subject of the dataset.",
      "  - code: VN",
      "    name: { vi: Việt Nam, en: Vietnam } # common names",
      "",
      ...readFileSync(path, "utf8")
        .split("\n")
        .filter((l) => l.trim() !== "")
        .slice(3),
      "  # Last of the fictional countries.",
      "",
    ].join("\n")
    writeFileSync(path, original)
    expect(runCli(["new", "relation", "vn-uz", "--data", dir]).code).toBe(0)
    const after = readFileSync(path, "utf8")
    const kept = original.split("\n").filter((l) => l !== "")
    const afterLines = after.split("\n")
    let at = 0
    for (const line of kept) {
      const found = afterLines.indexOf(line, at)
      expect(found, `"${line}" kept in order`).toBeGreaterThanOrEqual(at)
      at = found + 1
    }
    expect(after).toMatch(/# Added by `bilateral new relation vn-uz`.*\n {2}- code: UZ\n/u)
    expect(runCli(["validate", dir]).code).toBe(0)
  })

  it("adds only the partners countries.yaml lacks, and says so in --json", () => {
    const dir = copyOfMini()
    const first = runJson(["new", "relation", "vn-uz", "--data", dir])
    expect(first.countriesAdded.map((c: { code: string }) => c.code)).toEqual(["UZ"])
    const second = runJson(["new", "relation", "uz-kz", "--data", dir])
    expect(second).toMatchObject({ relation: "uz-kz", countries: ["UZ", "KZ"] })
    expect(second.countriesAdded).toEqual([{ code: "KZ", name: isoCountry("KZ")?.name }])
    const text = readFileSync(join(dir, "countries.yaml"), "utf8")
    expect(text.match(/code: UZ/gu)).toHaveLength(1)
    expect(runCli(["validate", dir]).code).toBe(0)
  })

  it("reads the dataset directory from BILATERAL_DATA", () => {
    const dir = copyOfMini()
    const result = runCli(["new", "relation", "vn-uz"], { env: { BILATERAL_DATA: dir } })
    expect(result.code).toBe(0)
    expect(existsSync(join(dir, "relations", "vn-uz", "relation.yaml"))).toBe(true)
  })

  it("writes into the repository's packages/data/dataset by default", () => {
    // An existing relation of the shipped dataset: refused, so nothing is written, but the
    // message shows which directory the command chose.
    const shipped = join(REPO, "packages", "data", "dataset")
    const existing = readdirSync(join(shipped, "relations"))[0] ?? ""
    const before = snapshot(shipped)
    const result = runCli(["new", "relation", existing])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `bilateral: relation ${existing} already exists (packages/data/dataset/relations/${existing}/): expected an id that is not there yet; edit its files instead\n`,
    )
    expect(snapshot(shipped)).toEqual(before)
  })
})

describe("new relation refuses, writing nothing,", () => {
  const refused = (args: ReadonlyArray<string>, dir: string, stderr: RegExp) => {
    const before = snapshot(dir)
    const result = runCli([...args, "--data", dir])
    expect(result.code, args.join(" ")).toBe(1)
    expect(result.stdout).toBe("")
    expect(result.stderr).toMatch(/^bilateral: [^\n]+\n$/u)
    expect(result.stderr).toMatch(stderr)
    expect(snapshot(dir)).toEqual(before)
  }

  it("ids that are not two different lower-case ISO 3166-1 alpha-2 codes", () => {
    const dir = copyOfMini()
    const cases: ReadonlyArray<readonly [string, RegExp]> = [
      ["VN-UZ", /"VN-UZ" is not a relation id \(did you mean vn-uz\?\): expected <a>-<b>/u],
      ["vn_uz", /"vn_uz" is not a relation id: expected <a>-<b>, two ISO 3166-1 alpha-2/u],
      ["vnm-uzb", /"vnm-uzb" is not a relation id/u],
      ["vn-uz-kz", /"vn-uz-kz" is not a relation id/u],
      ["vn-zz", /"zz" in "vn-zz" is not an ISO 3166-1 alpha-2 country code/u],
      ["xa-vn", /"xa" in "xa-vn" is not an ISO 3166-1 alpha-2 country code/u],
      ["vn-vn", /"vn-vn" joins VN with itself: expected two different countries/u],
    ]
    for (const [id, message] of cases) refused(["new", "relation", id], dir, message)
    refused(["new", "relation"], dir, /new relation expects <id>/u)
    refused(
      ["new", "country", "vn-uz"],
      dir,
      /new expects what to create, "relation".*got "country"/u,
    )
  })

  it("a relation whose folder exists, or whose pair of countries another relation joins", () => {
    const dir = copyOfMini()
    expect(runCli(["new", "relation", "vn-uz", "--data", dir]).code).toBe(0)
    refused(
      ["new", "relation", "vn-uz"],
      dir,
      /relation vn-uz already exists \(.*relations\/vn-uz\/\)/u,
    )
    refused(
      ["new", "relation", "uz-vn"],
      dir,
      /relation vn-uz \(.*relations\/vn-uz\/relation\.yaml\) already joins UZ and VN: expected one relation per pair/u,
    )
  })

  it("when countries.yaml does not parse, naming where", () => {
    const dir = copyOfMini()
    writeFileSync(
      join(dir, "countries.yaml"),
      "countries:\n  - code: VN\n    name: { vi: Việt Nam\n",
    )
    refused(
      ["new", "relation", "vn-uz"],
      dir,
      /countries\.yaml:4:1: the file does not parse \(.+\), so the relation's countries cannot be added to it: expected valid YAML/u,
    )
  })

  it("when the dataset directory does not exist", () => {
    const dir = copyOfMini()
    const missing = join(dir, "missing")
    const result = runCli(["new", "relation", "vn-uz", "--data", missing])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe(
      `bilateral: the dataset directory ${missing} does not exist: expected a directory\n`,
    )
    expect(existsSync(missing)).toBe(false)
  })
})
