import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

/** The directory of the test fixtures. */
export const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), "fixtures")
/** A fixture dataset directory by name. */
export const fixture = (name: string): string => join(fixturesDir, name)
/** Source texts for the fixtures. */
export const fixtureSources = join(fixturesDir, "sources")
