/**
 * Checks across files, run on decoded entries: ids unique within each collection, every reference
 * resolved, one relation per pair of countries, every country an entry names belonging to its
 * relation, and every quote found verbatim in its source's text when the texts are given. Every
 * check is one pass over the entries with maps, so the cost grows linearly with the dataset.
 *
 * @since 0.1.0
 */
import type {
  Collection,
  Dataset,
  DatasetAbout,
  Event,
  Participant,
  Relation,
  Source,
} from "@bilateral/domain"
import { COLLECTIONS } from "@bilateral/domain"
import { ENTRY_NAMES } from "./Collections"
import { idOf, provenancesIn } from "./DatasetEntries"
import { locate, type NodePath, type ParsedFile } from "./DatasetFile"
import type { DatasetProblem } from "./DatasetProblem"
import { didYouMean } from "./IssueMessages"
import { checkReporting } from "./ReportedWording"

export { idOf, provenancesIn } from "./DatasetEntries"

/** A decoded entry and where it stands: its file and its path in that file. @since 0.1.0 @category models */
export interface Located<A> {
  readonly value: A
  readonly file: ParsedFile
  readonly path: NodePath
}

/** Every decoded entry, by collection. @since 0.1.0 @category models */
export type Entries = { readonly [K in Collection]: ReadonlyArray<Located<Dataset[K][number]>> }

/** Source texts by file name (relative to the sources directory). @since 0.1.0 @category models */
export type SourceTexts = ReadonlyMap<string, string>

/** The kinds of things an entry can refer to. @since 0.1.0 @category models */
export type ReferenceKind =
  | "relation"
  | "person"
  | "country"
  | "organisation"
  | "event"
  | "agreement"
  | "indicator"
  | "source"

const REFERENCED: { readonly [K in ReferenceKind]: Collection } = {
  relation: "relations",
  person: "people",
  country: "countries",
  organisation: "organisations",
  event: "events",
  agreement: "agreements",
  indicator: "indicators",
  source: "sources",
}

const idField = (collection: Collection) => (collection === "countries" ? "code" : "id")

interface Reference {
  readonly kind: ReferenceKind
  readonly id: string
  readonly path: NodePath
}

const ref = (kind: ReferenceKind, id: string | undefined, ...path: NodePath): Reference[] =>
  id === undefined ? [] : [{ kind, id, path }]

const participantRefs = (p: Participant | undefined, ...path: NodePath): Reference[] =>
  p === undefined
    ? []
    : [
        ...ref("person", p.person, ...path, "person"),
        ...ref("country", p.country, ...path, "country"),
      ]

const participantsRefs = (list: ReadonlyArray<Participant>, field: string): Reference[] =>
  list.flatMap((p, i) => participantRefs(p, field, i))

const eventRefs = (e: Event): Reference[] => {
  const common = [...ref("relation", e.relation, "relation"), ...ref("event", e.partOf, "partOf")]
  switch (e._tag) {
    case "Visit":
      return [
        ...common,
        ...ref("country", e.guest, "guest"),
        ...ref("country", e.host, "host"),
        ...participantRefs(e.leader, "leader"),
        ...participantsRefs(e.delegation, "delegation"),
        ...participantRefs(e.invitedBy, "invitedBy"),
        ...participantsRefs(e.met, "met"),
      ]
    case "PoliticalConsultation":
      return [...common, ...ref("country", e.host, "host"), ...participantsRefs(e.chairs, "chairs")]
    case "PhoneCall":
    case "Meeting":
      return [...common, ...participantsRefs(e.participants, "participants")]
    case "CommissionSession":
      return common
  }
}

