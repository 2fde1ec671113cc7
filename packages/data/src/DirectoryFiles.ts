/**
 * Reading a dataset, and the source texts, from directories on disk (Node). Node's modules are
 * imported only when a directory is read, so the rest of the package runs anywhere.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { type DatasetFile, decodeFileBytes } from "./DatasetFile"
import type { DatasetProblem } from "./DatasetProblem"

/** What reading a directory gave: its files as text, and the problems met on the way. @since 0.1.0 @category models */
export interface DirectoryContents {
  readonly files: ReadonlyArray<DatasetFile>
  readonly problems: ReadonlyArray<DatasetProblem>
}

const EMPTY = new Uint8Array(0)

const reason = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code
  if (code === "ENOENT") return "it does not exist"
  if (code === "ENOTDIR") return "it is not a directory"
  if (code === "EACCES") return "permission denied"
  return error instanceof Error ? error.message : String(error)
}

const readTree = async (
  root: string,
  keep: (relative: string) => boolean,
): Promise<{ files: Array<{ relative: string; bytes: Uint8Array }>; error?: string }> => {
  const fs = await import("node:fs/promises")
  const path = await import("node:path")
  const files: Array<{ relative: string; bytes: Uint8Array }> = []
  // A directory's files are read together, its subdirectories one after another: a few dozen
  // reads in flight at most, in a stable order.
  const visit = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true })
    const children = entries.map((entry) => ({
      entry,
      child: relative === "" ? entry.name : `${relative}/${entry.name}`,
    }))
    const read = children.filter(({ entry, child }) => entry.isFile() && keep(child))
    const bytes = await Promise.all(read.map(({ child }) => fs.readFile(path.join(root, child))))
    read.forEach(({ child }, i) => {
      files.push({ relative: child, bytes: bytes[i] as Uint8Array })
    })
    for (const { entry, child } of children) if (entry.isDirectory()) await visit(child)
  }
  try {
    await visit("")
    return { files }
  } catch (error) {
    return { files, error: reason(error) }
  }
}

/**
 * Reads every `.yaml` file under a dataset directory, with paths relative to it. Binary and
 * non-UTF-8 files become problems; so do `.yml` files, which the loader would otherwise skip.
 * Never fails.
 * @since 0.1.0
 * @category loading
 */
export const readDatasetDirectory = (dir: string): Effect.Effect<DirectoryContents> =>
  Effect.promise(async () => {
    const tree = await readTree(dir, (p) => p.endsWith(".yaml") || p.endsWith(".yml"))
    const problems: DatasetProblem[] = []
    const files: DatasetFile[] = []
    if (tree.error !== undefined) {
      problems.push({
        file: dir,
        line: 0,
        column: 0,
        message: `cannot read the dataset directory: ${tree.error}; expected a directory holding sources.yaml, countries.yaml, people.yaml and relations/<id>/`,
      })
      return { files, problems }
    }
    for (const read of tree.files) {
      const { relative, bytes } = read
      // The text is all that is kept: drop the bytes as soon as they are decoded.
      read.bytes = EMPTY
      if (relative.endsWith(".yml")) {
        problems.push({
          file: relative,
          line: 0,
          column: 0,
          message: "file name ends in .yml: expected .yaml, the only extension the loader reads",
        })
        continue
      }
      const decoded = decodeFileBytes(relative, bytes)
      if (decoded._tag === "Problem") problems.push(decoded.problem)
      else files.push(decoded.file)
    }
    if (tree.files.length === 0) {
      problems.push({
        file: dir,
        line: 0,
        column: 0,
        message:
          "no .yaml files in the dataset directory: expected sources.yaml, countries.yaml, people.yaml and relations/<id>/",
      })
    }
    return { files, problems }
  })

/**
 * Reads every file of a sources directory as text, with paths relative to it. A file that is not
 * UTF-8 text becomes a problem named by its full path. Never fails.
 * @since 0.1.0
 * @category loading
 */
export const readSourcesDirectory = (dir: string): Effect.Effect<DirectoryContents> =>
  Effect.promise(async () => {
    const tree = await readTree(dir, () => true)
    const problems: DatasetProblem[] = []
    const files: DatasetFile[] = []
    if (tree.error !== undefined) {
      problems.push({
        file: dir,
        line: 0,
        column: 0,
        message: `cannot read the sources directory: ${tree.error}; expected a directory of source texts named <source id>.txt`,
      })
    }
    const separator = dir.endsWith("/") ? "" : "/"
    for (const { relative, bytes } of tree.files) {
      const decoded = decodeFileBytes(`${dir}${separator}${relative}`, bytes)
      if (decoded._tag === "Problem") problems.push(decoded.problem)
      else files.push({ path: relative, text: decoded.file.text })
    }
    return { files, problems }
  })
