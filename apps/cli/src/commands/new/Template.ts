/**
 * What a template file of `bilateral new relation <id>` is made of, the helpers its examples share
 * (the made-up source, person and ids they cite), and how a template is written out as YAML.
 */

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
export const q = (text: string): string => JSON.stringify(text)

/** Allowed values as the notes list them: "a, b, c". */
export const list = (values: ReadonlyArray<string>): string => values.join(", ")

/** The made-up source every example cites. */
export const exampleSourceId = (id: string): string => `${id}-2025-01-example`

/**
 * The ids the examples of several files share: a visit that an agreement was signed at, the trade
 * series that claims check, the commission that a session belongs to.
 */
export const exampleIds = (id: string) =>
  ({
    visit: `${id}-visit-2024-05-example`,
    trade: `${id}-trade-example`,
    commission: `${id}-commission-example`,
  }) as const

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

/** The `provenance` of an example fact: the made-up source, a paragraph and a quote. */
export const provenance = (
  ctx: TemplateContext,
  indent: string,
  paragraph: number,
  quote: string,
): string[] => [
  `${indent}provenance:`,
  `${indent}  - source: ${exampleSourceId(ctx.id)}`,
  `${indent}    paragraph: ${paragraph}`,
  `${indent}    quote: ${q(quote)}`,
]

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