/** Every reference an entry makes, with the path of the field that makes it. */
const referencesOf = <K extends Collection>(
  collection: K,
  entry: Dataset[K][number],
): Reference[] => {
  const d = entry as never
  switch (collection) {
    case "sources":
    case "countries":
      return []
    case "organisations": {
      const o = d as Dataset["organisations"][number]
      return ref("organisation", o.parent, "parent")
    }
    case "memberships": {
      const m = d as Dataset["memberships"][number]
      return [
        ...ref("country", m.country, "country"),
        ...ref("organisation", m.organisation, "organisation"),
      ]
    }
    case "people":
      return ref("country", (d as Dataset["people"][number]).country, "country")
    case "relations": {
      const r = d as Dataset["relations"][number]
      return [
        ...r.countries.flatMap((c, i) => ref("country", c, "countries", i)),
        ...r.recognitions.flatMap((x, i) => [
          ...ref("country", x.by, "recognitions", i, "by"),
          ...ref("country", x.of, "recognitions", i, "of"),
        ]),
        ...r.embassies.flatMap((x, i) => [
          ...ref("country", x.sender, "embassies", i, "sender"),
          ...ref("country", x.seat, "embassies", i, "seat"),
          ...ref("country", x.accreditedTo, "embassies", i, "accreditedTo"),
        ]),
      ]
    }
    case "events":
      return eventRefs(d as Event)
    case "agreements": {
      const a = d as Dataset["agreements"][number]
      return [
        ...a.relations.flatMap((r, i) => ref("relation", r, "relations", i)),
        ...a.parties.flatMap((p, i) =>
          p._tag === "CountryParty"
            ? ref("country", p.country, "parties", i, "country")
            : ref("organisation", p.organisation, "parties", i, "organisation"),
        ),
        ...ref("event", a.signedAt, "signedAt"),
      ]
    }
    case "indicators": {
      const s = d as Dataset["indicators"][number]
      return [
        ...ref("relation", s.relation, "relation"),
        ...ref("country", s.from, "from"),
        ...ref("country", s.to, "to"),
      ]
    }
    case "sisterRegions": {
      const s = d as Dataset["sisterRegions"][number]
      return [
        ...ref("relation", s.relation, "relation"),
        ...s.regions.flatMap((r, i) => ref("country", r.country, "regions", i, "country")),
      ]
    }
    case "support": {
      const s = d as Dataset["support"][number]
      return [
        ...ref("relation", s.relation, "relation"),
        ...ref("country", s.supporter, "supporter"),
        ...ref("country", s.supported, "supported"),
        ...ref("organisation", s.body, "body"),
      ]
    }
    case "cooperationAreas": {
      const c = d as Dataset["cooperationAreas"][number]
      return [
        ...ref("relation", c.relation, "relation"),
        ...ref("country", c.proposedBy, "proposedBy"),
      ]
    }
    case "projects": {
      const p = d as Dataset["projects"][number]
      return [
        ...ref("relation", p.relation, "relation"),
        ...p.countries.flatMap((c, i) => ref("country", c, "countries", i)),
      ]
    }
    case "tradeGoods": {
      const t = d as Dataset["tradeGoods"][number]
      return [
        ...ref("relation", t.relation, "relation"),
        ...ref("country", t.from, "from"),
        ...ref("country", t.to, "to"),
      ]
    }
    case "measures": {
      const m = d as Dataset["measures"][number]
      return [
        ...ref("relation", m.relation, "relation"),
        ...ref("country", m.by, "by"),
        ...ref("country", m.for, "for"),
      ]
    }
    case "statements": {
      const s = d as Dataset["statements"][number]
      return [...ref("relation", s.relation, "relation"), ...participantRefs(s.speaker, "speaker")]
    }
    case "claims": {
      const c = d as Dataset["claims"][number]
      const check = c.check
      const own = ref("relation", c.relation, "relation")
      switch (check._tag) {
        case "Anniversary":
          return check.subject._tag === "EventSubject"
            ? [...own, ...ref("event", check.subject.event, "check", "subject", "event")]
            : own
        case "Multiple":
        case "Increase":
          return [...own, ...ref("indicator", check.series, "check", "series")]
        case "FirstVisit":
        case "NoneWithin":
          return [
            ...own,
            ...ref("event", check.event, "check", "event"),
            ...ref("country", check.guest, "check", "guest"),
            ...ref("country", check.host, "check", "host"),
          ]
        case "Qualitative":
          return own
      }
    }
  }
  return []
}

/** A country named by a relation-scoped entry, which must be one of its relation's two. */
interface CountryUse {
  readonly code: string
  readonly path: NodePath
  /** What the field is, in messages ("visit guest", "embassy sender"). */
  readonly what: string
}

/** Two countries that must differ (a visit's guest and host). */
interface CountryPair {
  readonly uses: readonly [CountryUse, CountryUse]
  readonly what: string
}

