import { describe, expect, it } from "vitest"
import {
  ArgumentError,
  ECHO_LIMIT,
  errorLine,
  InvalidDataset,
  LINE_LIMIT,
  quoted,
  shorten,
  systemReason,
  UserError,
  WriteError,
} from "./Errors"

describe("errorLine", () => {
  it("prints each tagged error as one line starting with bilateral:", () => {
    expect(errorLine(new ArgumentError("--lang expects vi or en"))).toBe(
      "bilateral: --lang expects vi or en",
    )
    expect(errorLine(new UserError('unknown country "fr"'))).toBe('bilateral: unknown country "fr"')
    expect(
      errorLine(new WriteError({ target: "stdout", reason: "ENOSPC (no space left on device)" })),
    ).toBe("bilateral: cannot write to stdout: ENOSPC (no space left on device)")
    expect(errorLine(new WriteError({ target: "out.json", reason: "it already exists" }))).toBe(
      "bilateral: cannot write out.json: it already exists",
    )
  })

  it("names the first problem of an invalid dataset and how many others there are", () => {
    const error = new InvalidDataset({
      where: "in data",
      first: "people.yaml:3:9: unknown person",
      count: 3,
      dir: "data",
    })
    expect(errorLine(error)).toBe(
      'bilateral: the dataset in data is not valid: people.yaml:3:9: unknown person (and 2 more; run "bilateral validate data" for all)',
    )
    expect(errorLine(new InvalidDataset({ where: "x", first: "a.yaml:1:1: bad", count: 1 }))).toBe(
      "bilateral: the dataset x is not valid: a.yaml:1:1: bad",
    )
  })

  it("reports anything else as an internal error on its first line, without a stack", () => {
    const line = errorLine(new TypeError("boom\n    at somewhere (file.js:1:1)"))
    expect(line).toBe("bilateral: internal error: boom (please report it)")
  })

  it("tells the CLI's errors from others by class, not by name", () => {
    const impostor = new Error("looks like one")
    impostor.name = "UserError"
    expect(errorLine(impostor)).toContain("internal error")
  })

  it("cuts a line longer than LINE_LIMIT, saying how much was left out", () => {
    const line = errorLine(new UserError(`expected one of ${"ab, ".repeat(2000)}`))
    expect(line.length).toBeLessThan(LINE_LIMIT + 100)
    expect(line).toMatch(/… \([\d,]+ more characters\)$/)
  })
})

describe("shorten and quoted", () => {
  it("echo a 100 kB argument as its first characters and a count of the rest", () => {
    const text = "x".repeat(100_000)
    const shown = quoted(text)
    expect(shown.length).toBeLessThan(ECHO_LIMIT + 40)
    expect(shown).toBe(`"${"x".repeat(ECHO_LIMIT)}… (99,920 more characters)"`)
  })

  it("write control characters as escapes so that a message stays on one line", () => {
    expect(shorten("a\nb\u001b]0;x\u0007")).toBe("a\\nb\\u001b]0;x\\u0007")
    expect(quoted("Hà Nội")).toBe('"Hà Nội"')
  })
})

describe("systemReason", () => {
  it("gives the code and its meaning", () => {
    const error = Object.assign(new Error("ENOSPC: no space left on device, write"), {
      code: "ENOSPC",
    })
    expect(systemReason(error)).toBe("ENOSPC (no space left on device)")
    expect(systemReason(Object.assign(new Error("x"), { code: "EWHATEVER" }))).toBe("EWHATEVER")
  })
})
