// Bad arguments, invalid data and output that cannot be written: exit status 1 and one line on
// stderr saying what is accepted.
import { spawnSync } from "node:child_process"
import {
  chmodSync,
  closeSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { BROKEN, CLI, MINI, runCli } from "./support/runCli"

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
      'bilateral: unknown command "contries" (did you mean countries?): expected one of countries, show, metrics, timeline, compare, validate, export, new, extract, help, or none for the overview',
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

describe("arguments that used to slip through", () => {
  it("refuses to compare a relation with itself, by code or by name", () => {
    expect(fails(["compare", "xa", "xa", "--data", MINI])).toBe(
      'bilateral: compare expects two different countries; "xa" and "xa" both name xa: compare it with one of xb',
    )
    expect(fails(["compare", "xa", "Aralia", "--data", MINI])).toContain(
      "expects two different countries",
    )
  })

  it("refuses --as-of before year 1000 as it refuses a five-digit year, stating the range", () => {
    const early = fails(["metrics", "xa", "--as-of", "0000-01-01", "--data", MINI])
    expect(early).toContain("from 1000-01-01 to 9999-12-31")
    expect(early).toContain("year 0000 is before 1000")
    expect(fails(["metrics", "xa", "--as-of", "99999-01-01", "--data", MINI])).toContain(
      "from 1000-01-01 to 9999-12-31",
    )
    expect(fails(["compare", "xa", "xb", "--as-of", "0999-12-31", "--data", MINI])).toContain(
      "is before 1000",
    )
  })

  it("shortens a 100 kB argument in the message instead of echoing it whole", () => {
    const long = "k".repeat(100_000)
    for (const args of [["show", long, "--data", MINI], [long], ["timeline", "--kind", long]]) {
      const line = fails(args)
      expect(line.length).toBeLessThan(1000)
      expect(line).toContain("(99,920 more characters)")
    }
  })

  it("writes control characters of an argument as escapes", () => {
    expect(fails(["show", "x\u001b]0;owned\u0007\ny", "--data", MINI])).toContain(
      '"x\\u001b]0;owned\\u0007\\ny"',
    )
  })

  it("accepts --force only with --out", () => {
    expect(fails(["export", "--format", "json", "--force"])).toContain("--force goes with --out")
  })
})

describe("output that cannot be written", () => {
  const scratch = () => mkdtempSync(join(tmpdir(), "bilateral-out-"))
  const exportTo = (path: string, ...more: string[]) =>
    runCli(["export", "--format", "json", "--data", MINI, "--out", path, ...more])

  it("fails with one line when stdout is a full device, for a large and a small output", () => {
    for (const args of [
      ["export", "--format", "json", "--data", MINI],
      ["countries", "--data", MINI],
    ]) {
      const full = openSync("/dev/full", "w")
      const result = spawnSync(process.execPath, [CLI, ...args], {
        stdio: ["ignore", full, "pipe"],
        encoding: "utf8",
        env: { ...process.env, NO_COLOR: "1" },
      })
      closeSync(full)
      expect(result.status).toBe(1)
      expect(result.stderr).toBe(
        "bilateral: cannot write to stdout: ENOSPC (no space left on device)\n",
      )
    }
  })

  it("exits 0 without a word when the reader of a pipe goes away early (| head)", () => {
    // The embedded dataset's export is larger than a pipe's buffer, so the CLI meets EPIPE.
    const script = `"${process.execPath}" "${CLI}" export --format json | head -c 10 > /dev/null; echo "\${PIPESTATUS[0]}"`
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8" })
    expect(result.stdout).toBe("0\n")
    expect(result.stderr).toBe("")
  })

  it("never replaces an existing file without --force, and keeps its mode with it", () => {
    const dir = scratch()
    const path = join(dir, "out.json")
    writeFileSync(path, "mine")
    chmodSync(path, 0o600)
    expect(fails(["export", "--format", "json", "--data", MINI, "--out", path])).toBe(
      `bilateral: cannot write ${path}: it already exists; add --force to replace it`,
    )
    expect(readFileSync(path, "utf8")).toBe("mine")
    const forced = exportTo(path, "--force")
    expect(forced.code).toBe(0)
    expect(JSON.parse(readFileSync(path, "utf8")).formatVersion).toBeDefined()
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(["out.json"])
  })

  it("refuses a symbolic link and a device with --force too, saying why", () => {
    const dir = scratch()
    writeFileSync(join(dir, "target.json"), "target")
    symlinkSync(join(dir, "target.json"), join(dir, "link.json"))
    const link = exportTo(join(dir, "link.json"), "--force")
    expect(link.code).toBe(1)
    expect(link.stderr).toContain("it is a symbolic link")
    expect(readFileSync(join(dir, "target.json"), "utf8")).toBe("target")
    const device = exportTo("/dev/full", "--force")
    expect(device.code).toBe(1)
    expect(device.stderr).toBe(
      "bilateral: cannot write /dev/full: it is a device, and only a regular file is ever replaced\n",
    )
    expect(statSync("/dev/full").isCharacterDevice()).toBe(true)
  })
})