interface RelationCountries {
  readonly uses: ReadonlyArray<CountryUse>
  readonly pairs: ReadonlyArray<CountryPair>
}

const use = (code: string | undefined, what: string, ...path: NodePath): CountryUse[] =>
  code === undefined ? [] : [{ code, path, what }]

const pair = (a: CountryUse[], b: CountryUse[], what: string): CountryPair[] => {
  const [x] = a
  const [y] = b
  return x === undefined || y === undefined ? [] : [{ uses: [x, y], what }]
}

const participantCountries = (
  p: Participant | undefined,
  what: string,
  ...path: NodePath
): CountryUse[] => (p === undefined ? [] : use(p.country, `${what} country`, ...path, "country"))

const participantsCountries = (
  list: ReadonlyArray<Participant>,
  what: string,
  field: string,
): CountryUse[] => list.flatMap((p, i) => participantCountries(p, what, field, i))

const eventCountries = (e: Event): RelationCountries => {
  switch (e._tag) {
    case "Visit": {
      const guest = use(e.guest, "visit guest", "guest")
      const host = use(e.host, "visit host", "host")
      return {
        uses: [
          ...guest,
          ...host,
          ...participantCountries(e.leader, "leader", "leader"),
          ...participantsCountries(e.delegation, "delegation member", "delegation"),
          ...participantCountries(e.invitedBy, "inviter", "invitedBy"),
          ...participantsCountries(e.met, "met", "met"),
        ],
        pairs: pair(guest, host, "visit guest and host"),
      }
    }
    case "PoliticalConsultation":
      return {
        uses: [
          ...use(e.host, "consultation host", "host"),
          ...participantsCountries(e.chairs, "chair", "chairs"),
        ],
        pairs: [],
      }
    case "PhoneCall":
    case "Meeting":
      return {
        uses: participantsCountries(e.participants, "participant", "participants"),
        pairs: [],
      }
    case "CommissionSession":
      return { uses: [], pairs: [] }
  }
}

const NONE: RelationCountries = { uses: [], pairs: [] }

/**
 * The countries an entry names that must belong to its relation, and the pairs of them that must
 * differ. A relation's own recognitions and embassies count (an embassy's seat may be a third
 * country); so do the countries of the events, indicators, sister regions, support, cooperation
 * areas, projects, trade goods, measures, statements and claims filed under it.
 */
const relationCountriesOf = <K extends Collection>(
  collection: K,
  entry: Dataset[K][number],
): RelationCountries => {
  const d = entry as never
  switch (collection) {
    case "relations": {
      const r = d as Relation
      return {
        uses: [
          ...r.recognitions.flatMap((x, i) => [
            ...use(x.by, "recognition by", "recognitions", i, "by"),
            ...use(x.of, "recognition of", "recognitions", i, "of"),
          ]),
          ...r.embassies.flatMap((x, i) => [
            ...use(x.sender, "embassy sender", "embassies", i, "sender"),
            ...use(x.accreditedTo, "embassy accreditedTo", "embassies", i, "accreditedTo"),
          ]),
        ],
        pairs: [
          ...r.recognitions.flatMap((x, i) =>
            pair(
              use(x.by, "", "recognitions", i, "by"),
              use(x.of, "", "recognitions", i, "of"),
              "recognition by and of",
            ),
          ),
          ...r.embassies.flatMap((x, i) =>
            pair(
              use(x.sender, "", "embassies", i, "sender"),
              use(x.accreditedTo, "", "embassies", i, "accreditedTo"),
              "embassy sender and accreditedTo",
            ),
          ),
        ],
      }
    }
    case "events":
      return eventCountries(d as Event)
    case "indicators": {
      const s = d as Dataset["indicators"][number]
      const from = use(s.from, "indicator from", "from")
      const to = use(s.to, "indicator to", "to")
      return { uses: [...from, ...to], pairs: pair(from, to, "indicator from and to") }
    }
    case "sisterRegions": {
      const s = d as Dataset["sisterRegions"][number]
      const [a, b] = s.regions.map((r, i) =>
        use(r.country, "sister region country", "regions", i, "country"),
      )
      return {
        uses: [...(a ?? []), ...(b ?? [])],
        pairs: pair(a ?? [], b ?? [], "the two sister regions' countries"),
      }
    }
    case "support": {
      const s = d as Dataset["support"][number]
      const by = use(s.supporter, "supporter", "supporter")
      const of = use(s.supported, "supported", "supported")
      return { uses: [...by, ...of], pairs: pair(by, of, "supporter and supported") }
    }
    case "cooperationAreas": {
      const c = d as Dataset["cooperationAreas"][number]
      return { uses: use(c.proposedBy, "proposedBy", "proposedBy"), pairs: [] }
    }
    case "projects": {
      const p = d as Dataset["projects"][number]
      return {
        uses: p.countries.flatMap((c, i) => use(c, "project country", "countries", i)),
        pairs: [],
      }
    }
    case "tradeGoods": {
      const t = d as Dataset["tradeGoods"][number]
      const from = use(t.from, "trade good from", "from")
      const to = use(t.to, "trade good to", "to")
      return { uses: [...from, ...to], pairs: pair(from, to, "trade good from and to") }
    }
    case "measures": {
      const m = d as Dataset["measures"][number]
      const by = use(m.by, "measure by", "by")
      const of = use(m.for, "measure for", "for")
      return { uses: [...by, ...of], pairs: pair(by, of, "measure by and for") }
    }
    case "statements": {
      const s = d as Dataset["statements"][number]
      return { uses: participantCountries(s.speaker, "speaker", "speaker"), pairs: [] }
    }
    case "claims": {
      const check = (d as Dataset["claims"][number]).check
      if (check._tag !== "FirstVisit" && check._tag !== "NoneWithin") return NONE
      const guest = use(check.guest, "claim guest", "check", "guest")
      const host = use(check.host, "claim host", "check", "host")
      return { uses: [...guest, ...host], pairs: pair(guest, host, "claim guest and host") }
    }
    default:
      return NONE
  }
}

