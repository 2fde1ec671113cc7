/**
 * The dataset `bilateral new relation` writes into: where it is by default, how its directory is
 * named to the person, and what of it `new` reads first (its relations and countries).
 */
import { readdirSync, readFileSync, realpathSync } from "node:fs"
import { isAbsolute, join, relative, sep } from "node:path"
import { parse } from "yaml"
import { embeddedDatasetDir } from "../Validate"

/**
 * The repository's dataset directory (packages/data/dataset), when `bilateral` runs from a
 * checkout of the repository: @bilateral/data resolves to a workspace folder there. An installed
 * copy (inside node_modules) is not a place to write to, so it gives `undefined`.
 */
export const repositoryDatasetDir = (): string | undefined => {
  const dir = embeddedDatasetDir()
  if (dir === undefined) return undefined
  const real = realpathSync(dir)
  return real.split(sep).includes("node_modules") ? undefined : real
}

/** A directory as the person should read it: relative to the working directory when inside it. */
export const shown = (dir: string): string => {
  const rel = relative(process.cwd(), dir)
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? dir : rel
}

/** What `new` needs to know of the dataset it writes into. */
export interface DatasetState {
  readonly relations: ReadonlyArray<{ id: string; countries: ReadonlyArray<string>; file: string }>
  readonly countries: ReadonlyMap<string, { vi?: string; en?: string }>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const yamlFiles = (root: string, at = ""): string[] =>
  readdirSync(join(root, at), { withFileTypes: true }).flatMap((entry) => {
    const path = at === "" ? entry.name : `${at}/${entry.name}`
    if (entry.isDirectory()) return yamlFiles(root, path)
    return entry.isFile() && entry.name.endsWith(".yaml") ? [path] : []
  })

/**
 * Reads the relations and countries of every file it can parse. A file that does not parse is
 * skipped: `bilateral validate` reports it, and `new` does not need to repeat that.
 */
export const readState = (dir: string): DatasetState => {
  const relations: Array<{ id: string; countries: ReadonlyArray<string>; file: string }> = []
  const countries = new Map<string, { vi?: string; en?: string }>()
  for (const file of yamlFiles(dir)) {
    let value: unknown
    try {
      value = parse(readFileSync(join(dir, file), "utf8"))
    } catch {
      continue
    }
    if (!isRecord(value)) continue
    for (const entry of Array.isArray(value.relations) ? value.relations : []) {
      if (!isRecord(entry) || !Array.isArray(entry.countries)) continue
      relations.push({
        id: String(entry.id),
        countries: entry.countries.map((c) => String(c).toUpperCase()),
        file,
      })
    }
    for (const entry of Array.isArray(value.countries) ? value.countries : []) {
      if (!isRecord(entry) || typeof entry.code !== "string") continue
      const name = isRecord(entry.name) ? entry.name : {}
      countries.set(entry.code, {
        ...(typeof name.vi === "string" ? { vi: name.vi } : {}),
        ...(typeof name.en === "string" ? { en: name.en } : {}),
      })
    }
  }
  return { relations, countries }
}
