import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { writeFileAtomic } from "./AtomicWrite"

const scratch = () => mkdtempSync(join(tmpdir(), "bilateral-atomic-"))

describe("writeFileAtomic", () => {
  it("replaces the file's content and leaves no temporary file behind", () => {
    const dir = scratch()
    const path = join(dir, "out.json")
    writeFileSync(path, "old")
    writeFileAtomic(path, "new")
    expect(readFileSync(path, "utf8")).toBe("new")
    expect(readdirSync(dir)).toEqual(["out.json"])
  })

  it("refuses a directory as target and keeps it as it was", () => {
    const dir = scratch()
    mkdirSync(join(dir, "sub"))
    expect(() => writeFileAtomic(join(dir, "sub"), "x")).toThrow(/is a directory/)
    expect(readdirSync(dir)).toEqual(["sub"])
  })

  it("says which directory is missing", () => {
    const dir = scratch()
    expect(() => writeFileAtomic(join(dir, "nope", "out.csv"), "x")).toThrow(/does not exist/)
  })
})