/** The relation an entry belongs to: its own id for a relation, its `relation` field otherwise. */
const relationIdOf = (collection: Collection, entry: unknown): string | undefined => {
  if (collection === "relations") return idOf(collection, entry)
  const relation = (entry as { readonly relation?: unknown }).relation
  return typeof relation === "string" ? relation : undefined
}

const place = (file: ParsedFile, path: NodePath): string => {
  const { line, column } = locate(file, path)
  return `${file.path}:${line}:${column}`
}

/** The paragraphs of a source text: its non-empty lines, numbered from 1. @since 0.1.0 @category helpers */
export const paragraphsOf = (text: string): ReadonlyArray<string> =>
  text.split(/\r?\n/u).filter((line) => line.trim() !== "")

const longestMatchedPrefix = (text: string, quote: string): number => {
  let lo = 0
  let hi = quote.length
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2)
    if (text.includes(quote.slice(0, mid))) lo = mid
    else hi = mid - 1
  }
  return lo
}

const quoteNotFound = (sourceId: string, text: string, quote: string): string => {
  const matched = longestMatchedPrefix(text, quote)
  const base = `quote not found in source "${sourceId}": expected the exact words of its text`
  if (matched < 4) return base
  const before = quote.slice(Math.max(0, matched - 30), matched)
  const after = quote.slice(matched, matched + 30)
  return `${base}; it matches up to "${matched > 30 ? "…" : ""}${before}" and then differs at "${after}${matched + 30 < quote.length ? "…" : ""}"`
}

/** What the cross-file checks found. @since 0.1.0 @category models */
export interface CrossCheckReport {
  readonly problems: ReadonlyArray<DatasetProblem>
  readonly quotes: number
  readonly quotesVerified: number
}

/**
 * Runs the checks across files. `unreadIds` holds ids of entries that could not be decoded (their
 * problems are already reported), so that references to them are not reported a second time.
 * `about` is the dataset's `about:`, whose country must be listed.
 * @since 0.1.0
 * @category checks
 */
