/**
 * Draft YAML in the dataset's own format, from the proposals: one file per relation the article
 * speaks of, with the confidence and doubts of each entry in comments. What the dataset already
 * holds is skipped (and listed at the top); a figure the dataset holds with another value is
 * written as a commented, ready-to-paste `otherReports` entry of that observation, with the
 * observation's file:line (the loader does not merge an observation across files, so the curator
 * pastes it); facts that belong in an existing relation's relation.yaml are written as a
 * commented block to move there.
 *
 * @since 0.1.0
 */
import type { BilateralIndex } from "@bilateral/data"
import { firstDay, foldText, lastDay, parseReported, parseReportedChange } from "@bilateral/domain"
import { Either } from "effect"
import { stringify } from "yaml"
import { type DatasetText, locateObservation } from "./Locate"
import { holding } from "./Match"
import type { ExtractResult, PersonRef, Proposal } from "./Proposal"

/** Where the draft's facts come from. */
export interface DraftSource {
  /** The source id the provenances cite (the article's file name without .txt). */
  readonly id: string
  /** The file name of the article's text in the sources directory. */
  readonly file: string
}

/** A draft file: its path under the dataset directory and its text. */
export interface DraftFile {
  readonly relation: string
  readonly path: string
  readonly text: string
}

/** The draft: its files, and what was skipped or set aside. */
export interface Draft {
  readonly files: ReadonlyArray<DraftFile>
  readonly held: ReadonlyArray<{ readonly proposal: Proposal; readonly ref: string }>
  readonly conflicts: ReadonlyArray<Proposal>
}

/**
 * A session's `sideLevels` when its co-chairs are of two countries at different levels (a minister
 * with a deputy minister), from the levels their offices give; nothing otherwise.
 */
const sideLevelsOf = (chairs: ReadonlyArray<PersonRef>) => {
  const sides = chairs.filter(
    (c): c is PersonRef & { country: string; level: NonNullable<PersonRef["level"]> } =>
      c.country !== undefined && c.level !== undefined,
  )
  const countries = new Set(sides.map((c) => c.country))
  const levels = new Set(sides.map((c) => c.level))
  return countries.size === 2 && levels.size === 2 && sides.length === 2
    ? { sideLevels: sides.map((c) => ({ country: c.country, level: c.level })) }
    : {}
}

/**
 * A claim's `Change` check, when its wording is a change the domain reads ("tăng 69,8% so với cùng
 * kỳ", "tăng hơn gấp đôi") and the figure it qualifies is quoted with it: the figure's series and
 * year, and its part of the year; undefined otherwise (an average yearly rate also needs `from`,
 * which the article rarely pairs with it, so it stays for the curator).
 */
const changeCheck = (
  claim: Proposal,
  proposals: ReadonlyArray<Proposal>,
  seriesOf: ReadonlyMap<Proposal, string>,
) => {
  if (claim.wording === undefined) return undefined
  if (claim.claimKind !== "growth" && claim.claimKind !== "multiple") return undefined
  const read = parseReportedChange(claim.wording)
  if (Either.isLeft(read) || (read.right._tag === "Percent" && read.right.perYear)) return undefined
  const figure = proposals
    .filter(
      (o) =>
        o.kind === "observation" &&
        o.paragraph === claim.paragraph &&
        o.reported !== undefined &&
        claim.quote.includes(o.reported),
    )
    .at(-1)
  const series = figure === undefined ? undefined : seriesOf.get(figure)
  if (figure === undefined || series === undefined) return undefined
  const year = /^(\d{4})\b/u.exec(figure.date ?? "")?.[1]
  const whole = figure.period === "year" && figure.date === year
  const part = figure.period === "part-of-year" ? figure.part : undefined
  if (year === undefined || (!whole && part === undefined)) return undefined
  return {
    _tag: "Change",
    series,
    to: year,
    ...(part !== undefined ? { period: part } : {}),
    reported: claim.wording,
  } as const
}

const slug = (text: string, words = 6): string =>
  foldText(text).split(" ").filter(Boolean).slice(0, words).join("-") || "x"

