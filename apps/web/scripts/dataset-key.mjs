// The content key of a dataset directory: SHA-256 over every file's path (relative, sorted) and
// bytes. `npx turbo run build` hashes BILATERAL_DATA_KEY (apps/web/turbo.json), so a build of one
// dataset is never served from the cache for another, or for the same directory after an edit.
//
//   BILATERAL_DATA=DIR BILATERAL_DATA_KEY=$(node apps/web/scripts/dataset-key.mjs DIR) \
//     npx turbo run build --filter=@bilateral/web
//
// scripts/build.mjs checks the key when turbo runs the build and stops it when the key is
// missing or stale, so turbo never stores a build under a key that does not name its dataset.
import { createHash } from "node:crypto"
import { readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { fileURLToPath } from "node:url"

const filesUnder = (root, relative = "") =>
  readdirSync(join(root, relative), { withFileTypes: true }).flatMap((entry) => {
    const child = relative === "" ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory()) return filesUnder(root, child)
    return entry.isFile() ? [child] : []
  })

/** The content key of the dataset in `dir` (hex). Throws when `dir` cannot be read. */
export const datasetKey = (dir) => {
  const hash = createHash("sha256")
  for (const file of filesUnder(dir).sort()) {
    const bytes = readFileSync(join(dir, file))
    hash.update(`${file}\0${bytes.length}\0`)
    hash.update(bytes)
  }
  return hash.digest("hex")
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? process.env.BILATERAL_DATA
  if (!dir) {
    console.error("dataset-key: expected a dataset directory (argument or BILATERAL_DATA)")
    process.exit(1)
  }
  try {
    console.log(datasetKey(resolve(dir)))
  } catch (error) {
    console.error(`dataset-key: ${dir}: ${error?.code === "ENOENT" ? "it does not exist" : error}`)
    process.exit(1)
  }
}