export const crossCheck = (
  entries: Entries,
  unreadIds: ReadonlyMap<Collection, ReadonlySet<string>>,
  texts: SourceTexts | undefined,
  about?: Located<DatasetAbout>,
): CrossCheckReport => {
  const problems: Array<DatasetProblem> = []
  const report = (file: ParsedFile, path: NodePath, message: string) =>
    problems.push({ file: file.path, ...locate(file, path), message })

  const known = new Map<Collection, Set<string>>()
  for (const collection of COLLECTIONS) {
    // Each later entry with an id already seen names the first one only, so the report grows
    // linearly with the duplicates.
    const byId = new Map<string, Located<unknown>>()
    for (const entry of entries[collection] as ReadonlyArray<Located<unknown>>) {
      const id = idOf(collection, entry.value)
      if (id === undefined) continue
      const first = byId.get(id)
      if (first === undefined) {
        byId.set(id, entry)
        continue
      }
      report(
        entry.file,
        [...entry.path, idField(collection)],
        `duplicate ${collection === "countries" ? "country code" : `${ENTRY_NAMES[collection]} id`} "${id}", first at ${place(first.file, [...first.path, idField(collection)])}: expected each to be unique among ${collection}`,
      )
    }
    known.set(collection, new Set([...byId.keys(), ...(unreadIds.get(collection) ?? [])]))
  }

  const provenancesOf = new Map<Located<unknown>, ReturnType<typeof provenancesIn>>()
  for (const collection of COLLECTIONS) {
    for (const entry of entries[collection] as ReadonlyArray<Located<never>>) {
      const provenances = provenancesIn(entry.value)
      provenancesOf.set(entry, provenances)
      const sourceRefs = provenances.flatMap(({ provenance, path }) =>
        ref("source", provenance.source, ...path, "source"),
      )
      for (const reference of [...referencesOf(collection, entry.value), ...sourceRefs]) {
        const target = REFERENCED[reference.kind]
        const ids = known.get(target) ?? new Set<string>()
        if (ids.has(reference.id)) continue
        const list = [...ids].sort()
        const expected =
          list.length === 0
            ? `expected an id listed under "${target}:", and none is defined`
            : list.length <= 8
              ? `expected one of ${list.join(", ")}`
              : `expected an id listed under "${target}:"`
        report(
          entry.file,
          [...entry.path, ...reference.path],
          `unknown ${reference.kind} "${reference.id}"${didYouMean(reference.id, list)}: ${expected}`,
        )
      }
    }
  }

  const countries = known.get("countries") ?? new Set<string>()
  if (about !== undefined && !countries.has(about.value.country)) {
    const list = [...countries].sort()
    report(
      about.file,
      [...about.path, "country"],
      `unknown country "${about.value.country}"${didYouMean(about.value.country, list)}: expected a code listed under "countries:"`,
    )
  }
  checkRelationPairs(entries.relations, report)
  checkRelationCountries(entries, countries, report)
  checkReporting(entries, report)

  let quotes = 0
  let quotesVerified = 0
  const sources = new Map<string, Located<Source>>(
    entries.sources.map((s) => [s.value.id, s] as const),
  )
  const missingText = new Set<string>()
  const normalised = new Map<string, { text: string; paragraphs: ReadonlyArray<string> }>()
  const textOf = (source: Source) => {
    if (texts === undefined) return undefined
    const fileName = source.file ?? `${source.id}.txt`
    const cached = normalised.get(fileName)
    if (cached) return cached
    const raw = texts.get(fileName)
    if (raw === undefined) return undefined
    const text = raw.normalize("NFC")
    const value = { text, paragraphs: paragraphsOf(text) }
    normalised.set(fileName, value)
    return value
  }

  for (const collection of COLLECTIONS) {
    for (const entry of entries[collection] as ReadonlyArray<Located<unknown>>) {
      for (const { provenance, path } of provenancesOf.get(entry) ?? []) {
        quotes++
        if (texts === undefined) continue
        const source = sources.get(provenance.source)
        if (source === undefined) continue
        const found = textOf(source.value)
        if (found === undefined) {
          if (!missingText.has(source.value.id)) {
            missingText.add(source.value.id)
            report(
              source.file,
              [...source.path, "id"],
              `no text for source "${source.value.id}" in the sources directory: expected a file named ${source.value.file ?? `${source.value.id}.txt`}`,
            )
          }
          continue
        }
        const quote = provenance.quote.normalize("NFC")
        const at = [...entry.path, ...path]
        if (!found.text.includes(quote)) {
          report(entry.file, [...at, "quote"], quoteNotFound(provenance.source, found.text, quote))
          continue
        }
        if (provenance.paragraph !== undefined) {
          const paragraph = found.paragraphs[provenance.paragraph - 1]
          if (paragraph === undefined) {
            report(
              entry.file,
              [...at, "paragraph"],
              `paragraph ${provenance.paragraph} does not exist: source "${provenance.source}" has ${found.paragraphs.length} paragraphs (its non-empty lines)`,
            )
            continue
          }
          if (!paragraph.includes(quote)) {
            const holding = found.paragraphs.flatMap((p, i) => (p.includes(quote) ? [i + 1] : []))
            report(
              entry.file,
              [...at, "paragraph"],
              holding.length === 0
                ? `paragraph ${provenance.paragraph} does not hold the quote, which spans several paragraphs of source "${provenance.source}": expected a quote from one paragraph`
                : `paragraph ${provenance.paragraph} does not hold the quote: expected ${holding.join(" or ")}, where source "${provenance.source}" has it`,
            )
            continue
          }
        }
        quotesVerified++
      }
    }
  }

  return { problems, quotes, quotesVerified }
}

