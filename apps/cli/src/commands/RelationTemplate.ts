/**
 * The files `bilateral new relation <id>` writes: one per kind of fact a relation holds (the
 * relation itself, events, agreements, indicators, statements and claims, cooperation), each a
 * valid dataset file with empty collections and a made-up example of every field in comments.
 * The allowed values named in the comments come from the domain's schemas, so they cannot drift.
 */
import {
  AgreementKind,
  CooperationArea,
  EVENT_KINDS,
  IndicatorKind,
  Level,
  MultilateralSupport,
  ObservationBasis,
  Project,
  Qualifier,
  RatePeriod,
  TradeGood,
  Unit,
  VisitType,
} from "@bilateral/domain"

/** A country of the new relation: its code and its names. */
export interface TemplateCountry {
  readonly code: string
  readonly name: { readonly vi: string; readonly en: string }
}

/** What the templates are written for: the relation's id and its two countries, in id order. */
export interface TemplateContext {
  readonly id: string
  readonly countries: readonly [TemplateCountry, TemplateCountry]
}

/**
 * One collection of a template file: notes (comment lines), the entries it starts with (none, or
 * the relation entry itself) and a made-up example, written commented out under it.
 */
export interface TemplateSection {
  readonly collection: string
  readonly notes: ReadonlyArray<string>
  /** Live YAML lines of the entries the file starts with; empty for `collection: []`. */
  readonly entries: ReadonlyArray<string>
  /** YAML lines of the example, at the indentation they take once uncommented. */
  readonly example: ReadonlyArray<string>
  /** Comment lines after the example (other kinds, other fields). */
  readonly after?: ReadonlyArray<string>
}

/** One file of a new relation: its name inside relations/<id>/, its header, its sections. */
export interface TemplateFile {
  readonly name: string
  readonly header: ReadonlyArray<string>
  readonly sections: ReadonlyArray<TemplateSection>
}

/** A YAML scalar in double quotes, safe for any text (a name may hold ", " or ": "). */
const q = (text: string): string => JSON.stringify(text)

const list = (values: ReadonlyArray<string>) => values.join(", ")

/** The made-up source every example cites. */
export const exampleSourceId = (id: string): string => `${id}-2025-01-example`

/** The made-up entry of the example source in sources.yaml, as the relation's header shows it. */
export const exampleSource = (ctx: TemplateContext): ReadonlyArray<string> => {
  const [a, b] = ctx.countries
  const src = exampleSourceId(ctx.id)
  return [
    `  - id: ${src}`,
    `    title: { vi: ${q(`Bài báo về quan hệ ${a.name.vi} – ${b.name.vi}`)}, en: ${q(`An article on ${a.name.en}–${b.name.en} relations`)} }`,
    "    language: vi",
    "    outlet: Báo Mẫu",
    '    date: "2025-01-15"',
    `    file: ${src}.txt`,
  ]
}

/** The made-up person the examples name, as an entry of people.yaml. */
export const examplePerson = (ctx: TemplateContext): ReadonlyArray<string> => [
  `  - { id: example-person, name: Nguyễn Văn A, country: ${ctx.countries[0].code} }`,
]

const provenance = (ctx: TemplateContext, indent: string, paragraph: number, quote: string) => [
  `${indent}provenance:`,
  `${indent}  - source: ${exampleSourceId(ctx.id)}`,
  `${indent}    paragraph: ${paragraph}`,
  `${indent}    quote: ${q(quote)}`,
]

/**
 * The files of a new relation, as data: what `renderTemplate` writes, and what tests check the
 * examples of.
 */
