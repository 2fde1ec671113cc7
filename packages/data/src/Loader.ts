/**
 * The loader: dataset files in, a decoded dataset or every problem out. It is pure (files are
 * passed as text), so that the embedded dataset and a dataset read from a directory go through the
 * same code.
 *
 * @since 0.1.0
 */
import {
  Agreement,
  Claim,
  COLLECTIONS,
  type Collection,
  CooperationArea,
  Country,
  type Dataset,
  DatasetAbout,
  Event,
  IndicatorSeries,
  Measure,
  Membership,
  MultilateralSupport,
  Organisation,
  Person,
  Project,
  Relation,
  SisterRegion,
  Source,
  Statement,
  TradeGood,
} from "@bilateral/domain"
import { Either, type ParseResult, Schema } from "effect"
import { ENTRY_NAMES } from "./Collections"
import { crossCheck, type Entries, type Located, type SourceTexts } from "./CrossChecks"
import {
  type DatasetFile,
  locate,
  type NodePath,
  type ParsedFile,
  type ParseMode,
  parseFile,
} from "./DatasetFile"
import {
  CONTROL_CHARACTER,
  capProblems,
  compareProblems,
  type DatasetProblem,
} from "./DatasetProblem"
import { describeIssue, didYouMean, showValue } from "./IssueMessages"

/** The schema of one entry of each collection. */
const ENTRY_SCHEMAS: { readonly [K in Collection]: Schema.Schema<Dataset[K][number], unknown> } = {
  sources: Source as Schema.Schema<Dataset["sources"][number], unknown>,
  countries: Country as Schema.Schema<Dataset["countries"][number], unknown>,
  organisations: Organisation as Schema.Schema<Dataset["organisations"][number], unknown>,
  memberships: Membership as Schema.Schema<Dataset["memberships"][number], unknown>,
  people: Person as Schema.Schema<Dataset["people"][number], unknown>,
  relations: Relation as Schema.Schema<Dataset["relations"][number], unknown>,
  events: Event as Schema.Schema<Dataset["events"][number], unknown>,
  agreements: Agreement as Schema.Schema<Dataset["agreements"][number], unknown>,
  indicators: IndicatorSeries as Schema.Schema<Dataset["indicators"][number], unknown>,
  sisterRegions: SisterRegion as Schema.Schema<Dataset["sisterRegions"][number], unknown>,
  support: MultilateralSupport as Schema.Schema<Dataset["support"][number], unknown>,
  cooperationAreas: CooperationArea as Schema.Schema<Dataset["cooperationAreas"][number], unknown>,
  projects: Project as Schema.Schema<Dataset["projects"][number], unknown>,
  tradeGoods: TradeGood as Schema.Schema<Dataset["tradeGoods"][number], unknown>,
  measures: Measure as Schema.Schema<Dataset["measures"][number], unknown>,
  statements: Statement as Schema.Schema<Dataset["statements"][number], unknown>,
  claims: Claim as Schema.Schema<Dataset["claims"][number], unknown>,
}

type Decoders = {
  readonly [K in Collection]: (
    u: unknown,
  ) => Either.Either<Dataset[K][number], ParseResult.ParseError>
}

/** One decoder per collection, made once: every error at once, unknown fields refused. */
const DECODERS = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c,
    Schema.decodeUnknownEither(ENTRY_SCHEMAS[c] as Schema.Schema<unknown, unknown>, {
      errors: "all",
      onExcessProperty: "error",
    }),
  ]),
) as unknown as Decoders

/**
 * The same decoders with Effect's defaults: they stop at the first error and drop unknown fields
 * instead of refusing them, which makes them two to three times faster. An entry is taken from
 * them only when it decodes and no field of it was dropped (`keepsEveryKey`); any other entry
 * goes through `DECODERS`, so values and problems are the strict decoders' own.
 */
const LENIENT_DECODERS = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c,
    Schema.decodeUnknownEither(ENTRY_SCHEMAS[c] as Schema.Schema<unknown, unknown>),
  ]),
) as unknown as Decoders

/**
 * Whether every key of every mapping in `input` is still in the decoded `output` at the same
 * place (the decoders drop unknown fields, and keep or add the known ones). Lists must keep
 * their length. It walks the output's shape, so a value the output does not hold is never
 * entered (an unknown field aliasing its own entry included).
 */
const keepsEveryKey = (input: unknown, output: unknown): boolean => {
  if (Array.isArray(input)) {
    if (!Array.isArray(output) || output.length !== input.length) return false
    for (let i = 0; i < input.length; i++) if (!keepsEveryKey(input[i], output[i])) return false
    return true
  }
  if (!isRecord(input)) return true
  if (typeof output !== "object" || output === null || Array.isArray(output)) return false
  for (const key of Object.keys(input)) {
    if (!Object.hasOwn(output, key)) return false
    if (!keepsEveryKey(input[key], (output as Record<string, unknown>)[key])) return false
  }
  return true
}

