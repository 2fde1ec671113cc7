/**
 * Writes a new relation's files and countries.yaml so that a failure on the way leaves the dataset
 * as it was.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs"
import { join } from "node:path"
import { systemReason, WriteError } from "../../cli/Errors"
import { writeFileAtomic } from "../../io/AtomicWrite"
import { COUNTRIES_FILE } from "./CountriesFile"

/** Writes the relation's folder in one rename, then countries.yaml; undoes the folder on failure. */
export const writeAll = (
  dir: string,
  id: string,
  files: ReadonlyArray<{ name: string; text: string }>,
  countriesText: string | undefined,
): void => {
  const relationsDir = join(dir, "relations")
  const createdRelationsDir = !existsSync(relationsDir)
  const target = join(relationsDir, id)
  const staging = join(relationsDir, `.${id}.${process.pid}.new`)
  const undo = () => {
    rmSync(staging, { recursive: true, force: true })
    if (createdRelationsDir) rmSync(relationsDir, { recursive: true, force: true })
  }
  try {
    mkdirSync(relationsDir, { recursive: true })
    mkdirSync(staging)
    for (const file of files) writeFileSync(join(staging, file.name), file.text, { flag: "wx" })
    renameSync(staging, target)
  } catch (error) {
    undo()
    throw new WriteError({ target: `${join(relationsDir, id)}/`, reason: systemReason(error) })
  }
  if (countriesText === undefined) return
  try {
    writeFileAtomic(join(dir, COUNTRIES_FILE), countriesText)
  } catch (error) {
    rmSync(target, { recursive: true, force: true })
    if (createdRelationsDir) rmSync(relationsDir, { recursive: true, force: true })
    throw error
  }
}
