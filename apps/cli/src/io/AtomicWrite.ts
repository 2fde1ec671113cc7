/**
 * Writes a file atomically: the content goes to a temporary file beside the target, is flushed to
 * disk, then renamed over the target. A reader sees the old file or the new one, never half of one;
 * on failure the temporary file is removed and the target is left as it was.
 */
import { randomBytes } from "node:crypto"
import {
  closeSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs"
import { basename, dirname, join, resolve } from "node:path"
import { UserError } from "../cli/Errors"

/**
 * Writes `content` to `path` atomically.
 * @throws UserError with a one-line message when the path cannot be written.
 */
export const writeFileAtomic = (path: string, content: string | Uint8Array): void => {
  const target = resolve(path)
  const dir = dirname(target)
  let dirStat: ReturnType<typeof statSync> | undefined
  try {
    dirStat = statSync(dir)
  } catch {
    throw new UserError(`cannot write ${path}: the directory ${dir} does not exist`)
  }
  if (!dirStat.isDirectory()) throw new UserError(`cannot write ${path}: ${dir} is not a directory`)
  try {
    if (statSync(target).isDirectory()) {
      throw new UserError(`cannot write ${path}: it is a directory; expected a file path`)
    }
  } catch (error) {
    if (error instanceof UserError) throw error
  }
  const temp = join(
    dir,
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
  )
  let fd: number | undefined
  try {
    fd = openSync(temp, "wx", 0o644)
    const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content
    let offset = 0
    while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temp, target)
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {}
    }
    try {
      unlinkSync(temp)
    } catch {}
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error)
    throw new UserError(`cannot write ${path}: ${reason}`)
  }
}