/** Collections whose entries carry a `relation` field, which files under relations/<id>/ may omit. */
const RELATION_SCOPED: ReadonlySet<Collection> = new Set<Collection>([
  "events",
  "indicators",
  "sisterRegions",
  "support",
  "cooperationAreas",
  "projects",
  "tradeGoods",
  "measures",
  "statements",
  "claims",
])

/** The top-level key that says what the dataset is about (in dataset.yaml). */
const ABOUT_KEY = "about"

/**
 * The relation a file belongs to by its folder: `relations/vn-kz/events.yaml` belongs to `vn-kz`.
 * @since 0.1.0
 * @category helpers
 */
export const relationOfPath = (path: string): string | undefined =>
  /^relations\/([^/]+)\//u.exec(path)?.[1]

/**
 * Options of the loader. `sources` holds the texts of the source documents (paths relative to
 * the sources directory); when given, every quote is looked up in its source's text. `parser`
 * picks the YAML parser (see below).
 * @since 0.1.0
 * @category models
 */
export interface LoadOptions {
  readonly sources?: ReadonlyArray<DatasetFile> | undefined
  /**
   * Which YAML parser reads the files: `fast` (the default: js-yaml, with `yaml` for files that
   * fail or have problems) or `positions` (`yaml` for every file; slower, the same result).
   */
  readonly parser?: ParseMode | undefined
}

/**
 * The outcome of loading: the dataset when there is no problem at all, every problem otherwise,
 * and counts (entries per collection, `files`, `quotes`, and `quotesVerified` — the quotes found
 * in their source text). `about` is the dataset's `about:` (from dataset.yaml) when decoded.
 * @since 0.1.0
 * @category models
 */
export interface LoadReport {
  readonly dataset: Dataset | undefined
  /** What the dataset says it is about (its `about:`), when a file says it. */
  readonly about: DatasetAbout | undefined
  readonly problems: ReadonlyArray<DatasetProblem>
  readonly counts: Readonly<Record<string, number>>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const emptyEntries = (): { [K in Collection]: Array<Located<Dataset[K][number]>> } =>
  Object.fromEntries(COLLECTIONS.map((c) => [c, []])) as unknown as {
    [K in Collection]: Array<Located<Dataset[K][number]>>
  }

/** Fills the relation of entries in relations/<id>/ and checks the ones that name it. */
const fillRelation = (
  collection: Collection,
  raw: unknown,
  folder: string,
  problem: (path: NodePath, message: string) => void,
  path: NodePath,
): unknown => {
  if (!isRecord(raw)) return raw
  if (collection === "relations") {
    if (typeof raw.id === "string" && raw.id !== folder)
      problem(
        [...path, "id"],
        `relation id "${raw.id}" does not match its folder relations/${folder}/: expected "${folder}"`,
      )
    return raw
  }
  if (collection === "agreements") {
    if (!("relations" in raw)) return { ...raw, relations: [folder] }
    if (Array.isArray(raw.relations) && !raw.relations.includes(folder))
      problem(
        [...path, "relations"],
        `agreement in relations/${folder}/ does not list "${folder}" in relations: expected it among them, or no relations field`,
      )
    return raw
  }
  if (!RELATION_SCOPED.has(collection)) return raw
  if (!("relation" in raw)) return { ...raw, relation: folder }
  if (raw.relation !== folder)
    problem(
      [...path, "relation"],
      `relation ${showValue(raw.relation)} does not match the folder relations/${folder}/: expected "${folder}", or no relation field`,
    )
  return raw
}

/**
 * Loads a dataset from its files: parses the YAML, fills the relation of entries under
 * relations/<id>/, decodes every entry with the domain schemas, then checks across files
 * (unique ids, resolved references, quotes). Never throws; returns every problem at once, and a
 * dataset only when there is none.
 * @example
 * const report = loadFiles([{ path: "people.yaml", text: "people: []\n" }])
 * report.problems // []
 * @since 0.1.0
 * @category loading
 */
export const loadFiles = (
  files: ReadonlyArray<DatasetFile>,
  options: LoadOptions = {},
): LoadReport => {
  const problems: Array<DatasetProblem> = []
  const entries = emptyEntries()
  let about: Located<DatasetAbout> | undefined
  const unreadIds = new Map<Collection, Set<string>>()
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))

  for (const file of sorted) {
    // js-yaml first; a file with any problem is read again by `yaml`, so that its problems are
    // exactly those `yaml` gives (the fast path is only trusted for files without problems).
    let outcome = readFile(parseFile(file, options.parser ?? "fast"), about)
    if (outcome.problems.length > 0 && outcome.mode === "fast")
      outcome = readFile(parseFile(file, "positions"), about)
    for (const p of outcome.problems) problems.push(p)
    for (const [collection, entry] of outcome.entries)
      (entries[collection] as Array<Located<unknown>>).push(entry)
    for (const [collection, id] of outcome.unread) rememberUnread(collection, id, unreadIds)
    about = outcome.about
  }

  const texts: SourceTexts | undefined =
    options.sources === undefined
      ? undefined
      : new Map(options.sources.map((s) => [s.path, s.text] as const))
  const checked = crossCheck(entries as Entries, unreadIds, texts, about)
  problems.push(...checked.problems)

  const counts: Record<string, number> = { files: files.length }
  for (const c of COLLECTIONS) counts[c] = entries[c].length
  counts.quotes = checked.quotes
  counts.quotesVerified = checked.quotesVerified

  problems.sort(compareProblems)
  const listed = capProblems(problems)
  const dataset =
    problems.length === 0
      ? (Object.fromEntries(
          COLLECTIONS.map((c) => [c, entries[c].map((e) => e.value)]),
        ) as unknown as Dataset)
      : undefined
  return {
    dataset,
    about: dataset === undefined ? undefined : about?.value,
    problems: listed,
    counts,
  }
}