export const relationTemplates = (ctx: TemplateContext): ReadonlyArray<TemplateFile> => {
  const [a, b] = ctx.countries
  const id = ctx.id
  const title = `${a.name.vi} – ${b.name.vi} (${a.name.en} – ${b.name.en})`
  const visit = `${id}-visit-2024-05-example`
  const trade = `${id}-trade-example`
  return [
    {
      name: "relation.yaml",
      header: [
        `${title}. Made by \`bilateral new relation ${id}\`.`,
        "",
        "Write only what a source says. Every fact has `provenance`: the source's id (an entry of",
        "../../sources.yaml), the paragraph (the text's non-empty lines counted from 1) and a quote",
        "of at most 25 words copied exactly from the text, the clause that states the fact.",
        "Dates are written as reported: 2024, 2024-05, 2024-05-14, a range 2024-05-14/2024-05-16,",
        "or mid-2024 (also early-, late-); never a day the source does not give.",
        "",
        "The commented examples in these files are made up. To use one, copy it, remove the leading",
        '"# " of each line, replace every value, and change `[]` after the collection name to the',
        "entries. Leave out what the source does not say.",
        "",
        "The source's entry in ../../sources.yaml (made up; `language` is the language the text is",
        "written in, an ISO 639-1 code such as vi, en or ru; its text goes in the sources directory",
        "as <id>.txt, outside the repository):",
        ...exampleSource(ctx),
        "",
        "People go in ../../people.yaml, once each, spelled as the source spells them:",
        ...examplePerson(ctx),
      ],
      sections: [
        {
          collection: "relations",
          notes: [
            "The relation. The other fields, when a source gives them, go under `countries`:",
          ],
          entries: [`  - id: ${id}`, `    countries: [${a.code}, ${b.code}]`],
          example: [
            "    recognitions:",
            `      - by: ${a.code}`,
            `        of: ${b.code}`,
            '        date: "1991-12-30"',
            ...provenance(
              ctx,
              "        ",
              2,
              `${a.name.vi} công nhận độc lập của ${b.name.vi} ngày 30/12/1991`,
            ),
            "    established:",
            '      date: "1992-01-07"',
            "      instrument:",
            "        vi: Nghị định thư về thiết lập quan hệ ngoại giao",
            "        en: Protocol on the establishment of diplomatic relations",
            ...provenance(ctx, "      ", 2, `hai nước thiết lập quan hệ ngoại giao ngày 7/1/1992`),
            "    embassies:",
            "      # seat: where the embassy is; a third country when it is concurrently accredited.",
            `      - sender: ${a.code}`,
            `        seat: ${b.code}`,
            `        accreditedTo: ${b.code}`,
            "        ambassador: Trần Văn B",
            ...provenance(ctx, "        ", 3, `Đại sứ quán ${a.name.vi} tại ${b.name.vi}`),
            "    frameworks:",
            "      - name: { vi: Đối tác toàn diện, en: Comprehensive partnership }",
            '        since: "2024-05"',
            ...provenance(ctx, "        ", 3, "nâng quan hệ lên Đối tác toàn diện"),
          ],
        },
      ],
    },
    {
      name: "events.yaml",
      header: [`Events of the ${a.name.en} – ${b.name.en} relation, oldest first.`],
      sections: [
        {
          collection: "events",
          notes: [
            `\`_tag\` is the kind of event: ${list(EVENT_KINDS)}.`,
            "A made-up visit with every field a visit has, and a consultation held during it:",
          ],
          entries: [],
          example: [
            "  - _tag: Visit",
            `    id: ${visit}`,
            '    date: "2024-05-14/2024-05-16"',
            `    level: minister # ${list(Level.literals)}`,
            `    guest: ${a.code}`,
            `    host: ${b.code}`,
            `    visitType: official # ${list(VisitType.literals)}`,
            "    leader:",
            "      # person: an id from ../../people.yaml; office and description say who they were.",
            "      person: example-person",
            "      office: { vi: Bộ trưởng Ngoại giao, en: Minister of Foreign Affairs }",
            `      country: ${a.code}`,
            "    delegation:",
            "      - description: { vi: các doanh nghiệp, en: business leaders }",
            `        country: ${a.code}`,
            "    invitedBy:",
            `      office: { vi: ${q(`Bộ trưởng Ngoại giao ${b.name.vi}`)}, en: ${q(`Minister of Foreign Affairs of ${b.name.en}`)} }`,
            `      country: ${b.code}`,
            "    met:",
            `      - office: { vi: ${q(`Tổng thống ${b.name.vi}`)}, en: ${q(`President of ${b.name.en}`)} }`,
            `        country: ${b.code}`,
            "    # places: only the places the source names besides the host country.",
            "    places: [Thành phố Mẫu]",
            "    summary:",
            `      vi: ${q(`Bộ trưởng Ngoại giao Nguyễn Văn A thăm chính thức ${b.name.vi}.`)}`,
            `      en: ${q(`Foreign Minister Nguyễn Văn A pays an official visit to ${b.name.en}.`)}`,
            ...provenance(
              ctx,
              "    ",
              4,
              `Bộ trưởng Ngoại giao Nguyễn Văn A thăm chính thức ${b.name.vi} từ ngày 14 đến 16/5/2024`,
            ),
            "  - _tag: PoliticalConsultation",
            `    id: ${id}-consultation-2024-05-example`,
            `    partOf: ${visit}`,
            '    date: "2024-05"',
            "    level: minister",
            `    host: ${b.code}`,
            "    chairs:",
            "      - person: example-person",
            `        country: ${a.code}`,
            "    summary:",
            "      vi: Tham vấn chính trị giữa hai Bộ Ngoại giao.",
            "      en: Political consultations between the two foreign ministries.",
            ...provenance(ctx, "    ", 4, "tiến hành Tham vấn chính trị giữa hai Bộ Ngoại giao"),
          ],
          after: [
            "Other kinds take, instead of guest, host, leader (Visit) or host, chairs (consultation):",
            "  PhoneCall and Meeting: participants (a list like chairs);",
            "  CommissionSession: commission (a text in vi and en) and session (its number).",
          ],
        },
      ],
    },
    {
      name: "agreements.yaml",
      header: [
        `Bilateral agreements ${a.name.en} – ${b.name.en}. An agreement of several relations (with an`,
        "organisation, say) goes in ../../agreements.yaml, with `relations: [<id>, ...]`.",
      ],
      sections: [
        {
          collection: "agreements",
          notes: ["A made-up agreement with every field:"],
          entries: [],
          example: [
            `  - id: ${id}-culture-agreement-example`,
            "    title:",
            "      vi: Hiệp định hợp tác văn hóa",
            "      en: Agreement on cultural cooperation",
            `    kind: agreement # ${list(AgreementKind.literals)}`,
            "    scope: bilateral # bilateral or multilateral",
            "    # parties: countries ({ _tag: CountryParty, country: XX }) or organisations",
            "    # ({ _tag: OrganisationParty, organisation: <id from ../../countries.yaml> }).",
            "    parties:",
            `      - { _tag: CountryParty, country: ${a.code} }`,
            `      - { _tag: CountryParty, country: ${b.code} }`,
            '    signed: "2024-05-15"',
            '    effective: "2024-11"',
            "    # signedAt: the event it was signed during.",
            `    signedAt: ${visit}`,
            "    summary:",
            "      vi: Ký trong chuyến thăm của Bộ trưởng Ngoại giao Nguyễn Văn A.",
            "      en: Signed during Foreign Minister Nguyễn Văn A's visit.",
            ...provenance(ctx, "    ", 5, "hai bên ký Hiệp định hợp tác văn hóa"),
          ],
        },
      ],
    },
    {
      name: "indicators.yaml",
      header: [
        `Figures of the ${a.name.en} – ${b.name.en} relation. Values are in base units (12,5 triệu USD`,
        "is 12500000); `reported` keeps the text's wording.",
      ],
      sections: [
        {
          collection: "indicators",
          notes: [
            `\`kind\`: ${list(IndicatorKind.literals)}.`,
            "Two made-up series: trade both ways, and arrivals one way (from, to):",
          ],
          entries: [],
          example: [
            `  - id: ${trade}`,
            "    kind: trade",
            "    title:",
            `      vi: ${q(`Kim ngạch thương mại song phương ${a.name.vi} – ${b.name.vi}`)}`,
            `      en: ${q(`${a.name.en}–${b.name.en} bilateral trade`)}`,
            "    observations:",
            `      # basis: ${list(ObservationBasis.literals)} (annual when left out).`,
            '      - date: "2020/2022"',
            "        basis: period-average",
            `        # unit: ${list(Unit.members[0].literals)}, or a currency code;`,
            `        # qualifier: ${list(Qualifier.literals)}; per: ${list(RatePeriod.literals)}.`,
            "        value: { value: 8000000, unit: USD, per: year, reported: 8 triệu USD/năm }",
            ...provenance(
              ctx,
              "        ",
              6,
              "giai đoạn 2020-2022, kim ngạch thương mại đạt 8 triệu USD/năm",
            ),
            '      - date: "2023"',
            "        value: { value: 10000000, unit: USD, reported: 10 triệu USD }",
            ...provenance(ctx, "        ", 6, "đạt 10 triệu USD năm 2023"),
            '      - date: "2024"',
            "        value:",
            "          { value: 25000000, unit: USD, qualifier: over, reported: hơn 25 triệu USD }",
            ...provenance(ctx, "        ", 6, "hơn 25 triệu USD năm 2024"),
            `  - id: ${id}-arrivals-example`,
            "    kind: tourist-arrivals",
            "    title:",
            `      vi: ${q(`Lượt khách ${b.name.vi} đến ${a.name.vi}`)}`,
            `      en: ${q(`Arrivals from ${b.name.en} in ${a.name.en}`)}`,
            `    from: ${b.code}`,
            `    to: ${a.code}`,
            "    observations:",
            '      - date: "2024"',
            "        value: { value: 20000, max: 30000, unit: visitors, reported: 20.000–30.000 lượt }",
            "        # rank: the place the source gives it among others.",
            "        rank: { position: 3, of: 10 }",
            ...provenance(
              ctx,
              "        ",
              7,
              `${b.name.vi} đứng thứ 3 trong 10 thị trường, với 20.000-30.000 lượt khách`,
            ),
          ],
        },
      ],
    },
    {
      name: "claims.yaml",
      header: [
        "Statements (what was said, by a speaker or by the article itself) and claims (assertions",
        "the data can check, or Qualitative where it cannot).",
      ],
      sections: [
        {
          collection: "statements",
          notes: ["A made-up statement with every field:"],
          entries: [],
          example: [
            `  - id: ${id}-statement-example`,
            '    date: "2024-05-15"',
            "    speaker:",
            "      person: example-person",
            "      office: { vi: Bộ trưởng Ngoại giao, en: Minister of Foreign Affairs }",
            `      country: ${a.code}`,
            "    text:",
            `      vi: ${q(`${a.name.vi} coi trọng quan hệ hữu nghị với ${b.name.vi}.`)}`,
            `      en: ${q(`${a.name.en} values its friendship with ${b.name.en}.`)}`,
            ...provenance(ctx, "    ", 8, `coi trọng quan hệ hữu nghị với ${b.name.vi}`),
          ],
        },
        {
          collection: "claims",
          notes: ["A made-up claim that the data checks (trade more than doubled):"],
          entries: [],
          example: [
            `  - id: ${id}-trade-doubled-example`,
            "    text:",
            "      vi: Kim ngạch thương mại năm 2024 tăng hơn gấp đôi so với năm 2023.",
            "      en: Trade in 2024 more than doubled from 2023.",
            "    check:",
            "      _tag: Multiple",
            `      series: ${trade}`,
            '      from: "2023"',
            '      to: "2024"',
            "      factor: 2",
            "      qualifier: over",
            ...provenance(ctx, "    ", 6, "tăng hơn gấp đôi so với năm 2023"),
          ],
          after: [
            "Other checks, by `_tag`:",
            "  Anniversary: subject ({ _tag: Establishment } or { _tag: EventSubject, event: <id> }),",
            "    year, years (the relation's 35th anniversary in 2027: year 2027, years 35);",
            "  Increase: series, to, and from (optional);",
            "  FirstVisit: event, guest, host, levels (a list), since (optional);",
            "  NoneWithin: event, guest, host, levels, years (the first such visit in N years);",
            "  Qualitative: no fields (a claim the data cannot check).",
          ],
        },
      ],
    },
    {
      name: "cooperation.yaml",
      header: [`Substance of the ${a.name.en} – ${b.name.en} relation.`],
      sections: [
        {
          collection: "sisterRegions",
          notes: ["Twinned provinces or cities (made up):"],
          entries: [],
          example: [
            `  - id: ${id}-sister-regions-example`,
            "    regions:",
            `      - { name: { vi: Tỉnh Mẫu, en: Example Province }, country: ${a.code} }`,
            `      - { name: { vi: Vùng Mẫu, en: Example Region }, country: ${b.code} }`,
            '    since: "2019"',
            ...provenance(ctx, "    ", 9, "Tỉnh Mẫu và Vùng Mẫu kết nghĩa từ năm 2019"),
          ],
        },
        {
          collection: "support",
          notes: [
            "Support in multilateral bodies; `body` is an organisation id from ../../countries.yaml:",
          ],
          entries: [],
          example: [
            `  - id: ${id}-support-example`,
            `    supporter: ${b.code}`,
            `    supported: ${a.code}`,
            "    body: wto",
            `    purpose: accession # ${list(MultilateralSupport.fields.purpose.literals)}`,
            '    term: "2007"',
            "    note: { vi: Một trong những nước đầu tiên ủng hộ, en: One of the first to support it }",
            ...provenance(ctx, "    ", 10, `${b.name.vi} ủng hộ ${a.name.vi} gia nhập WTO`),
          ],
        },
        {
          collection: "cooperationAreas",
          notes: ["Areas of cooperation (made up):"],
          entries: [],
          example: [
            `  - id: ${id}-area-example`,
            "    area: { vi: Nông nghiệp, en: Agriculture }",
            `    status: potential # ${list(CooperationArea.fields.status.literals)}`,
            `    proposedBy: ${b.code}`,
            ...provenance(ctx, "    ", 11, "nông nghiệp là lĩnh vực có nhiều tiềm năng"),
          ],
        },
        {
          collection: "projects",
          notes: ["Projects (made up):"],
          entries: [],
          example: [
            `  - id: ${id}-project-example`,
            `    kind: investment # ${list(Project.fields.kind.literals)}`,
            "    title: { vi: Nhà máy chế biến nông sản, en: Farm produce processing plant }",
            "    by: [Công ty Mẫu]",
            `    countries: [${b.code}]`,
            "    places: [Tỉnh Mẫu]",
            "    size: { value: 50, unit: hectares, reported: 50 ha }",
            "    status: { vi: Đang xây dựng, en: Under construction }",
            '    date: "2024"',
            ...provenance(ctx, "    ", 12, "nhà máy chế biến nông sản rộng 50 ha tại Tỉnh Mẫu"),
          ],
        },
        {
          collection: "tradeGoods",
          notes: ["Goods traded, or proposed for trade (made up):"],
          entries: [],
          example: [
            `  - id: ${id}-good-example`,
            "    product: { vi: Gạo, en: Rice }",
            `    from: ${a.code}`,
            `    to: ${b.code}`,
            `    status: traded # ${list(TradeGood.fields.status.literals)}`,
            ...provenance(ctx, "    ", 13, `xuất khẩu gạo sang ${b.name.vi}`),
          ],
        },
        {
          collection: "measures",
          notes: ["Measures one side took (made up):"],
          entries: [],
          example: [
            `  - id: ${id}-measure-example`,
            "    title: { vi: Miễn thị thực, en: Visa exemption }",
            `    by: ${b.code}`,
            `    for: ${a.code}`,
            "    unilateral: true",
            "    duration: { value: 30, unit: days, reported: 30 ngày }",
            '    date: "2024-07-01"',
            ...provenance(ctx, "    ", 14, `miễn thị thực 30 ngày cho công dân ${a.name.vi}`),
          ],
        },
      ],
    },
  ]
}

const comment = (line: string) => (line === "" ? "#" : `# ${line}`)

/**
 * The text of a template file. With `examples: "live"` the examples are written as entries
 * instead of comments: tests use it to check that every example is a valid entry.
 */
export const renderTemplate = (
  file: TemplateFile,
  options: { readonly examples: "commented" | "live" } = { examples: "commented" },
): string => {
  const live = options.examples === "live"
  const lines: string[] = file.header.map(comment)
  for (const section of file.sections) {
    if (lines.length > 0) lines.push("")
    lines.push(...section.notes.map(comment))
    const empty = section.entries.length === 0 && !live
    lines.push(`${section.collection}:${empty ? " []" : ""}`)
    lines.push(...section.entries)
    lines.push(...section.example.map((l) => (live ? l : comment(l))))
    if (section.after !== undefined) lines.push("#", ...section.after.map(comment))
  }
  return `${lines.join("\n")}\n`
}
