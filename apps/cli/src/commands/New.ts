/**
 * `bilateral new relation <id>`: scaffolds a relation's files in a dataset directory (the one
 * from --data / BILATERAL_DATA, else the repository's packages/data/dataset), and adds each
 * partner that countries.yaml lacks, named from the ISO 3166-1 list. Everything is checked
 * before anything is written, and a failure while writing leaves the dataset as it was.
 */
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs"
import { isAbsolute, join, relative, sep } from "node:path"
import { type IsoCountry, isIsoCountryCode, isoCountry } from "@bilateral/data"
import { Document, isMap, isSeq, parse, parseDocument, type YAMLMap, type YAMLSeq } from "yaml"
import type { Command, GlobalOptions } from "../cli/Args"
import { ArgumentError, quoted, systemReason, UserError, WriteError } from "../cli/Errors"
import { writeFileAtomic } from "../io/AtomicWrite"
import type { Context, Output } from "./Context"
import { relationTemplates, renderTemplate, type TemplateCountry } from "./RelationTemplate"
import { embeddedDatasetDir } from "./Validate"

type NewCommand = Extract<Command, { name: "new" }>

const EXPECTED_ID =
  "expected <a>-<b>, two ISO 3166-1 alpha-2 country codes in lower case, such as vn-uz"

/**
 * Reads a relation id typed on the command line: two different ISO 3166-1 alpha-2 codes in lower
 * case joined by "-" (`vn-uz`). Returns the id and the two codes in upper case, in id order.
 * @throws ArgumentError naming the argument and what was expected.
 */
export const parseRelationId = (text: string): { id: string; codes: readonly [string, string] } => {
  const match = /^([a-z]{2})-([a-z]{2})$/u.exec(text)
  if (match === null) {
    const lower = text.trim().toLowerCase()
    const hint = /^[a-z]{2}-[a-z]{2}$/u.test(lower) ? ` (did you mean ${lower}?)` : ""
    throw new ArgumentError(
      `new relation: ${quoted(text)} is not a relation id${hint}: ${EXPECTED_ID}`,
    )
  }
  const a = match[1] ?? ""
  const b = match[2] ?? ""
  for (const code of [a, b]) {
    if (!isIsoCountryCode(code)) {
      throw new ArgumentError(
        `new relation: ${quoted(code)} in ${quoted(text)} is not an ISO 3166-1 alpha-2 country code: ${EXPECTED_ID}`,
      )
    }
  }
  if (a === b) {
    throw new ArgumentError(
      `new relation: ${quoted(text)} joins ${a.toUpperCase()} with itself: expected two different countries, such as vn-uz`,
    )
  }
  return { id: text, codes: [a.toUpperCase(), b.toUpperCase()] }
}

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