interface FileOutcome {
  readonly mode: ParseMode
  readonly problems: ReadonlyArray<DatasetProblem>
  readonly entries: ReadonlyArray<readonly [Collection, Located<unknown>]>
  readonly unread: ReadonlyArray<readonly [Collection, string]>
  readonly about: Located<DatasetAbout> | undefined
}

/** Decodes the entries of one parsed file; `about` is the dataset's `about:` met so far. */
const readFile = (
  result: ReturnType<typeof parseFile>,
  aboutSoFar: Located<DatasetAbout> | undefined,
): FileOutcome => {
  const { parsed, mode } = result
  const problems: Array<DatasetProblem> = [...result.problems]
  const entries: Array<readonly [Collection, Located<unknown>]> = []
  const unread: Array<readonly [Collection, string]> = []
  let about = aboutSoFar
  const at = (path: NodePath, message: string, on: "value" | "key" = "value") =>
    problems.push({ file: parsed.path, ...locate(parsed, path, on), message })
  const done = (): FileOutcome => {
    // Every problem of this file is located by now; later checks re-parse it if they need to.
    parsed.release()
    return { mode, problems, entries, unread, about }
  }
  if (!parsed.wellFormed || parsed.value == null) {
    rememberIds(parsed.value, unread)
    return done()
  }
  if (!isRecord(parsed.value)) {
    at(
      [],
      `the file holds ${showValue(parsed.value)}: expected a mapping from collection names to lists, such as "events:" followed by entries`,
    )
    return done()
  }
  const folder = relationOfPath(parsed.path)
  for (const [key, list] of Object.entries(parsed.value)) {
    if (key === ABOUT_KEY) {
      if (about !== undefined) {
        const first = locate(about.file, [ABOUT_KEY], "key")
        at(
          [key],
          `a second "about:" (the first is at ${about.file.path}:${first.line}:${first.column}): expected one "about:" in the whole dataset, in dataset.yaml`,
          "key",
        )
        continue
      }
      const decoded = decodeAbout(list, parsed, at)
      if (decoded !== undefined) about = decoded
      continue
    }
    if (!(COLLECTIONS as ReadonlyArray<string>).includes(key)) {
      at(
        [key],
        `unknown collection "${key}"${didYouMean(key, [ABOUT_KEY, ...COLLECTIONS])}: expected one of ${COLLECTIONS.join(", ")} (or ${ABOUT_KEY}, in dataset.yaml)`,
        "key",
      )
      continue
    }
    const collection = key as Collection
    if (!Array.isArray(list)) {
      at(
        [key],
        `${key} is ${showValue(list)}: expected a list of entries (write "${key}: []" for none)`,
      )
      continue
    }
    list.forEach((raw, index) => {
      const path: NodePath = [collection, index]
      controlCharacters(raw, path, at)
      const filled = folder === undefined ? raw : fillRelation(collection, raw, folder, at, path)
      decodeEntry(collection, filled, parsed, path, entries, unread, at)
    })
  }
  return done()
}

/** Names of the control characters most often met, for messages. */
const CONTROL_NAMES: Readonly<Record<number, string>> = {
  0: "NUL",
  7: "BEL",
  8: "BS",
  9: "TAB",
  10: "LF (a line break)",
  11: "VT",
  12: "FF",
  13: "CR",
  27: "ESC",
  127: "DEL",
  133: "NEL",
  8232: "LINE SEPARATOR",
  8233: "PARAGRAPH SEPARATOR",
}

