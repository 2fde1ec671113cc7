// What the browser loads: client components ("use client") and every module they import. The
// dataset and the domain's schemas (with effect) must stay on the server, where pages are built.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { describe, expect, it } from "vitest"

const web = join(__dirname, "..", "..")

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? walk(path) : [path]
  })

const specifiers = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/^\s*(?:import|export)\b[^"']*?["']([^"']+)["']/gmu)]
    .filter((m) => !/^\s*import\s+type\b/u.test(m[0]) && !/^\s*export\s+type\b/u.test(m[0]))
    .map((m) => m[1] ?? "")

const resolveLocal = (from: string, spec: string): string | undefined => {
  const base = spec.startsWith("@/")
    ? join(web, "src", spec.slice(2))
    : resolve(dirname(from), spec)
  return ["", ".ts", ".tsx", "/index.ts", "/index.tsx"]
    .map((ext) => `${base}${ext}`)
    .find((path) => existsSync(path) && statSync(path).isFile())
}

/** The packages the client modules import (values, not types), with the module importing each. */
const clientPackages = (): Array<{ module: string; spec: string }> => {
  const sources = [...walk(join(web, "src")), ...walk(join(web, "app"))].filter((f) =>
    /\.tsx?$/u.test(f),
  )
  const queue = sources.filter((f) => /^\s*["']use client["']/u.test(readFileSync(f, "utf8")))
  const seen = new Set<string>()
  const found: Array<{ module: string; spec: string }> = []
  while (queue.length > 0) {
    const file = queue.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    for (const spec of specifiers(file)) {
      const local = spec.startsWith(".") || spec.startsWith("@/")
      const path = local ? resolveLocal(file, spec) : undefined
      if (path !== undefined) queue.push(path)
      else if (!local) found.push({ module: file.slice(web.length + 1), spec })
    }
  }
  return found
}

describe("the client bundle", () => {
  it("has client components to check", () => {
    expect(clientPackages().some((p) => p.module === "src/components/SearchBox.tsx")).toBe(true)
  })

  it("imports neither @bilateral/data nor the main entry of @bilateral/domain nor effect", () => {
    const heavy = clientPackages().filter(
      (p) =>
        p.spec === "effect" ||
        p.spec.startsWith("effect/") ||
        p.spec.startsWith("@bilateral/data") ||
        p.spec === "@bilateral/domain",
    )
    expect(heavy).toEqual([])
  })

  it("formats on the client only with @bilateral/domain/format, an entry that imports nothing", () => {
    const entry = readFileSync(
      join(web, "..", "..", "packages", "domain", "dist", "format.js"),
      "utf8",
    )
    expect(entry).toContain("formatMultiple")
    expect(entry).not.toMatch(/^\s*import\b|\brequire\(/mu)
  })

  it("folds search text with @bilateral/domain/text, an entry that imports nothing", () => {
    expect(clientPackages()).toContainEqual({
      module: "src/components/SearchBox.tsx",
      spec: "@bilateral/domain/text",
    })
    const entry = readFileSync(
      join(web, "..", "..", "packages", "domain", "dist", "text.js"),
      "utf8",
    )
    expect(entry).toContain("foldText")
    expect(entry).not.toMatch(/\bimport\b|\brequire\(/u)
  })
})
