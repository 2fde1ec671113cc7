/**
 * Events between two countries, as a tagged union: visits, political consultations, phone calls,
 * meetings and intergovernmental commission sessions.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { EventId, RelationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Participant } from "./Person"
import { Provenances } from "./Provenance"
import { ReportedDate } from "./ReportedDate"

export * from "./EventKinds"
export * from "./TopLevels"

/**
 * The rank of an exchange: `party` (party leader), `state` (head of state), `government`
 * (head of government), `parliament`, `minister`, `deputy-minister`, `agency` (head of a state
 * agency), `local` (provinces and cities), `other`, or `unspecified` when the source does not say.
 * @example
 * Schema.decodeUnknownSync(Level)("deputy-minister")
 * @since 0.1.0
 * @category schemas
 */
export const Level = Schema.Literal(
  "party",
  "state",
  "government",
  "parliament",
  "minister",
  "deputy-minister",
  "agency",
  "local",
  "other",
  "unspecified",
)
/**
 * A level of exchange.
 * @example
 * const level: Level = "government"
 * @since 0.1.0
 * @category models
 */
export type Level = typeof Level.Type

/**
 * The type of a visit as the source names it: state ("cấp Nhà nước"), official ("chính thức")
 * or working ("làm việc").
 * @example
 * Schema.decodeUnknownSync(VisitType)("official")
 * @since 0.1.0
 * @category schemas
 */
export const VisitType = Schema.Literal("state", "official", "working")
/**
 * A type of visit.
 * @example
 * const t: VisitType = "state"
 * @since 0.1.0
 * @category models
 */
export type VisitType = typeof VisitType.Type

const common = {
  id: EventId,
  relation: RelationId,
  /** Absent when the source gives no date. */
  date: Schema.optional(ReportedDate),
  level: Level,
  summary: LocalizedText,
  places: Schema.optionalWith(Schema.Array(Schema.NonEmptyTrimmedString), { default: () => [] }),
  /** The event this one took place within (a consultation during a visit). */
  partOf: Schema.optional(EventId),
  provenance: Provenances,
}

/**
 * A visit by `guest` to `host`, led by `leader` (with the office held at the time). `met` lists
 * whom the visitors met; `date` is absent when the source gives none.
 * @example
 * const v: typeof Visit.Encoded = {
 *   _tag: "Visit", id: "visit-2025-03-kasymaliev", relation: "vn-kg", date: "2025-03-06/2025-03-07",
 *   level: "government", visitType: "official", guest: "KG", host: "VN",
 *   leader: { office: { vi: "Thủ tướng", en: "Prime Minister" }, country: "KG" },
 *   summary: { en: "The Kyrgyz Prime Minister's official visit" }, provenance,
 * }
 * @since 0.1.0
 * @category schemas
 */
export const Visit = Schema.TaggedStruct("Visit", {
  ...common,
  guest: CountryCode,
  host: CountryCode,
  leader: Participant,
  visitType: Schema.optional(VisitType),
  delegation: Schema.optionalWith(Schema.Array(Participant), { default: () => [] }),
  invitedBy: Schema.optional(Participant),
  met: Schema.optionalWith(Schema.Array(Participant), { default: () => [] }),
})
/**
 * A visit, decoded.
 * @example
 * const direction = (v: Visit) => `${v.guest}>${v.host}`
 * @since 0.1.0
 * @category models
 */
export type Visit = typeof Visit.Type

/**
 * The level one side held at a session or a round: a minister co-chairing with a deputy minister
 * is `[{ country: "VN", level: "minister" }, { country: "KZ", level: "deputy-minister" }]`.
 * @example
 * const s: typeof SideLevel.Encoded = { country: "KZ", level: "deputy-minister" }
 * @since 0.3.0
 * @category schemas
 */
export const SideLevel = Schema.Struct({ country: CountryCode, level: Level })
/**
 * A side's level, decoded.
 * @example
 * const text = (s: SideLevel) => `${s.country}: ${levelLabel(s.level, "en")}`
 * @since 0.3.0
 * @category models
 */
export type SideLevel = typeof SideLevel.Type