/**
 * Reports every text of an entry that holds a control character (line breaks included: every
 * text field is one line; a long one is written with ">-", which folds its lines into one), with
 * the character and its place, so that no text can move a terminal's cursor or break a table.
 */
const controlCharacters = (
  raw: unknown,
  path: NodePath,
  at: (path: NodePath, message: string, on?: "value" | "key") => void,
): void => {
  const stack: Array<{ value: unknown; path: NodePath }> = [{ value: raw, path }]
  let budget = 100_000
  while (stack.length > 0 && budget-- > 0) {
    const { value, path: here } = stack.pop() as { value: unknown; path: NodePath }
    if (typeof value === "string") {
      const match = CONTROL_CHARACTER.exec(value)
      if (match === null) continue
      const code = match[0].codePointAt(0) ?? 0
      const hex = code.toString(16).toUpperCase().padStart(4, "0")
      const name = CONTROL_NAMES[code]
      const field = here.findLast((s) => typeof s === "string") ?? "text"
      at(
        here,
        `${String(field)} holds the control character ${name === undefined ? `U+${hex}` : `${name} (U+${hex})`} at character ${match.index + 1}: expected text on one line without control characters`,
      )
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        stack.push({ value: v, path: [...here, i] })
      })
    } else if (isRecord(value)) {
      for (const [k, v] of Object.entries(value)) stack.push({ value: v, path: [...here, k] })
    }
  }
}

/** Decodes the value of `about:`, reporting its problems; `undefined` when it has any. */
const decodeAbout = (
  raw: unknown,
  parsed: ParsedFile,
  at: (path: NodePath, message: string, on?: "value" | "key") => void,
): Located<DatasetAbout> | undefined => {
  const path: NodePath = [ABOUT_KEY]
  const decoded = Schema.decodeUnknownEither(DatasetAbout, {
    errors: "all",
    onExcessProperty: "error",
  })(raw)
  if (Either.isRight(decoded)) return { value: decoded.right, file: parsed, path }
  for (const report of describeIssue(decoded.left.issue, "about")) {
    at([...path, ...report.path], report.message, report.on)
  }
  return undefined
}

const decodeEntry = <K extends Collection>(
  collection: K,
  raw: unknown,
  parsed: ParsedFile,
  path: NodePath,
  entries: Array<readonly [Collection, Located<unknown>]>,
  unread: Array<readonly [Collection, string]>,
  at: (path: NodePath, message: string, on?: "value" | "key") => void,
): void => {
  let decoded: Either.Either<Dataset[K][number], ParseResult.ParseError>
  try {
    decoded = (LENIENT_DECODERS[collection] as (u: unknown) => typeof decoded)(raw)
    if (Either.isLeft(decoded) || !keepsEveryKey(raw, decoded.right))
      decoded = (DECODERS[collection] as (u: unknown) => typeof decoded)(raw)
  } catch {
    // A value the schemas cannot walk, such as a list that contains itself through a YAML alias.
    at(
      path,
      `${ENTRY_NAMES[collection]} could not be read: expected plain values, without aliases that contain themselves`,
    )
    rememberId(collection, raw, unread)
    return
  }
  if (Either.isRight(decoded)) {
    entries.push([collection, { value: decoded.right, file: parsed, path }])
    return
  }
  for (const report of describeIssue(decoded.left.issue, ENTRY_NAMES[collection])) {
    at([...path, ...report.path], report.message, report.on)
  }
  rememberId(collection, raw, unread)
}

const rememberId = (
  collection: Collection,
  raw: unknown,
  unread: Array<readonly [Collection, string]>,
): void => {
  if (!isRecord(raw)) return
  const id = collection === "countries" ? raw.code : raw.id
  if (typeof id === "string") unread.push([collection, id])
}

const rememberUnread = (
  collection: Collection,
  id: string,
  unreadIds: Map<Collection, Set<string>>,
): void => {
  const known = unreadIds.get(collection) ?? new Set<string>()
  known.add(id)
  unreadIds.set(collection, known)
}

/** Remembers the ids of a file that could not be decoded, so that references to them are not reported too. */
const rememberIds = (value: unknown, unread: Array<readonly [Collection, string]>): void => {
  if (!isRecord(value)) return
  for (const [key, list] of Object.entries(value)) {
    if (!(COLLECTIONS as ReadonlyArray<string>).includes(key) || !Array.isArray(list)) continue
    for (const raw of list) rememberId(key as Collection, raw, unread)
  }
}