const LABELS: Record<string, { vi: string; en: string }> = {
  trade: { vi: "Kim ngạch thương mại song phương", en: "Bilateral trade" },
  exports: { vi: "Kim ngạch xuất khẩu", en: "Exports" },
  imports: { vi: "Kim ngạch nhập khẩu", en: "Imports" },
  "tourist-arrivals": { vi: "Lượng khách du lịch", en: "Tourist arrivals" },
  flights: { vi: "Số chuyến bay mỗi tuần", en: "Flights per week" },
  "fdi-capital": { vi: "Vốn đầu tư", en: "Investment capital" },
  "fdi-projects": { vi: "Số dự án đầu tư", en: "Investment projects" },
  "investment-enterprises": { vi: "Doanh nghiệp đầu tư", en: "Investing enterprises" },
  diaspora: { vi: "Cộng đồng người Việt", en: "Vietnamese community" },
}

const EVENT_TAG: Partial<Record<Proposal["kind"], string>> = {
  visit: "Visit",
  talks: "Meeting",
  consultation: "PoliticalConsultation",
  "phone-call": "PhoneCall",
  session: "CommissionSession",
}

const BASIS: Record<string, string | undefined> = {
  average: "period-average",
  "as-of": "cumulative",
  year: undefined,
  "part-of-year": undefined,
}

const yamlOf = (value: unknown): string[] =>
  stringify([value], { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })
    .trimEnd()
    .split("\n")

