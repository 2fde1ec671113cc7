import { execFileSync } from "node:child_process"
import {
  chmodSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { errorLine, WriteError } from "../cli/Errors"
import { writeFileAtomic } from "./AtomicWrite"

const scratch = () => mkdtempSync(join(tmpdir(), "bilateral-atomic-"))

const refusal = (write: () => void): string => {
  try {
    write()
  } catch (error) {
    expect(error).toBeInstanceOf(WriteError)
    const line = errorLine(error)
    expect(line).not.toContain("\n")
    return line
  }
  throw new Error("expected a WriteError")
}

describe("writeFileAtomic", () => {
  it("creates a new file and leaves no temporary file behind", () => {
    const dir = scratch()
    writeFileAtomic(join(dir, "out.json"), "new", { replace: false })
    expect(readFileSync(join(dir, "out.json"), "utf8")).toBe("new")
    expect(readdirSync(dir)).toEqual(["out.json"])
  })

  it("refuses to replace an existing file unless asked, and leaves it as it was", () => {
    const dir = scratch()
    const path = join(dir, "out.json")
    writeFileSync(path, "old")
    expect(refusal(() => writeFileAtomic(path, "new", { replace: false }))).toContain(
      "it already exists; add --force to replace it",
    )
    expect(readFileSync(path, "utf8")).toBe("old")
    expect(readdirSync(dir)).toEqual(["out.json"])
  })

  it("replaces a regular file when asked and keeps its mode", () => {
    const dir = scratch()
    const path = join(dir, "secret.json")
    writeFileSync(path, "old")
    chmodSync(path, 0o600)
    writeFileAtomic(path, "new", { replace: true })
    expect(readFileSync(path, "utf8")).toBe("new")
    expect(statSync(path).mode & 0o777).toBe(0o600)
    expect(readdirSync(dir)).toEqual(["secret.json"])
  })

  it("never writes through a symbolic link nor replaces it, even when asked to replace", () => {
    const dir = scratch()
    writeFileSync(join(dir, "target.json"), "target")
    symlinkSync("target.json", join(dir, "link.json"))
    expect(refusal(() => writeFileAtomic(join(dir, "link.json"), "new"))).toContain(
      "it is a symbolic link",
    )
    expect(lstatSync(join(dir, "link.json")).isSymbolicLink()).toBe(true)
    expect(readlinkSync(join(dir, "link.json"))).toBe("target.json")
    expect(readFileSync(join(dir, "target.json"), "utf8")).toBe("target")
  })

  it("refuses a FIFO and a device, which only a regular file may replace", () => {
    const dir = scratch()
    execFileSync("mkfifo", [join(dir, "pipe")])
    expect(refusal(() => writeFileAtomic(join(dir, "pipe"), "x"))).toContain("it is a FIFO")
    expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true)
    expect(refusal(() => writeFileAtomic("/dev/full", "x"))).toContain("it is a device")
    expect(lstatSync("/dev/full").isCharacterDevice()).toBe(true)
  })

  it("refuses a file with other hard links, which replacing would separate", () => {
    const dir = scratch()
    writeFileSync(join(dir, "a.json"), "shared")
    linkSync(join(dir, "a.json"), join(dir, "b.json"))
    expect(refusal(() => writeFileAtomic(join(dir, "a.json"), "new"))).toContain("2 hard links")
    expect(readFileSync(join(dir, "b.json"), "utf8")).toBe("shared")
  })

  it("refuses a directory as target and keeps it as it was", () => {
    const dir = scratch()
    mkdirSync(join(dir, "sub"))
    expect(refusal(() => writeFileAtomic(join(dir, "sub"), "x"))).toContain("it is a directory")
    expect(readdirSync(dir)).toEqual(["sub"])
  })

  it("says which directory is missing", () => {
    const dir = scratch()
    expect(refusal(() => writeFileAtomic(join(dir, "nope", "out.csv"), "x"))).toContain(
      "does not exist",
    )
  })
})
