/**
 * The several reports of one figure, without the schemas: an observation's own value (its main
 * report, the one metrics use) and its `otherReports`, the spread between them, and the report a
 * claim cites. `Indicator` re-exports these helpers; this module builds no `Schema`.
 *
 * @since 0.3.0
 */
import type { Observation, Reporter } from "./Indicator"
import { localize } from "./Localize"
import type { LocalizedText } from "./LocalizedText"
import type { Provenances } from "./Provenance"
import type { Quantity } from "./Quantity"
import { pointValue } from "./QuantityValue"

/**
 * One report of a figure: who gave it (when the data says), the value as given (its wording in
 * `value.reported`), where it is said, and whether it is the observation's main report (`value`
 * and `provenance` of the observation itself), the one every metric uses.
 * @example
 * observationReports(o).map((r: FigureReport) => [r.reporter?.name, r.value.reported])
 * @since 0.3.0
 * @category models
 */
export interface FigureReport {
  readonly reporter?: Reporter
  readonly value: Quantity
  readonly provenance: Provenances
  readonly main: boolean
}

/**
 * Every report of an observation's figure, the main one first. Use it to list who said what.
 * @example
 * observationReports(trade2024).length // 2 when another outlet gives another figure
 * @since 0.3.0
 * @category helpers
 */
export const observationReports = (o: Observation): ReadonlyArray<FigureReport> => [
  {
    ...(o.reporter !== undefined ? { reporter: o.reporter } : {}),
    value: o.value,
    provenance: o.provenance,
    main: true,
  },
  ...(o.otherReports ?? []).map((r) => ({ ...r, main: false })),
]

/**
 * The report a fact citing `sources` relies on: the first report whose provenance names one of
 * them, else the main report. A claim is checked against the report its own source gives, so an
 * agency's "+16%" is checked against that agency's figures.
 * @example
 * reportCitedBy(trade2024, ["agency-2025"]).value.value // 800000000
 * @since 0.3.0
 * @category helpers
 */
export const reportCitedBy = (o: Observation, sources: ReadonlyArray<string>): FigureReport => {
  const reports = observationReports(o)
  return (
    reports.find((r) => r.provenance.some((p) => sources.includes(p.source))) ??
    (reports[0] as FigureReport)
  )
}

/**
 * How far the reports of one figure differ: the lowest and highest values (ranges count as their
 * middle) among reports in the main report's unit, and how many reports there are. `differ` is
 * true when two reports give different values. Use it to show the spread beside a figure.
 * @example
 * reportSpread(trade2022) // { count: 3, min: 528300000, max: 600000000, differ: true }
 * @since 0.3.0
 * @category helpers
 */
export const reportSpread = (
  o: Observation,
): {
  readonly count: number
  readonly min: number
  readonly max: number
  readonly differ: boolean
} => {
  const values = observationReports(o)
    .filter((r) => r.value.unit === o.value.unit && r.value.per === o.value.per)
    .map((r) => pointValue(r.value))
  const min = Math.min(...values)
  const max = Math.max(...values)
  return { count: observationReports(o).length, min, max, differ: max !== min }
}

/**
 * The name to show for a reporter: its own `name` in `lang`, else the name of its organisation
 * among `organisations`, else the organisation's id; `undefined` without a reporter.
 * @example
 * reporterName(report.reporter, dataset.organisations, "vi") // "Tổng cục Hải quan"
 * @since 0.3.0
 * @category formatting
 */
export const reporterName = (
  reporter:
    | { readonly organisation?: string | undefined; readonly name?: LocalizedText | undefined }
    | undefined,
  organisations: ReadonlyArray<{ readonly id: string; readonly name: LocalizedText }>,
  lang: string,
): string | undefined => {
  if (reporter === undefined) return undefined
  if (reporter.name !== undefined) return localize(reporter.name, lang)
  const org = organisations.find((o) => o.id === reporter.organisation)
  return org === undefined ? reporter.organisation : localize(org.name, lang)
}
