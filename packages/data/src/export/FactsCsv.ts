/**
 * The facts table (`bilateral export --format csv`, and the site's CSV download): the dataset as
 * ONE spreadsheet-friendly table with a `table` column naming the collection each row comes from
 * (filter on it to get one table). Indicators give one row per observation; relations give extra
 * rows for recognitions, embassies and frameworks. Dates are ISO 8601, values plain numbers in
 * base units. Where a fact has several provenances, `source`, `quote` and `paragraph` list them in
 * the same order, separated by " | ". Pure: the same dataset always gives the same text.
 *
 * @since 0.1.0
 */
import {
  checkClaim,
  type Dataset,
  formatReported,
  type LocalizedText,
  type Provenance,
  partKey,
  type Quantity,
  type ReportedDate,
  type Reporter,
} from "@bilateral/domain"
import { type CsvCell, toCsv } from "./Csv"

/** The columns, in order. */
export const CSV_COLUMNS = [
  "table",
  "id",
  "relation",
  "kind",
  "date",
  "effective",
  "countries",
  "title_vi",
  "title_en",
  "value",
  "max",
  "unit",
  "qualifier",
  "per",
  "detail",
  "source",
  "quote",
  "paragraph",
] as const

/** One column of the facts table. */
export type CsvColumn = (typeof CSV_COLUMNS)[number]

/** One row of the facts table: a cell per column, absent cells empty. */
export type FactRow = Partial<Record<CsvColumn, CsvCell>>

const date = (d: ReportedDate | undefined): string | undefined =>
  d === undefined ? undefined : formatReported(d)

const titles = (t: LocalizedText | undefined): FactRow =>
  t === undefined ? {} : { title_vi: t.vi, title_en: t.en }

const amount = (q: Quantity | undefined): FactRow =>
  q === undefined
    ? {}
    : { value: q.value, max: q.max, unit: q.unit, qualifier: q.qualifier, per: q.per }

const sourced = (provenance: ReadonlyArray<Provenance>): FactRow => ({
  source: provenance.map((p) => p.source).join(" | "),
  quote: provenance.map((p) => p.quote).join(" | "),
  paragraph: provenance
    .map((p) => (p.paragraph === undefined ? "" : String(p.paragraph)))
    .join(" | "),
})

const details = (...parts: ReadonlyArray<string | undefined | false>): string | undefined => {
  const kept = parts.filter((p): p is string => typeof p === "string" && p.length > 0)
  return kept.length > 0 ? kept.join("; ") : undefined
}

/** Who reported a figure, for the detail column: `reporter=<organisation id or name>`. */
const reporterDetail = (r: Reporter | undefined): string | undefined =>
  r === undefined ? undefined : `reporter=${r.organisation ?? r.name?.en ?? r.name?.vi ?? ""}`