/** What `new` needs to know of the dataset it writes into. */
interface DatasetState {
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
const readState = (dir: string): DatasetState => {
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

const COUNTRIES_FILE = "countries.yaml"

/**
 * countries.yaml with `added` appended to its `countries:` list, comments and layout kept.
 * @throws UserError when the file does not parse or holds no list of countries.
 */
const withCountries = (
  text: string | undefined,
  added: ReadonlyArray<IsoCountry>,
  id: string,
): string => {
  const doc =
    text === undefined
      ? new Document({ countries: [] })
      : parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (text === undefined) {
    doc.commentBefore =
      " Countries, international organisations, and memberships as the sources state them."
  }
  const error = doc.errors[0]
  if (error !== undefined) {
    const at = error.linePos?.[0]
    const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/u, "")
    throw new UserError(
      `${COUNTRIES_FILE}${at ? `:${at.line}:${at.col}` : ""}: the file does not parse (${reason}), so the relation's countries cannot be added to it: expected valid YAML; fix it (bilateral validate shows every problem), then run again`,
    )
  }
  if (doc.contents === null) doc.contents = doc.createNode({ countries: [] }) as never
  if (!isMap(doc.contents)) {
    throw new UserError(
      `${COUNTRIES_FILE}: cannot add ${added.map((c) => c.code).join(", ")}: expected a mapping with a "countries:" list`,
    )
  }
  const map = doc.contents as YAMLMap
  if (!map.has("countries")) map.set("countries", doc.createNode([]))
  const list = map.get("countries", true)
  if (!isSeq(list)) {
    throw new UserError(
      `${COUNTRIES_FILE}: "countries" is not a list, so ${added.map((c) => c.code).join(", ")} cannot be added: expected "countries:" followed by entries`,
    )
  }
  const seq = list as YAMLSeq
  seq.flow = false
  added.forEach((country, i) => {
    const node = doc.createNode({ code: country.code, name: country.name }) as YAMLMap
    const name = node.get("name", true)
    if (isMap(name)) name.flow = true
    if (i === 0) {
      node.spaceBefore = seq.items.length > 0
      node.commentBefore = ` Added by \`bilateral new relation ${id}\`: names from the ISO 3166-1 list (i18n-iso-countries).`
    }
    seq.items.push(node)
  })
  return doc.toString({ lineWidth: 0 })
}

/** A directory as the person should read it: relative to the working directory when inside it. */
const shown = (dir: string): string => {
  const rel = relative(process.cwd(), dir)
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? dir : rel
}

/** Writes the relation's folder in one rename, then countries.yaml; undoes the folder on failure. */
const writeAll = (
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
    stdout: report(ctx, { id, dir: where, countries, created, added, fromRepository }),
  }
}

const report = (
  ctx: Context,
  r: {
    id: string
    dir: string
    countries: readonly [TemplateCountry, TemplateCountry]
    created: ReadonlyArray<string>
    added: ReadonlyArray<IsoCountry>
    fromRepository: boolean
  },
): string => {
  const lang = ctx.lang
  const [a, b] = r.countries
  const partner = b.code.toLowerCase()
  const data = r.fromRepository ? "" : ` --data ${r.dir}`
  const addedLines = r.added.map(
    (c) =>
      `  ${COUNTRIES_FILE}: ${lang === "vi" ? "thêm" : "added"} ${c.code} (${c.name.vi} / ${c.name.en}), ${lang === "vi" ? "tên theo danh mục ISO 3166-1" : "named from the ISO 3166-1 list"}`,
  )
  const steps =
    lang === "vi"
      ? [
          "Bước tiếp theo:",
          "  1. Lưu văn bản bài báo thành <id nguồn>.txt trong một thư mục nguồn (ngoài kho mã), và thêm",
          "     mục của nó vào sources.yaml: id, title, language (ngôn ngữ của văn bản), date, file.",
          `  2. Điền relations/${r.id}/*.yaml theo bài báo: các ví dụ (bịa) trong chú thích nêu mọi trường.`,
          `  3. Kiểm tra: bilateral validate ${r.dir} --sources <thư mục nguồn>`,
          r.fromRepository
            ? `  4. Dựng lại để các ứng dụng đọc được: npx turbo run build --filter=@bilateral/cli, rồi bilateral show ${partner}`
            : `  4. Xem: bilateral show ${partner}${data}`,
        ]
      : [
          "Next steps:",
          "  1. Save the article's text as <source id>.txt in a sources directory (outside the repository)",
          "     and add its entry to sources.yaml: id, title, language (the text's language), date, file.",
          `  2. Fill in relations/${r.id}/*.yaml from the article: the made-up examples in comments show every field.`,
          `  3. Check: bilateral validate ${r.dir} --sources <sources directory>`,
          r.fromRepository
            ? `  4. Rebuild so that the apps read it: npx turbo run build --filter=@bilateral/cli, then bilateral show ${partner}`
            : `  4. See it: bilateral show ${partner}${data}`,
        ]
  const title =
    lang === "vi"
      ? `Đã tạo quan hệ ${r.id} (${a.name.vi} – ${b.name.vi}) trong ${r.dir}:`
      : `Created relation ${r.id} (${a.name.en} – ${b.name.en}) in ${r.dir}:`
  return `${[title, ...r.created.map((f) => `  ${f}`), ...addedLines, "", ...steps].join("\n")}\n`
}