type Report = (file: ParsedFile, path: NodePath, message: string) => void

/** One relation per unordered pair of countries: the second one (in file order) is reported. */
const checkRelationPairs = (relations: ReadonlyArray<Located<Relation>>, report: Report): void => {
  const byPair = new Map<string, Located<Relation>>()
  for (const entry of relations) {
    const [a, b] = entry.value.countries
    if (a === b) continue
    const key = a < b ? `${a}-${b}` : `${b}-${a}`
    const first = byPair.get(key)
    if (first === undefined) {
      byPair.set(key, entry)
      continue
    }
    // The same id twice is reported as a duplicate id already.
    if (first.value.id === entry.value.id) continue
    report(
      entry.file,
      [...entry.path, "countries"],
      `relation "${entry.value.id}" joins ${a} and ${b}, like relation "${first.value.id}" at ${place(first.file, [...first.path, "countries"])}: expected one relation per pair of countries (put these facts under relations/${first.value.id}/)`,
    )
  }
}

/** Every country a relation-scoped entry names is one of its relation's two, and pairs differ. */
const checkRelationCountries = (
  entries: Entries,
  countries: ReadonlySet<string>,
  report: Report,
): void => {
  const relations = new Map<string, Relation>(entries.relations.map((r) => [r.value.id, r.value]))
  for (const collection of COLLECTIONS) {
    for (const entry of entries[collection] as ReadonlyArray<Located<never>>) {
      if (collection === "agreements") {
        checkAgreementParties(
          entry as Located<Dataset["agreements"][number]>,
          relations,
          countries,
          report,
        )
        continue
      }
      const { uses, pairs } = relationCountriesOf(collection, entry.value)
      if (uses.length === 0 && pairs.length === 0) continue
      const relation = relations.get(relationIdOf(collection, entry.value) ?? "")
      if (relation === undefined) continue
      const [a, b] = relation.countries
      for (const u of uses) {
        if (u.code === a || u.code === b || !countries.has(u.code)) continue
        report(
          entry.file,
          [...entry.path, ...u.path],
          `${u.what} ${u.code} is not a country of relation ${relation.id} (${a}, ${b}): expected ${a} or ${b}`,
        )
      }
      for (const p of pairs) {
        const [x, y] = p.uses
        if (x.code !== y.code) continue
        report(
          entry.file,
          [...entry.path, ...y.path],
          `${p.what} are both ${x.code}: expected one of ${a} and ${b} each`,
        )
      }
    }
  }
}

/** A bilateral agreement's country parties are countries of every relation it applies to. */
const checkAgreementParties = (
  entry: Located<Dataset["agreements"][number]>,
  relations: ReadonlyMap<string, Relation>,
  countries: ReadonlySet<string>,
  report: Report,
): void => {
  const agreement = entry.value
  if (agreement.scope !== "bilateral") return
  for (const id of agreement.relations) {
    const relation = relations.get(id)
    if (relation === undefined) continue
    const [a, b] = relation.countries
    agreement.parties.forEach((party, i) => {
      if (party._tag !== "CountryParty") return
      const code = party.country
      if (code === a || code === b || !countries.has(code)) return
      report(
        entry.file,
        [...entry.path, "parties", i, "country"],
        `bilateral agreement party ${code} is not a country of relation ${relation.id} (${a}, ${b}): expected ${a} or ${b}, or scope: multilateral`,
      )
    })
  }
}