/** Every row of the facts table, as column → cell records. */
export const factRows = (dataset: Dataset): FactRow[] => {
  const rows: FactRow[] = []
  for (const s of dataset.sources) {
    rows.push({
      table: "sources",
      id: s.id,
      kind: s.language,
      date: date(s.date),
      title_vi: s.title.vi,
      title_en: s.title.en,
      detail: details(s.outlet && `outlet=${s.outlet}`, s.url && `url=${s.url}`),
    })
  }
  for (const c of dataset.countries) {
    rows.push({
      table: "countries",
      id: c.code,
      countries: c.code,
      date: date(c.independence?.date),
      ...titles(c.name),
      detail: details(c.officialName && `official=${c.officialName.vi ?? c.officialName.en}`),
      ...(c.independence ? sourced(c.independence.provenance) : {}),
    })
  }
  for (const o of dataset.organisations) {
    rows.push({
      table: "organisations",
      id: o.id,
      kind: o.abbreviation,
      ...titles(o.name),
      detail: details(o.parent && `parent=${o.parent}`),
    })
  }
  for (const m of dataset.memberships) {
    rows.push({
      table: "memberships",
      id: m.id,
      kind: m.organisation,
      countries: m.country,
      date: date(m.since),
      ...sourced(m.provenance),
    })
  }
  for (const p of dataset.people) {
    rows.push({
      table: "people",
      id: p.id,
      countries: p.country,
      title_vi: p.name,
      title_en: p.name,
      detail: details(
        p.honorific && `honorific=${p.honorific}`,
        p.aliases.length > 0 && `aliases=${p.aliases.join(", ")}`,
      ),
    })
  }
  for (const r of dataset.relations) {
    rows.push({
      table: "relations",
      id: r.id,
      relation: r.id,
      kind: "established",
      countries: r.countries.join(" "),
      date: date(r.established?.date),
      ...titles(r.established?.instrument),
      ...(r.established ? sourced(r.established.provenance) : {}),
    })
    for (const rec of r.recognitions) {
      rows.push({
        table: "recognitions",
        id: r.id,
        relation: r.id,
        kind: "recognition",
        countries: `${rec.by}>${rec.of}`,
        date: date(rec.date),
        ...sourced(rec.provenance),
      })
    }
    for (const e of r.embassies) {
      rows.push({
        table: "embassies",
        id: r.id,
        relation: r.id,
        kind: e.seat === e.accreditedTo ? "resident" : "concurrent",
        countries: `${e.sender}>${e.accreditedTo}`,
        detail: details(`seat=${e.seat}`, e.ambassador && `ambassador=${e.ambassador}`),
        ...sourced(e.provenance),
      })
    }
    for (const f of r.frameworks) {
      rows.push({
        table: "frameworks",
        id: r.id,
        relation: r.id,
        date: date(f.since),
        ...titles(f.name),
        ...sourced(f.provenance),
      })
    }
  }
  for (const e of dataset.events) {
    rows.push({
      table: "events",
      id: e.id,
      relation: e.relation,
      kind: e._tag,
      date: date(e.date),
      countries: e._tag === "Visit" ? `${e.guest}>${e.host}` : undefined,
      ...titles(e.summary),
      detail: details(
        `level=${e.level}`,
        e._tag === "Visit" && e.visitType && `visitType=${e.visitType}`,
        e.places.length > 0 && `places=${e.places.join(", ")}`,
        e.partOf && `partOf=${e.partOf}`,
      ),
      ...sourced(e.provenance),
    })
  }
  for (const a of dataset.agreements) {
    rows.push({
      table: "agreements",
      id: a.id,
      relation: a.relations.join(" "),
      kind: a.kind,
      date: date(a.signed),
      effective: date(a.effective),
      countries: a.parties
        .map((p) => (p._tag === "CountryParty" ? p.country : p.organisation))
        .join(" "),
      ...titles(a.title),
      detail: details(`scope=${a.scope}`, a.signedAt && `signedAt=${a.signedAt}`),
      ...sourced(a.provenance),
    })
  }
  for (const s of dataset.indicators) {
    for (const o of s.observations) {
      // The columns every report of this observation shares.
      const observation = {
        table: "indicators",
        id: s.id,
        relation: s.relation,
        kind: s.kind,
        date: date(o.date),
        countries: s.from || s.to ? `${s.from ?? ""}>${s.to ?? ""}` : undefined,
        ...titles(s.title),
      }
      const basis = [`basis=${o.basis}`, o.period && `period=${partKey(o.period)}`] as const
      rows.push({
        ...observation,
        ...amount(o.value),
        detail: details(
          ...basis,
          o.rank && `rank=${o.rank.position}/${o.rank.of}`,
          reporterDetail(o.reporter),
          (o.otherReports?.length ?? 0) > 0 && `reports=${1 + (o.otherReports?.length ?? 0)}`,
        ),
        ...sourced(o.provenance),
      })
      // Each other report of the same figure: one row, table "indicators", detail report=other.
      for (const r of o.otherReports ?? []) {
        rows.push({
          ...observation,
          ...amount(r.value),
          detail: details(...basis, "report=other", reporterDetail(r.reporter)),
          ...sourced(r.provenance),
        })
      }
    }
  }
  for (const s of dataset.sisterRegions) {
    rows.push({
      table: "sisterRegions",
      id: s.id,
      relation: s.relation,
      date: date(s.since),
      countries: s.regions.map((r) => r.country).join(" "),
      title_vi: s.regions.map((r) => r.name.vi ?? r.name.en).join(" – "),
      title_en: s.regions.map((r) => r.name.en ?? r.name.vi).join(" – "),
      ...sourced(s.provenance),
    })
  }
  for (const s of dataset.support) {
    rows.push({
      table: "support",
      id: s.id,
      relation: s.relation,
      kind: s.purpose,
      date: date(s.term),
      countries: `${s.supporter}>${s.supported}`,
      ...titles(s.note),
      detail: details(`body=${s.body}`),
      ...sourced(s.provenance),
    })
  }
  for (const c of dataset.cooperationAreas) {
    rows.push({
      table: "cooperationAreas",
      id: c.id,
      relation: c.relation,
      kind: c.status,
      countries: c.proposedBy,
      ...titles(c.area),
      ...sourced(c.provenance),
    })
  }
  for (const p of dataset.projects) {
    rows.push({
      table: "projects",
      id: p.id,
      relation: p.relation,
      kind: p.kind,
      date: date(p.date),
      countries: p.countries.join(" ") || undefined,
      ...titles(p.title),
      ...amount(p.size),
      detail: details(
        p.by.length > 0 && `by=${p.by.join(", ")}`,
        p.places.length > 0 && `places=${p.places.join(", ")}`,
        p.status && `status=${p.status.en ?? p.status.vi}`,
      ),
      ...sourced(p.provenance),
    })
  }
  for (const g of dataset.tradeGoods) {
    rows.push({
      table: "tradeGoods",
      id: g.id,
      relation: g.relation,
      kind: g.status,
      countries: `${g.from}>${g.to}`,
      ...titles(g.product),
      ...sourced(g.provenance),
    })
  }
  for (const m of dataset.measures) {
    rows.push({
      table: "measures",
      id: m.id,
      relation: m.relation,
      kind: m.unilateral ? "unilateral" : undefined,
      date: date(m.date),
      countries: m.for ? `${m.by}>${m.for}` : m.by,
      ...titles(m.title),
      ...amount(m.duration),
      ...sourced(m.provenance),
    })
  }
  for (const s of dataset.statements) {
    rows.push({
      table: "statements",
      id: s.id,
      relation: s.relation,
      date: date(s.date),
      ...titles(s.text),
      ...sourced(s.provenance),
    })
  }
  for (const c of dataset.claims) {
    const result = checkClaim(c, dataset)
    rows.push({
      table: "claims",
      id: c.id,
      relation: c.relation,
      kind: c.check._tag,
      ...titles(c.text),
      detail: details(
        `status=${result.status}`,
        result.computed !== undefined && `computed=${result.computed}`,
      ),
      ...sourced(c.provenance),
    })
  }
  return rows
}

/**
 * The facts table as CSV text (UTF-8 with BOM, CRLF).
 * @example
 * writeFileSync("bilateral.csv", buildFactsCsv(index.dataset))
 */
export const buildFactsCsv = (dataset: Dataset): string =>
  toCsv(
    CSV_COLUMNS,
    factRows(dataset).map((row) => CSV_COLUMNS.map((column) => row[column])),
  )
