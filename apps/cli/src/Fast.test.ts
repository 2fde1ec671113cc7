import { describe, expect, it } from "vitest"
import { quickRoute } from "./cli/QuickRoute"
import { routeOf } from "./Fast"

const io = (argv: string[], tty = false, env: Record<string, string> = {}) => ({
  argv,
  env,
  stdinIsTTY: tty,
  stdout: { isTTY: tty, write: () => true },
})

describe("routeOf", () => {
  it("answers help, version, argument errors and the commands on the embedded dataset itself", () => {
    for (const argv of [
      ["--help"],
      ["--version"],
      ["bogus"],
      ["show", "--frobnicate"],
      ["countries", "--json"],
      ["show", "kz"],
      ["metrics", "kg", "--lang", "en"],
      ["timeline", "--from", "2020"],
      ["compare", "kz", "kg", "--json"],
    ]) {
      expect(routeOf(io(argv, true)), argv.join(" ")).toBe("fast")
    }
    // Without a terminal on both ends, no command is the plain overview.
    expect(routeOf(io([], false))).toBe("fast")
    expect(routeOf(io(["--json"], true))).toBe("fast")
  })

  it("sends the interactive UI on the embedded dataset to the UI build", () => {
    expect(routeOf(io([], true))).toBe("tui")
    expect(routeOf(io(["--lang", "en"], true))).toBe("tui")
  })

  it("leaves another dataset and the commands that read or write files to the full build", () => {
    expect(routeOf(io([], true, { BILATERAL_DATA: "/somewhere" }))).toBe("full")
    expect(routeOf(io(["countries", "--data", "/somewhere"]))).toBe("full")
    expect(routeOf(io(["show", "kz"], false, { BILATERAL_DATA: "/somewhere" }))).toBe("full")
    for (const argv of [
      ["export", "--format", "json"],
      ["validate"],
      ["new", "relation", "vn-uz"],
      ["extract", "article.txt"],
    ]) {
      expect(routeOf(io(argv)), argv.join(" ")).toBe("full")
    }
  })
})

describe("quickRoute", () => {
  it("routes only `bilateral` alone on a terminal without BILATERAL_DATA, as routeOf does", () => {
    const cases = [
      io([], true),
      io([], false),
      io([], true, { BILATERAL_DATA: "/somewhere" }),
      io(["--lang", "en"], true),
      io(["countries"], true),
    ]
    for (const c of cases) {
      const quick = quickRoute({ ...c, stdoutIsTTY: c.stdout.isTTY })
      if (quick !== undefined) expect(routeOf(c)).toBe(quick)
    }
    expect(cases.map((c) => quickRoute({ ...c, stdoutIsTTY: c.stdout.isTTY }))).toEqual([
      "tui",
      undefined,
      undefined,
      undefined,
      undefined,
    ])
  })
})