/** A mapping as YAML lines, in the draft's style. */
const yamlLines = (value: unknown): string[] =>
  stringify(value, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" })
    .trimEnd()
    .split("\n")

const commentOf = (p: Proposal, extra: ReadonlyArray<string> = []): string[] => [
  `# ${p.kind}, paragraph ${p.paragraph}, confidence ${p.confidence.toFixed(2)}`,
  ...[...p.doubts, ...extra].map((d) => `# doubt: ${d}`),
]

const block = (lines: ReadonlyArray<string>, commented = false): string[] =>
  lines.map((l) => (commented ? `  # ${l}` : `  ${l}`))

/**
 * Renders the draft for `result`'s proposals. `index` is the dataset to compare with; `source`
 * names the article as the provenances cite it; `files`, the dataset's YAML files (paths relative
 * to its root), let a second report of a figure name its observation's file:line.
 * @example
 * renderDraft(extract(text, {}, index), { index, source: { id: "vn-kz-2025-05", file: "vn-kz-2025-05.txt" } })
 */
export const renderDraft = (
  result: ExtractResult,
  options: {
    readonly index: BilateralIndex
    readonly source: DraftSource
    readonly title?: string
    readonly files?: ReadonlyArray<DatasetText>
  },
): Draft => {
  const { index, source } = options
  const lang = result.article.language
  const held: Array<{ proposal: Proposal; ref: string }> = []
  const conflicts: Proposal[] = []
  const mainRelation = result.relation ?? "unknown"
  const provenance = (p: Proposal) => [
    { source: source.id, paragraph: p.paragraph, quote: p.quote },
    ...(p.more ?? []).map((m) => ({ source: source.id, paragraph: m.paragraph, quote: m.quote })),
  ]
  const usedIds = new Set<string>()
  const idOf = (base: string): string => {
    let id = base
      .replace(/[^a-z0-9-]+/gu, "-")
      .replace(/-+/gu, "-")
      .replace(/^-|-$/gu, "")
    const known = (x: string) =>
      usedIds.has(x) ||
      index.event(x) !== undefined ||
      index.agreement(x) !== undefined ||
      index.indicator(x) !== undefined
    if (known(id)) {
      let n = 2
      while (known(`${id}-${n}`)) n++
      id = `${id}-${n}`
    }
    usedIds.add(id)
    return id
  }

  // New people: proposed with their country, else left for the curator in a comment.
  const newPeople = new Map<string, Proposal>()
  for (const p of result.proposals) {
    if (p.kind !== "person") continue
    if (p.known) held.push({ proposal: p, ref: `person ${p.id}` })
    else if (p.id !== undefined) newPeople.set(p.id, p)
  }
  const participant = (ref: PersonRef, countries: ReadonlyArray<string>) => {
    const country =
      ref.country !== undefined && countries.includes(ref.country) ? ref.country : undefined
    const person =
      ref.id ??
      (newPeople.get(slug(ref.name, 8))?.country !== undefined ? slug(ref.name, 8) : undefined)
    return {
      ...(person !== undefined ? { person } : { description: { [lang]: ref.name } }),
      ...(ref.office !== undefined ? { office: { [lang]: ref.office } } : {}),
      ...(country !== undefined ? { country } : {}),
    }
  }

  type Section = { live: string[]; aside: string[] }
  const files = new Map<string, Record<string, Section>>()
  const sectionOf = (relation: string, collection: string): Section => {
    const file = files.get(relation) ?? {}
    files.set(relation, file)
    file[collection] ??= { live: [], aside: [] }
    return file[collection] as Section
  }
  /** The series each drafted figure went into (a new one, or the dataset's for another report). */
  const seriesOf = new Map<Proposal, string>()
  /** New series of the draft whose figures belong in a series the dataset has. */
  const movedTo = new Map<string, string>()
  const claims: Array<{ readonly p: Proposal; readonly relationId: string }> = []
  const series = new Map<
    string,
    { entry: Record<string, unknown>; comments: string[]; relation: string; into?: string }
  >()

  // Visits get their ids first, so that talks held during one can name it (`partOf`): a visit of
  // the draft, or one the dataset holds.
  const visitIds = new Map<Proposal, string>()
  const visits: Array<{ proposal: Proposal; id: string }> = []
  for (const p of result.proposals) {
    if (p.kind !== "visit") continue
    const status = holding(p, index)
    const id =
      status._tag === "Held"
        ? status.entry.ref.replace(/^event /u, "")
        : idOf(
            `visit-${(p.date ?? "undated").split("/")[0]}-${slug(p.people?.[0]?.name ?? "visit", 3)}${p.host ? `-${p.host.toLowerCase()}` : ""}`,
          )
    if (status._tag !== "Held") visitIds.set(p, id)
    visits.push({ proposal: p, id })
  }
  const span = (iso: string | undefined) => {
    const read = iso === undefined ? undefined : parseReported(iso)
    return read === undefined || Either.isLeft(read)
      ? undefined
      : ([firstDay(read.right), lastDay(read.right)] as const)
  }
  /** The visit a meeting took place during: its dates inside the visit's, a person in common. */
  const visitOf = (p: Proposal): string | undefined => {
    const at = span(p.date)
    if (at === undefined) return undefined
    const names = new Set((p.people ?? []).map((x) => x.id ?? foldText(x.name)))
    return visits.find(({ proposal: v }) => {
      const range = span(v.date)
      const leader = v.people?.[0]
      return (
        range !== undefined &&
        range[0] <= at[0] &&
        at[1] <= range[1] &&
        leader !== undefined &&
        names.has(leader.id ?? foldText(leader.name))
      )
    })?.id
  }

  for (const p of result.proposals) {
    if (p.kind === "person") continue
    const relationId = p.relation ?? mainRelation
    const relation = index.relation(relationId)
    const status = holding(p, index)
    if (status._tag === "Held") {
      held.push({ proposal: p, ref: status.entry.ref })
      continue
    }
    const countries: ReadonlyArray<string> =
      relation?.countries ?? relationId.toUpperCase().split("-")
    if (relation === undefined && relationId !== mainRelation) {
      sectionOf(mainRelation, "elsewhere").aside.push(
        ...commentOf(p, [`belongs to relation ${relationId}, which the dataset does not have`]),
        ...yamlOf({ kind: p.kind, quote: p.quote, paragraph: p.paragraph }),
      )
      continue
    }
    const date = p.date !== undefined ? { date: p.date } : {}
    switch (p.kind) {
      case "establishment":
      case "embassy":
      case "ambassador":
      case "framework": {
        const fact =
          p.kind === "establishment"
            ? { established: { ...date, provenance: provenance(p) } }
            : p.kind === "framework"
              ? {
                  frameworks: [
                    {
                      name: { [lang]: p.name ?? "" },
                      ...(p.date ? { since: p.date } : {}),
                      provenance: provenance(p),
                    },
                  ],
                }
              : p.kind === "ambassador"
                ? {
                    // One term of an ambassador (the model's `ambassadors`); seat only as stated.
                    ambassadors: [
                      {
                        ...(p.id !== undefined ? { person: p.id } : { name: p.name }),
                        sender: p.sender,
                        accreditedTo: p.accreditedTo,
                        ...(p.seat !== undefined ? { seat: p.seat } : {}),
                        ...(p.date ? { from: p.date } : {}),
                        provenance: provenance(p),
                      },
                    ],
                  }
                : {
                    embassies: [
                      {
                        sender: p.sender,
                        seat: p.seat,
                        accreditedTo: p.accreditedTo,
                        provenance: provenance(p),
                      },
                    ],
                  }
        if (relation === undefined) {
          const section = sectionOf(relationId, "relationFacts")
          section.live.push(
            ...commentOf(p),
            ...yamlOf(fact).map((l) => l.replace(/^- /u, "  ").replace(/^ {2}/u, "")),
          )
        } else {
          sectionOf(relationId, "relationFacts").aside.push(
            ...commentOf(p, [
              `add to relations/${relationId}/relation.yaml (one entry per relation)`,
            ]),
            ...yamlOf(fact).map((l) => l.replace(/^- /u, "  ")),
          )
        }
        break
      }
      case "agreement": {
        const entry = {
          id: idOf(`${relationId}-${slug(p.title ?? "agreement")}`),
          title: { [lang]: p.title },
          kind: p.agreementKind ?? "agreement",
          scope: p.scope ?? "bilateral",
          parties: countries.map((c) => ({ _tag: "CountryParty", country: c })),
          ...(p.signed ? { signed: p.signed } : {}),
          ...(p.effective ? { effective: p.effective } : {}),
          provenance: provenance(p),
        }
        const section = sectionOf(relationId, "agreements")
        if (p.scope === "multilateral") {
          section.aside.push(
            ...commentOf(p, [
              "multilateral: name the organisation among the parties (organisations.yaml), then uncomment",
            ]),
            ...yamlOf(entry),
          )
        } else section.live.push(...commentOf(p), ...yamlOf(entry))
        break
      }
      case "observation": {
        // A part of a year is dated by its year, with the part in `period` ("2025-01/2025-05" is
        // 2025, the first 5 months); the extractor names the part (a quarter, a half) when it can.
        const months =
          p.period === "part-of-year"
            ? /^(\d{4})-(\d{2})(?:\/\1-(\d{2}))?$/u.exec(p.date ?? "")
            : null
        const period =
          p.part ??
          (months?.[2] === "01"
            ? { _tag: "FirstMonths", months: Number(months[3] ?? "1") }
            : undefined)
        const observation = {
          ...(months !== null && period !== undefined ? { date: months[1], period } : date),
          value: {
            value: p.value,
            ...(p.max !== undefined ? { max: p.max } : {}),
            unit: p.unit,
            ...(p.per !== undefined ? { per: p.per } : {}),
            ...(p.qualifier !== undefined && p.qualifier !== "exact"
              ? { qualifier: p.qualifier }
              : {}),
            reported: p.reported,
          },
          ...(BASIS[p.period ?? ""] !== undefined
            ? { basis: BASIS[p.period ?? ""] }
            : p.period === "undated" || p.indicator === "flights"
              ? {
                  basis: ["fdi-capital", "fdi-projects"].includes(p.indicator ?? "")
                    ? "cumulative"
                    : "level",
                }
              : {}),
          provenance: provenance(p),
        }
        if (status._tag === "Conflict") {
          conflicts.push(p)
          seriesOf.set(p, status.series.id)
          // Another report of an observation the dataset holds: an `otherReports` entry to paste
          // into that observation (its value stays the main report, the one metrics use).
          const place = locateObservation(options.files ?? [], status.series.id, status.observation)
          const outlet = index.source(source.id)?.outlet
          const report = {
            reporter: { name: { [lang]: outlet ?? source.id } },
            value: observation.value,
            provenance: observation.provenance,
          }
          const at =
            place === undefined
              ? `series ${status.series.id} in relations/${relationId}/ (observation ${status.observation + 1})`
              : `${place.file}:${place.line}:${place.column}`
          const where =
            place?.otherReportsLine !== undefined
              ? `append this entry to its otherReports (${place.file}:${place.otherReportsLine})`
              : `paste this block into it, indented as its keys${place === undefined ? "" : ` (column ${place.column})`}`
          sectionOf(relationId, "secondReports").aside.push(
            ...commentOf(p, [
              `reporter: ${outlet === undefined ? "the source's id, as it names no outlet" : "the source's outlet"}; name the agency that gave the figure if the text says`,
            ]),
            `# another report of ${status.entry.ref.replace(/^indicator /u, "")} (${at}): the dataset has ${status.value}, this article ${p.value}`,
            `# ${where}; the dataset's figure stays the main report`,
            ...(place?.otherReportsLine !== undefined
              ? yamlOf(report)
              : yamlLines({ otherReports: [report] })),
          )
          break
        }
        const into = status._tag === "NewInSeries" ? status.series.id : undefined
        const key = `${relationId}|${p.indicator}|${p.from ?? ""}|${p.to ?? ""}|${p.unit}`
        let s = series.get(key)
        if (s === undefined) {
          const from = p.from !== undefined && countries.includes(p.from) ? p.from : undefined
          const to = p.to !== undefined && countries.includes(p.to) ? p.to : undefined
          s = {
            relation: relationId,
            ...(into !== undefined ? { into } : {}),
            comments: [],
            entry: {
              id: idOf(
                into !== undefined
                  ? `${into}-${source.id}`
                  : `${relationId}-${p.indicator}${from ? `-${from.toLowerCase()}` : ""}${to ? `-${to.toLowerCase()}` : ""}`,
              ),
              kind: p.indicator,
              title: { [lang]: LABELS[p.indicator ?? ""]?.[lang] ?? p.indicator },
              ...(from ? { from } : {}),
              ...(to ? { to } : {}),
              observations: [] as unknown[],
            },
          }
          series.set(key, s)
        }
        seriesOf.set(p, s.entry.id as string)
        if (into !== undefined) movedTo.set(s.entry.id as string, into)
        ;(s.entry.observations as unknown[]).push(observation)
        s.comments.push(
          ...commentOf(p).map((c) =>
            c.replace(/^# observation/u, `# observation ${p.date ?? "(undated)"}`),
          ),
        )
        break
      }
      case "claim": {
        // Drafted after the loop, once every figure of the article has its series.
        claims.push({ p, relationId })
        break
      }
      default: {
        const tag = EVENT_TAG[p.kind]
        const people = (p.people ?? []).map((r) => participant(r, countries))
        const who = p.people?.[0]?.name ?? p.commission ?? p.kind
        const during = p.kind === "talks" ? visitOf(p) : undefined
        const base = {
          _tag: tag,
          id:
            visitIds.get(p) ??
            idOf(
              `${p.kind === "talks" ? "meeting" : p.kind}-${(p.date ?? "undated").split("/")[0]}-${slug(who, 3)}${p.host ? `-${p.host.toLowerCase()}` : ""}`,
            ),
          ...date,
          ...(during !== undefined ? { partOf: during } : {}),
          level: p.level ?? "unspecified",
          summary: { [lang]: p.quote },
        }
        const entry =
          p.kind === "visit"
            ? {
                ...base,
                ...(p.visitType ? { visitType: p.visitType } : {}),
                guest: p.guest,
                host: p.host,
                leader: people[0],
                provenance: provenance(p),
              }
            : p.kind === "consultation"
              ? {
                  ...base,
                  ...(p.host && countries.includes(p.host) ? { host: p.host } : {}),
                  chairs: people,
                  provenance: provenance(p),
                }
              : p.kind === "session"
                ? {
                    ...base,
                    commission: { [lang]: p.commission ?? "?" },
                    ...(p.session ? { session: p.session } : {}),
                    ...(people.length > 0 ? { coChairs: people } : {}),
                    ...sideLevelsOf(p.people ?? []),
                    provenance: provenance(p),
                  }
                : { ...base, participants: people, provenance: provenance(p) }
        const incomplete =
          (p.kind === "visit" &&
            (p.guest === undefined ||
              p.host === undefined ||
              !countries.includes(p.guest) ||
              !countries.includes(p.host) ||
              people[0] === undefined)) ||
          (p.kind === "session" && p.commission === undefined)
        const section = sectionOf(relationId, "events")
        if (incomplete)
          section.aside.push(
            ...commentOf(p, ["incomplete: fill in what is missing, then uncomment"]),
            ...yamlOf(entry),
          )
        else section.live.push(...commentOf(p), ...yamlOf(entry))
      }
    }
  }
  for (const { p, relationId } of claims) {
    const change = changeCheck(p, result.proposals, seriesOf)
    const entry = {
      id: idOf(`${relationId}-claim-${slug(p.wording ?? p.quote, 5)}`),
      text: { [lang]: p.quote },
      check: change ?? { _tag: "Qualitative" },
      provenance: provenance(p),
    }
    const hint =
      change !== undefined
        ? [
            `a Change check in the source's wording, on series ${change.series}: check the series and the period`,
            ...(movedTo.has(change.series)
              ? [`once its figures are moved into ${movedTo.get(change.series)}, name that series`]
              : []),
          ]
        : p.multiple !== undefined
          ? [
              `a checkable multiple (×${p.multiple}): set check to { _tag: Multiple, series, from, to, factor: ${p.multiple} }`,
            ]
          : p.rate !== undefined
            ? [
                `a stated growth rate of ${Math.round(p.rate * 1000) / 10}%: set check to { _tag: Change, series, to, reported: "${p.wording ?? ""}" }`,
              ]
            : p.claimKind === "first" || p.claimKind === "anniversary"
              ? [`a ${p.claimKind} claim: a FirstVisit, NoneWithin or Anniversary check may apply`]
              : []
    sectionOf(relationId, "claims").live.push(...commentOf(p, hint), ...yamlOf(entry))
  }
  for (const s of series.values()) {
    const section = sectionOf(s.relation, "indicators")
    const note =
      s.into === undefined
        ? []
        : [
            `# New observations of ${s.into}: move them into that series (indicators.yaml), then delete this one.`,
          ]
    section.live.push(...note, ...s.comments, ...yamlOf(s.entry))
  }

  // People go to the main relation's file, once.
  for (const p of newPeople.values()) {
    const section = sectionOf(mainRelation, "people")
    const entry = { id: p.id, name: p.name, ...(p.country ? { country: p.country } : {}) }
    const note = p.office !== undefined ? [`office in the text: ${p.office}`] : []
    if (p.country === undefined)
      section.aside.push(
        ...commentOf(p, [...note, "no country: add one, then uncomment"]),
        ...yamlOf(entry),
      )
    else section.live.push(...commentOf(p, note), ...yamlOf(entry))
  }

  const rendered: DraftFile[] = []
  const needsSource = index.source(source.id) === undefined
  const relationIds = [...new Set([mainRelation, ...files.keys()])]
  for (const relationId of relationIds) {
    const sections = files.get(relationId) ?? {}
    const lines: string[] = [
      `# Draft from ${source.file}, written by \`bilateral extract\` (a ${result.article.language} article, published ${result.article.published ?? "on an unknown date"}).`,
      "# Every entry is a proposal: check it against the text, fix it, then move it into the relation's files.",
      "# Comments give each entry's paragraph, confidence (0–1) and doubts; entries commented out need a decision.",
    ]
    if (relationId === mainRelation && held.length > 0) {
      lines.push(`# Already in the dataset, so left out (${held.length}):`)
      for (const h of held)
        lines.push(`#   ${h.proposal.kind} (paragraph ${h.proposal.paragraph}): ${h.ref}`)
    }
    const body: string[] = []
    if (relationId === mainRelation && needsSource) {
      body.push(
        "sources:",
        ...block(
          yamlOf({
            id: source.id,
            title: { [lang]: options.title ?? source.id },
            language: lang,
            ...(result.article.published ? { date: result.article.published } : {}),
            file: source.file,
          }),
        ),
      )
    }
    const relation = index.relation(relationId)
    const facts = sections.relationFacts
    if (relation === undefined && facts !== undefined && facts.live.length > 0) {
      const codes = relationId.toUpperCase().split("-")
      body.push(
        "relations:",
        `  - id: ${relationId}`,
        `    countries: [${codes.join(", ")}]`,
        ...facts.live.map((l) => `    ${l}`),
      )
    }
    for (const [collection, key] of [
      ["people", "people"],
      ["events", "events"],
      ["agreements", "agreements"],
      ["indicators", "indicators"],
      ["claims", "claims"],
    ] as const) {
      const s = sections[key]
      if (s === undefined) continue
      if (s.live.length > 0) body.push(`${collection}:`, ...block(s.live))
      if (s.aside.length > 0) body.push(`# ${collection} set aside:`, ...block(s.aside, true))
    }
    for (const [key, title] of [
      [
        "relationFacts",
        `Facts for relations/${relationId}/relation.yaml (the relation is already there: move them by hand)`,
      ],
      ["secondReports", "Other reports of figures the dataset holds with another value"],
      ["elsewhere", "Facts of relations the dataset does not have"],
    ] as const) {
      const s = sections[key]
      if (s === undefined || s.aside.length === 0) continue
      body.push(`# ${title}:`, ...s.aside.map((l) => (l.startsWith("#") ? `  ${l}` : `  # ${l}`)))
    }
    // A file of comments alone does not load: give it an empty collection.
    if (!body.some((l) => /^[a-z]/u.test(l))) body.push("# Nothing new to add here.", "events: []")
    rendered.push({
      relation: relationId,
      path: `relations/${relationId}/draft-${source.id}.yaml`,
      text: `${[...lines, ...body].join("\n")}\n`,
    })
  }
  return { files: rendered, held, conflicts }
}
