/**
 * Claims: derived assertions a source makes ("33 năm", "tăng hơn gấp đôi", "lần đầu tiên"),
 * recorded with what it would take to check them against the data.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { Level } from "./Event"
import { EventId, FactId, IndicatorId, RelationId } from "./Id"
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
 * How a claim is checked:
 * - `Anniversary`: in year `year` it is `years` years since the subject ("33 năm thiết lập").
 * - `Multiple`: the series grew by `factor` between two dates, with a qualifier ("hơn gấp đôi").
 * - `Increase`: the series rose up to `to` (from `from` when given; "tăng mạnh").
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
  }),
  Schema.TaggedStruct("Increase", {
    series: IndicatorId,
    from: Schema.optional(ReportedDate),
    to: ReportedDate,
  }),
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
