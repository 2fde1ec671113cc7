/**
 * `bilateral extract FILE [--published YYYY-MM-DD] [--relation ID] [--json] [--into DIR]
 * [--lang vi|en]`: proposes draft dataset entries from a news article, each with its verbatim
 * quote, for a person to review. Prints draft YAML by default, the proposals as JSON with
 * --json, or writes the draft beside the relation's files in dataset DIR with --into, so that
 * `bilateral validate DIR` checks it.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs"
import { basename, dirname, join } from "node:path"
import { type DatasetFile, readDatasetDirectory } from "@bilateral/data"
import {
  ExtractOptionError,
  extract,
  publicationLine,
  renderDraft,
  splitParagraphs,
} from "@bilateral/extract"
import { Effect } from "effect"
import { ArgumentError, type Command, type GlobalOptions } from "../cli/Args"
import { UserError } from "../cli/Errors"
import { loadIndex } from "../data/LoadIndex"
import { writeFileAtomic } from "../io/AtomicWrite"
import { type Context, json, type Output, ok } from "./Context"

type ExtractCommand = Extract<Command, { name: "extract" }>

/** The source id an article file gets: its name without the extension, in kebab-case. */
export const sourceIdOf = (file: string): string =>
  basename(file)
    .replace(/\.[^.]*$/u, "")
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gu, "d")
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-|-$/gu, "")

const readArticle = (file: string): string => {
  let text: string
  try {
    if (!statSync(file).isFile())
      throw new UserError(`${file} is not a file: expected an article as plain text`)
    text = readFileSync(file, "utf8")
  } catch (error) {
    if (error instanceof UserError) throw error
    throw new UserError(`${file} cannot be read: expected an article as plain text (UTF-8)`)
  }
  if (text.includes("\u0000") || text.includes("\uFFFD")) {
    throw new UserError(`${file} is not UTF-8 text: expected an article as plain text`)
  }
  if (text.trim() === "") throw new UserError(`${file} is empty: expected an article as plain text`)
  return text
}

/** Runs `extract`. */
export const extractArticle = async (
  command: ExtractCommand,
  options: GlobalOptions,
  ctx: Context,
): Promise<Output> => {
  const text = readArticle(command.file)
  const id = sourceIdOf(command.file)
  if (id === "") {
    throw new ArgumentError(
      `extract: "${command.file}" gives no source id: expected a file name with letters or digits, such as vn-kz-2025-05.txt`,
    )
  }
  if (command.into !== undefined && !existsSync(command.into)) {
    throw new UserError(`--into ${command.into} does not exist: expected a dataset directory`)
  }
  const index = await loadIndex(command.into ?? options.data)
  let result: ReturnType<typeof extract>
  try {
    result = extract(
      text,
      {
        published: command.published,
        relation: command.relation,
        language: command.language,
      },
      index,
    )
  } catch (error) {
    if (error instanceof ExtractOptionError) throw new ArgumentError(error.message)
    throw error
  }
  if (ctx.json && command.into === undefined) return json(result)
  // The title: the first paragraph, or the one after a publication date line ("19/03/2025 21:05").
  const paragraphs = splitParagraphs(text)
  const first = paragraphs[publicationLine(paragraphs)?.paragraph === 1 ? 1 : 0] ?? ""
  const title = /^\s*date\s/iu.test(first) || first.length > 160 ? undefined : first.trim()
  const render = (files?: ReadonlyArray<DatasetFile>) =>
    renderDraft(result, {
      index,
      source: { id, file: basename(command.file) },
      ...(title !== undefined ? { title } : {}),
      ...(files !== undefined ? { files } : {}),
    })
  let draft = render()
  // A figure the dataset holds with another value: read its files, so the draft names the
  // observation's file:line.
  if (command.into !== undefined && draft.conflicts.length > 0)
    draft = render((await Effect.runPromise(readDatasetDirectory(command.into))).files)
  if (command.into === undefined) {
    return ok(draft.files.map((f) => `# --- ${f.path}\n${f.text}`).join("\n"))
  }
  const written: string[] = []
  for (const file of draft.files) {
    const path = join(command.into, file.path)
    try {
      mkdirSync(dirname(path), { recursive: true })
      writeFileAtomic(path, file.text)
    } catch (error) {
      const reason = error instanceof Error && "code" in error ? String(error.code) : String(error)
      throw new UserError(`cannot write ${path}: ${reason}`)
    }
    written.push(path)
  }
  const counts = {
    proposals: result.proposals.length,
    held: draft.held.length,
    conflicts: draft.conflicts.length,
  }
  if (ctx.json) return json({ formatVersion: result.formatVersion, written, ...counts })
  const vi = ctx.lang === "vi"
  return ok(
    `${[
      vi
        ? `Đã ghi bản nháp (${counts.proposals} đề xuất; ${counts.held} đã có trong dữ liệu; ${counts.conflicts} số liệu khác với dữ liệu):`
        : `Wrote the draft (${counts.proposals} proposals; ${counts.held} already in the dataset; ${counts.conflicts} figures that differ from it):`,
      ...written.map((w) => `  ${w}`),
      vi
        ? `Kiểm tra: bilateral validate ${command.into} --sources ${dirname(command.file)}`
        : `Check it: bilateral validate ${command.into} --sources ${dirname(command.file)}`,
    ].join("\n")}\n`,
  )
}
