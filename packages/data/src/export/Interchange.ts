/**
 * The interchange format (`bilateral export --format json`, and the site's JSON download): every
 * entity and fact of a dataset, in ISO 8601 dates and base-unit quantities with each fact's
 * provenance, plus the metrics the domain derives from them (growth as fractions, visit counts,
 * claim checks). Pure: the same dataset always gives the same document (no timestamps, no clock),
 * so exports diff cleanly. Build it with `buildInterchange(index.dataset)`; the CLI and the site
 * both do.
 *
 * @since 0.1.0
 */
import {
  checkClaim,
  type Dataset,
  Dataset as DatasetSchema,
  type StatusChangeKind,
  seriesMetrics,
  statusTimeline,
  visitCounts,
} from "@bilateral/domain"
import { Schema } from "effect"
import { encodeDate, encodeSeriesMetrics, type SeriesMetricsJson } from "./Encode"

/**
 * The version of the interchange format. Bumped on any change a consumer could notice: a minor
 * version adds fields a 1.0.0 reader can ignore. 1.1.0 adds observations' `period`, `reporter` and
 * `otherReports`; `Change` claims; sessions' and rounds' `round`, `commissionId`, `coChairs` and
 * `sideLevels`; relations' `ambassadors` and `commissions`, embassies' `opened`/`closed`,
 * frameworks' `until`; derived points' `period`, `span` and `reports`, yoy and spans' `period`,
 * and each relation's `statusTimeline`.
 */
export const FORMAT_VERSION = "1.1.0"

/** How to read the document; repeated inside it so that a file explains itself. */
export const CONVENTIONS = {
  dates:
    "ISO 8601 text as reported: YYYY, YYYY-MM, YYYY-MM-DD, ranges START/END; a part of a year, which ISO 8601 cannot say, as early-YYYY, mid-YYYY or late-YYYY",
  quantities:
    "value in base units (13.5 million USD is 13500000), with unit, qualifier (exact, nearly, over, about), max for ranges, per for rates, reported for the source's wording",
  rates: "fractions: 0.8 is +80%; null with a reason when undefined",
  provenance:
    "every fact has provenance: [{ source, quote (verbatim, at most 25 words), paragraph (non-empty lines of the source text, from 1) }]",
  periods:
    "an observation covers a full year (date YYYY), a part of a year (date YYYY with period: FirstMonths, Quarter, Half or YearToDate), a yearly average over years (basis period-average, date START/END) or a point (basis level or cumulative); growth compares a part of a year only with the same part of another year",
  reports:
    "an observation's value and provenance are its main report, the one metrics use; otherReports lists other reports of the same figure, each with reporter, value and provenance; a claim is checked against the report its own source gives",
} as const

type Encoded = typeof DatasetSchema.Encoded

/** Derived metrics of one relation. */
export interface RelationMetricsJson {
  readonly relation: string
  /** The relation's status over time (since 1.1.0), earliest first, undated last. */
  readonly statusTimeline: ReadonlyArray<{
    readonly date: string | null
    readonly kind: StatusChangeKind
    readonly label: { readonly vi: string; readonly en: string }
    readonly provenance: ReadonlyArray<{ readonly source: string; readonly quote: string }>
  }>
  readonly indicators: ReadonlyArray<SeriesMetricsJson>
  readonly visits: ReturnType<typeof visitCounts>
  readonly claims: ReadonlyArray<{
    readonly id: string
    readonly status: string
    readonly explanation: { readonly vi: string; readonly en: string }
    readonly computed: number | null
  }>
}

/** The whole export document. */
export type Interchange = {
  readonly formatVersion: string
  readonly conventions: typeof CONVENTIONS
} & Encoded & {
    readonly derived: { readonly relations: ReadonlyArray<RelationMetricsJson> }
  }

/** The metrics the domain derives for one relation, encoded for JSON. */
export const relationMetricsJson = (dataset: Dataset, relationId: string): RelationMetricsJson => ({
  relation: relationId,
  statusTimeline: (() => {
    const relation = dataset.relations.find((r) => r.id === relationId)
    return relation === undefined
      ? []
      : statusTimeline(relation, dataset.events).map((c) => ({
          date: encodeDate(c.date),
          kind: c.kind,
          label: c.label,
          provenance: c.provenance.map((p) => ({
            source: p.source,
            quote: p.quote,
            ...(p.paragraph !== undefined ? { paragraph: p.paragraph } : {}),
          })),
        }))
  })(),
  indicators: dataset.indicators
    .filter((s) => s.relation === relationId)
    .map((s) => encodeSeriesMetrics(seriesMetrics(s))),
  visits: visitCounts(dataset.events.filter((e) => e.relation === relationId)),
  claims: dataset.claims
    .filter((c) => c.relation === relationId)
    .map((claim) => {
      const result = checkClaim(claim, dataset)
      return {
        id: claim.id,
        status: result.status,
        explanation: result.explanation,
        computed: result.computed ?? null,
      }
    }),
})

/**
 * Builds the interchange document of a dataset.
 * @example
 * const doc = buildInterchange(index.dataset)
 * doc.formatVersion // "1.1.0"
 */
export const buildInterchange = (dataset: Dataset): Interchange => ({
  formatVersion: FORMAT_VERSION,
  conventions: CONVENTIONS,
  ...Schema.encodeSync(DatasetSchema)(dataset),
  derived: { relations: dataset.relations.map((r) => relationMetricsJson(dataset, r.id)) },
})
