// A full disk while writing --out: the write fails with ENOSPC half-way. Simulated by making
// node:fs's writeSync fail after the first bytes, since a test cannot fill a real device.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, expect, it, vi } from "vitest"
import { errorLine, WriteError } from "../cli/Errors"

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>()
  let written = 0
  const writeSync = ((fd: number, buffer: Uint8Array, offset = 0, length?: number) => {
    if (written > 0) {
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" })
    }
    written += 4
    return fs.writeSync(fd, buffer, offset, Math.min(4, length ?? buffer.length))
  }) as typeof fs.writeSync
  return { ...fs, default: { ...fs, writeSync }, writeSync }
})

const { writeFileAtomic } = await import("./AtomicWrite")

describe("writeFileAtomic on a full disk", () => {
  it("fails with one line naming ENOSPC, leaves the old file whole and no temporary file", () => {
    const dir = mkdtempSync(join(tmpdir(), "bilateral-full-"))
    const path = join(dir, "out.json")
    writeFileSync(path, "old content")
    let caught: unknown
    try {
      writeFileAtomic(path, "a much longer new content", { replace: true })
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(WriteError)
    expect(errorLine(caught)).toBe(
      `bilateral: cannot write ${path}: ENOSPC (no space left on device)`,
    )
    expect(readFileSync(path, "utf8")).toBe("old content")
    expect(readdirSync(dir)).toEqual(["out.json"])
  })
})