/**
 * Political consultations between two foreign ministries; `chairs` co-chair them.
 * @example
 * const c: typeof PoliticalConsultation.Encoded = { _tag: "PoliticalConsultation", id: "consultation-2025-03", relation: "vn-kz", date: "2025-03-02/2025-03-03", level: "deputy-minister", host: "KZ", chairs: [], summary: { en: "Consultations" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const PoliticalConsultation = Schema.TaggedStruct("PoliticalConsultation", {
  ...common,
  host: Schema.optional(CountryCode),
  chairs: Schema.Array(Participant),
  /** The round's ordinal ("the 6th political consultation"). @since 0.3.0 */
  round: Schema.optional(Schema.Int.pipe(Schema.positive())),
  /** Each side's level, when the two differ or the source says. @since 0.3.0 */
  sideLevels: Schema.optional(Schema.Array(SideLevel)),
})
/**
 * A political consultation, decoded.
 * @example
 * const host = (c: PoliticalConsultation) => c.host
 * @since 0.1.0
 * @category models
 */
export type PoliticalConsultation = typeof PoliticalConsultation.Type

/**
 * A phone call between officials.
 * @example
 * const c: typeof PhoneCall.Encoded = { _tag: "PhoneCall", id: "call-2025-02-17", relation: "vn-kg", date: "2025-02-17", level: "deputy-minister", participants: [], summary: { en: "A phone call" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const PhoneCall = Schema.TaggedStruct("PhoneCall", {
  ...common,
  participants: Schema.Array(Participant),
})
/**
 * A phone call, decoded.
 * @example
 * const who = (c: PhoneCall) => c.participants.length
 * @since 0.1.0
 * @category models
 */
export type PhoneCall = typeof PhoneCall.Type

/**
 * A meeting or talks, possibly during a visit (`partOf`).
 * @example
 * const m: typeof Meeting.Encoded = { _tag: "Meeting", id: "meeting-1", relation: "vn-kz", level: "parliament", partOf: "visit-1", participants: [], summary: { en: "Talks" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Meeting = Schema.TaggedStruct("Meeting", {
  ...common,
  participants: Schema.Array(Participant),
})
/**
 * A meeting, decoded.
 * @example
 * const during = (m: Meeting) => m.partOf
 * @since 0.1.0
 * @category models
 */
export type Meeting = typeof Meeting.Type

/**
 * A session of an intergovernmental commission; `session` is its ordinal (11 for the 11th).
 * @example
 * const s: typeof CommissionSession.Encoded = { _tag: "CommissionSession", id: "commission-11", relation: "vn-kz", date: "2024-05", level: "minister", commission: { vi: "Ủy ban Liên Chính phủ" }, session: 11, summary: { en: "11th session" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const CommissionSession = Schema.TaggedStruct("CommissionSession", {
  ...common,
  commission: LocalizedText,
  session: Schema.optional(Schema.Int.pipe(Schema.positive())),
  /** The commission's id in its relation's `commissions`. @since 0.3.0 */
  commissionId: Schema.optional(Schema.NonEmptyTrimmedString),
  /** The co-chairs, each with the office held at the time and the country. @since 0.3.0 */
  coChairs: Schema.optional(Schema.Array(Participant)),
  /** Each side's level at this session. @since 0.3.0 */
  sideLevels: Schema.optional(Schema.Array(SideLevel)),
})
/**
 * A commission session, decoded.
 * @example
 * const ordinal = (s: CommissionSession) => s.session
 * @since 0.1.0
 * @category models
 */
export type CommissionSession = typeof CommissionSession.Type

/**
 * Any event. Switch on `_tag`.
 * @example
 * const count = events.filter((e) => e._tag === "Visit").length
 * @since 0.1.0
 * @category schemas
 */
export const Event = Schema.Union(
  Visit,
  PoliticalConsultation,
  PhoneCall,
  Meeting,
  CommissionSession,
)
/**
 * Any event, decoded: switch on `_tag`.
 * @example
 * const isVisit = (e: Event): e is Visit => e._tag === "Visit"
 * @since 0.1.0
 * @category models
 */
export type Event = typeof Event.Type
/**
 * The kinds of events: the `_tag`s of `Event`.
 * @example
 * const kind: EventKind = "PhoneCall"
 * @since 0.1.0
 * @category models
 */
export type EventKind = Event["_tag"]
