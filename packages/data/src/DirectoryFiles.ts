/**
 * Reading a dataset, and the source texts, from directories on disk (Node). Node's modules are
 * imported only when a directory is read, so the rest of the package runs anywhere.
 *
 * @since 0.1.0
 */
import { Effect } from "effect"
import { type DatasetFile, decodeFileBytes, LIMITS } from "./DatasetFile"
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

/** A file or directory that was not read, and why. */
interface Skipped {
  readonly relative: string
  readonly message: string
}

const readTree = async (
  root: string,
  kind: "dataset" | "sources",
): Promise<{
  files: Array<{ relative: string; bytes: Uint8Array }>
  skipped: Array<Skipped>
  error?: string
}> => {
  const fs = await import("node:fs/promises")
  const path = await import("node:path")
  const files: Array<{ relative: string; bytes: Uint8Array }> = []
  const skipped: Array<Skipped> = []
  // A directory's files are read together, its subdirectories one after another: a few dozen
  // reads in flight at most, in a stable order. Nothing is skipped without a word: links, odd
  // names, directories named like files and files too large are reported by their path.
  const visit = async (relative: string): Promise<void> => {
    const entries = await fs.readdir(path.join(root, relative), { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const children = entries.map((entry) => ({
      entry,
      child: relative === "" ? entry.name : `${relative}/${entry.name}`,
    }))
    const read: Array<string> = []
    const directories: Array<string> = []
    for (const { entry, child } of children) {
      const problem = entryProblem(entry, kind)
      if (problem !== undefined) skipped.push({ relative: child, message: problem })
      else if (entry.isDirectory()) directories.push(child)
      else read.push(child)
    }
    const bytes = await Promise.all(
      read.map(async (child) => {
        const full = path.join(root, child)
        const { size } = await fs.stat(full)
        return size > LIMITS.maxFileBytes ? size : fs.readFile(full)
      }),
    )
    read.forEach((child, i) => {
      const got = bytes[i]
      if (typeof got === "number")
        skipped.push({
          relative: child,
          message: `file too large (${got} bytes): expected at most ${LIMITS.maxFileBytes} bytes; split it into several files`,
        })
      else files.push({ relative: child, bytes: got as Uint8Array })
    })
    for (const child of directories) await visit(child)
  }
  try {
    await visit("")
    return { files, skipped }
  } catch (error) {
    return { files, skipped, error: reason(error) }
  }
}

/** Why a directory entry is not read, or `undefined` when it is. */
const entryProblem = (
  entry: { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean },
  kind: "dataset" | "sources",
): string | undefined => {
  if (entry.isSymbolicLink())
    return "a symbolic link: expected a regular file or directory (links are not followed)"
  if (entry.isDirectory())
    return /\.(?:ya?ml|txt)$/iu.test(entry.name)
      ? "a directory where a file is expected: expected a regular file"
      : undefined
  if (!entry.isFile())
    return "not a regular file (a device, a pipe or a socket): expected a regular file"
  if (kind === "sources") return undefined
  if (entry.name.endsWith(".yaml")) return undefined
  if (entry.name.endsWith(".yml"))
    return "file name ends in .yml: expected .yaml, the only extension the loader reads"
  return /\.ya?ml$/iu.test(entry.name)
    ? `file name "${entry.name}" has its extension in capitals: expected .yaml in lower case`
    : `unexpected file "${entry.name}": expected only .yaml files in a dataset directory`
}

/**
 * Reads every `.yaml` file under a dataset directory, with paths relative to it. Every other
 * entry is a problem named by its path: binary and non-UTF-8 files, `.yml` and `.YAML` files and
 * other names, symbolic links (not followed), directories named like files, files over
 * `LIMITS.maxFileBytes`, devices and pipes. Never fails.
 * @since 0.1.0
 * @category loading
 */
export const readDatasetDirectory = (dir: string): Effect.Effect<DirectoryContents> =>
  Effect.promise(async () => {
    const tree = await readTree(dir, "dataset")
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
    for (const { relative, message } of tree.skipped)
      problems.push({ file: relative, line: 0, column: 0, message })
    for (const read of tree.files) {
      const { relative, bytes } = read
      // The text is all that is kept: drop the bytes as soon as they are decoded.
      read.bytes = EMPTY
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
    const tree = await readTree(dir, "sources")
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
    for (const { relative, message } of tree.skipped)
      problems.push({ file: `${dir}${separator}${relative}`, line: 0, column: 0, message })
    for (const { relative, bytes } of tree.files) {
      const decoded = decodeFileBytes(`${dir}${separator}${relative}`, bytes)
      if (decoded._tag === "Problem") problems.push(decoded.problem)
      else files.push({ path: relative, text: decoded.file.text })
    }
    return { files, problems }
  })
