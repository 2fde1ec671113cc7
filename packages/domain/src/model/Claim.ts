/**
 * Claims: derived assertions a source makes ("33 năm", "tăng hơn gấp đôi", "lần đầu tiên"),
 * recorded with what it would take to check them against the data.
 *
 * @since 0.1.0
 */
import { Either, Schema } from "effect"
import { parseReportedChange } from "../parse/Change"
import { CountryCode } from "./Country"
import { Level } from "./Event"
import { EventId, FactId, IndicatorId, RelationId } from "./Id"
import { ObservationPeriod } from "./Indicator"
import { LocalizedText } from "./LocalizedText"
import { Provenances } from "./Provenance"
import { Qualifier } from "./Quantity"
import { ReportedDate } from "./ReportedDate"

/**
 * What an anniversary counts from: the establishment of relations, or an event.
 * @example
 * const s: typeof AnniversarySubject.Encoded = { _tag: "EventSubject", event: "visit-ho-chi-minh" }
 * @since 0.1.0
 * @category schemas
 */
export const AnniversarySubject = Schema.Union(
  Schema.TaggedStruct("Establishment", {}),
  Schema.TaggedStruct("EventSubject", { event: EventId }),
)
/**
 * An anniversary subject, decoded.
 * @example
 * const fromEvent = (s: AnniversarySubject) => (s._tag === "EventSubject" ? s.event : undefined)
 * @since 0.1.0
 * @category models
 */
export type AnniversarySubject = typeof AnniversarySubject.Type

/**
 * A change claimed in the source's own words (`reported`: "tăng 69,8%", "tăng hơn gấp đôi",
 * "tăng trung bình 28%/năm", "tăng 34,5% so với cùng kỳ"), read with `parseReportedChange` and
 * checked with a tolerance that follows the precision written (see `changeHolds`). `from` is the
 * earlier figure's date; without it, the same period a year before `to`. `period` is the part of
 * the year both figures cover ("4 tháng đầu năm"), absent for whole years. An average yearly rate
 * ("trung bình .../năm") needs `from` and is checked against the CAGR.
 * @example
 * const c: typeof ChangeCheck.Encoded = { _tag: "Change", series: "fx-trade", to: "2024", reported: "tăng 69,8%" }
 * @since 0.3.0
 * @category schemas
 */
export const ChangeCheck = Schema.TaggedStruct("Change", {
  series: IndicatorId,
  from: Schema.optional(ReportedDate),
  to: ReportedDate,
  period: Schema.optional(ObservationPeriod),
  reported: Schema.NonEmptyTrimmedString,
}).pipe(
  Schema.filter((c) => {
    const change = parseReportedChange(c.reported)
    if (Either.isLeft(change)) return { path: ["reported"], message: change.left.message }
    if (change.right._tag === "Percent" && change.right.perYear && c.from === undefined) {
      return {
        path: ["reported"],
        message: `expected "from" with an average yearly rate ("${c.reported}"): the first year of the average`,
      }
    }
    return undefined
  }),
)

/**
 * How a claim is checked:
 * - `Anniversary`: in year `year` it is `years` years since the subject ("33 năm thiết lập").
 * - `Multiple`: the series grew by `factor` between two dates, with a qualifier ("hơn gấp đôi").
 * - `Increase`: the series rose up to `to` (from `from` when given; "tăng mạnh").
 * - `Change`: a change in the source's words ("tăng 69,8%", "tăng hơn gấp đôi"); see `ChangeCheck`.
 * - `FirstVisit`: `event` is the first visit from guest to host at these levels since `since`.
 * - `NoneWithin`: no visit from guest to host at these levels in the `years` before `event`.
 * - `Qualitative`: a judgement that data cannot settle.
 * @example
 * const doubled: typeof ClaimCheck.Encoded = { _tag: "Multiple", series: "kz-vn-arrivals", from: "2023", to: "2024", factor: 2, qualifier: "over" }
 * @since 0.1.0
 * @category schemas
 */
export const ClaimCheck = Schema.Union(
  Schema.TaggedStruct("Anniversary", {
    subject: AnniversarySubject,
    year: Schema.Int,
    years: Schema.Int.pipe(Schema.nonNegative()),
  }),
  Schema.TaggedStruct("Multiple", {
    series: IndicatorId,
    from: ReportedDate,
    to: ReportedDate,
    factor: Schema.Number.pipe(Schema.positive()),
    qualifier: Schema.optionalWith(Qualifier, { default: () => "exact" as const }),
    /** The part of the year both figures cover, when not whole years. @since 0.3.0 */
    period: Schema.optional(ObservationPeriod),
  }),
  Schema.TaggedStruct("Increase", {
    series: IndicatorId,
    from: Schema.optional(ReportedDate),
    to: ReportedDate,
    /** The part of the year both figures cover, when not whole years. @since 0.3.0 */
    period: Schema.optional(ObservationPeriod),
  }),
  ChangeCheck,
  Schema.TaggedStruct("FirstVisit", {
    event: EventId,
    guest: CountryCode,
    host: CountryCode,
    levels: Schema.NonEmptyArray(Level),
    since: Schema.optional(ReportedDate),
  }),
  Schema.TaggedStruct("NoneWithin", {
    event: EventId,
    guest: CountryCode,
    host: CountryCode,
    levels: Schema.NonEmptyArray(Level),
    years: Schema.Int.pipe(Schema.positive()),
  }),
  Schema.TaggedStruct("Qualitative", {}),
)
/**
 * A claim check, decoded; `checkClaim` runs it.
 * @example
 * const kind = (c: ClaimCheck) => c._tag
 * @since 0.1.0
 * @category models
 */
export type ClaimCheck = typeof ClaimCheck.Type

/**
 * A claim made in a source, with its check.
 * @example
 * const c: typeof Claim.Encoded = {
 *   id: "claim-33-years", relation: "vn-kz", text: { vi: "33 năm thiết lập quan hệ ngoại giao" },
 *   check: { _tag: "Anniversary", subject: { _tag: "Establishment" }, year: 2025, years: 33 },
 *   provenance,
 * }
 * @since 0.1.0
 * @category schemas
 */
export const Claim = Schema.Struct({
  id: FactId,
  relation: RelationId,
  text: LocalizedText,
  check: ClaimCheck,
  provenance: Provenances,
})
/**
 * A claim, decoded; pass it to `checkClaim`.
 * @example
 * const status = (c: Claim, d: Dataset) => checkClaim(c, d).status
 * @since 0.1.0
 * @category models
 */
export type Claim = typeof Claim.Type
