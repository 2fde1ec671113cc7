/**
 * `bilateral new relation <id>`: scaffolds a relation's files in a dataset directory (the one
 * from --data / BILATERAL_DATA, else the repository's packages/data/dataset), and adds each
 * partner that countries.yaml lacks, named from the ISO 3166-1 list. Everything is checked
 * before anything is written, and a failure while writing leaves the dataset as it was.
 */
import { existsSync, readFileSync, statSync } from "node:fs"
import { join } from "node:path"
import { type IsoCountry, isoCountry } from "@bilateral/data"
import type { Command, GlobalOptions } from "../cli/Args"
import { UserError } from "../cli/Errors"
import type { Context, Output } from "./Context"
import { COUNTRIES_FILE, withCountries } from "./new/CountriesFile"
import { newReport } from "./new/NewReport"
import { parseRelationId } from "./new/RelationId"
import { relationTemplates } from "./new/RelationTemplates"
import { readState, repositoryDatasetDir, shown } from "./new/TargetDataset"
import { renderTemplate, type TemplateCountry } from "./new/Template"
import { writeAll } from "./new/WriteRelation"

type NewCommand = Extract<Command, { name: "new" }>

/** Runs `new relation <id>`. */
export const newRelation = (command: NewCommand, options: GlobalOptions, ctx: Context): Output => {
  const { id, codes } = parseRelationId(command.id)
  const fromRepository = options.data === undefined
  const dir = options.data ?? repositoryDatasetDir()
  if (dir === undefined) {
    throw new UserError(
      "new relation needs the dataset directory to write to: pass --data DIR or set BILATERAL_DATA (the default, packages/data/dataset, exists only when bilateral runs from a checkout of the repository)",
    )
  }
  let isDir = false
  try {
    isDir = statSync(dir).isDirectory()
  } catch {
    throw new UserError(`the dataset directory ${dir} does not exist: expected a directory`)
  }
  if (!isDir) throw new UserError(`${dir} is not a directory: expected a dataset directory`)
  const where = shown(dir)

  if (existsSync(join(dir, "relations", id))) {
    throw new UserError(
      `relation ${id} already exists (${join(where, "relations", id)}/): expected an id that is not there yet; edit its files instead`,
    )
  }
  const state = readState(dir)
  const [a, b] = codes
  const same = state.relations.find(
    (r) => r.countries.length === 2 && r.countries.includes(a) && r.countries.includes(b),
  )
  if (same !== undefined) {
    throw new UserError(
      `relation ${same.id} (${join(where, same.file)}) already joins ${a} and ${b}: expected one relation per pair of countries; add the facts to relations/${same.id}/ instead`,
    )
  }

  const added = codes
    .filter((code) => !state.countries.has(code))
    .map((code) => isoCountry(code) as IsoCountry)
  const countryOf = (code: string): TemplateCountry => {
    const iso = isoCountry(code) as IsoCountry
    const own = state.countries.get(code)
    return { code, name: { vi: own?.vi ?? iso.name.vi, en: own?.en ?? iso.name.en } }
  }
  const countries = [countryOf(a), countryOf(b)] as const
  const files = relationTemplates({ id, countries }).map((file) => ({
    name: file.name,
    text: renderTemplate(file),
  }))
  const countriesPath = join(dir, COUNTRIES_FILE)
  const countriesText =
    added.length === 0
      ? undefined
      : withCountries(
          existsSync(countriesPath) ? readFileSync(countriesPath, "utf8") : undefined,
          added,
          id,
        )

  writeAll(dir, id, files, countriesText)

  const created = files.map((f) => `relations/${id}/${f.name}`)
  if (ctx.json) {
    return {
      exitCode: 0,
      stdout: `${JSON.stringify(
        {
          relation: id,
          countries: codes,
          directory: dir,
          created,
          countriesAdded: added.map((c) => ({ code: c.code, name: c.name })),
        },
        null,
        2,
      )}\n`,
    }
  }
  return {
    exitCode: 0,
    stdout: newReport(ctx, { id, dir: where, countries, created, added, fromRepository }),
  }
}
