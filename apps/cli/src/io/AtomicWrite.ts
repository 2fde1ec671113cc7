/**
 * Writes an output file without ever leaving half of one and without replacing anything by
 * surprise. The content goes to a temporary file beside the target and is flushed to disk; then
 * a new file is linked into place (which fails if something appeared there meanwhile), or an
 * existing regular file is replaced by rename, keeping its mode (unless `replace` is false, as for
 * `export --out` without `--force`). Symbolic links,
 * directories, FIFOs, devices, sockets and files with other hard links are refused with the
 * reason, `force` or not. On any failure the temporary file is removed and the target is left as
 * it was.
 */
import { randomBytes } from "node:crypto"
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  linkSync,
  lstatSync,
  openSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import { shorten, systemReason, WriteError } from "../cli/Errors"

/** How `writeFileAtomic` treats a file that is already at the path. */
export interface WriteOptions {
  /**
   * Whether an existing regular file may be replaced (its mode, and owner when allowed, are kept).
   * Default true; false refuses it, saying to add --force.
   */
  readonly replace?: boolean
}

/** Codes of file systems that cannot make hard links; a new file is then renamed into place. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"])

const kindOf = (stats: Stats): string | undefined => {
  if (stats.isSymbolicLink()) return "a symbolic link"
  if (stats.isDirectory()) return "a directory"
  if (stats.isFIFO()) return "a FIFO (named pipe)"
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device"
  if (stats.isSocket()) return "a socket"
  return stats.isFile() ? undefined : "not a regular file"
}

const lstatOrUndefined = (path: string): Stats | undefined => {
  try {
    return lstatSync(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined
    throw error
  }
}

/**
 * What is at `target` that may be replaced: undefined when nothing is there.
 * @throws WriteError when what is there must not be replaced.
 */
const checkTarget = (path: string, target: string, replace: boolean): Stats | undefined => {
  const fail = (reason: string) => new WriteError({ target: shorten(path), reason })
  let existing: Stats | undefined
  try {
    existing = lstatOrUndefined(target)
  } catch (error) {
    throw fail(systemReason(error))
  }
  if (existing === undefined) return undefined
  const kind = kindOf(existing)
  if (kind !== undefined) {
    const hint =
      kind === "a symbolic link"
        ? "; give the path of a regular file (the link and its target are left alone)"
        : ""
    throw fail(`it is ${kind}, and only a regular file is ever replaced${hint}`)
  }
  if (!replace) throw fail("it already exists; add --force to replace it")
  if (existing.nlink > 1) {
    throw fail(
      `it has ${existing.nlink} hard links, which replacing it would separate; remove the other links or write elsewhere`,
    )
  }
  return existing
}

/**
 * Writes `content` to `path`: a new file, or a replaced regular file unless `replace` is false.
 * @throws WriteError with a one-line reason when the path is refused or cannot be written.
 */
export const writeFileAtomic = (
  path: string,
  content: string | Uint8Array,
  options: WriteOptions = {},
): void => {
  const target = resolve(path)
  const dir = dirname(target)
  const fail = (reason: string) => new WriteError({ target: shorten(path), reason })
  let dirStat: Stats
  try {
    dirStat = statSync(dir)
  } catch {
    throw fail(`the directory ${shorten(dir)} does not exist`)
  }
  if (!dirStat.isDirectory()) throw fail(`${shorten(dir)} is not a directory`)
  const existing = checkTarget(path, target, options.replace !== false)

  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  )
  let fd: number | undefined
  // Once the content is in place, a failure to tidy up the temporary file is not a failed write.
  let placed = false
  try {
    // A new file gets the usual mode (0666 less the umask); a replaced one keeps its own.
    fd = openSync(temp, "wx", existing === undefined ? 0o666 : 0o600)
    if (existing !== undefined) {
      fchmodSync(fd, existing.mode & 0o7777)
      try {
        fchownSync(fd, existing.uid, existing.gid)
      } catch {
        // Only the superuser may give a file away; the owner then stays the writer.
      }
    }
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    if (existing === undefined) {
      // link() fails with EEXIST instead of replacing a file that appeared since the check.
      try {
        linkSync(temp, target)
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? ""
        if (!NO_LINKS.has(code) || lstatOrUndefined(target) !== undefined) throw error
        renameSync(temp, target)
        placed = true
        return
      }
      placed = true
      unlinkSync(temp)
    } else {
      const now = lstatOrUndefined(target)
      if (now === undefined || now.ino !== existing.ino || now.dev !== existing.dev) {
        throw fail("it changed while the export was being written; nothing was replaced")
      }
      renameSync(temp, target)
      placed = true
    }
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {}
    }
    try {
      unlinkSync(temp)
    } catch {}
    if (placed) return
    if (error instanceof WriteError) throw error
    const code = (error as NodeJS.ErrnoException).code
    throw fail(
      code === "EEXIST"
        ? "a file appeared there while it was being written; nothing was replaced"
        : systemReason(error),
    )
  }
}
