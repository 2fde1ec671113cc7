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

/**
 * The rank of an exchange: `party` (party leader), `state` (head of state), `government`
 * (head of government), `parliament`, `minister`, `deputy-minister`, `agency` (head of a state
 * agency), `local` (provinces and cities), `other`, or `unspecified` when the source does not say.
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
/** @since 0.1.0 @category models */
export type Level = typeof Level.Type

/** The levels counted as top-level visits: party, state and government leaders. @since 0.1.0 @category constants */
export const TOP_LEVELS: ReadonlyArray<Level> = ["party", "state", "government"]

/** Whether a level is a top-level one. @since 0.1.0 @category helpers */
export const isTopLevel = (level: Level): boolean => TOP_LEVELS.includes(level)

/** The type of a visit as the source names it: state, official or working. @since 0.1.0 @category schemas */
export const VisitType = Schema.Literal("state", "official", "working")
/** @since 0.1.0 @category models */
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
 * A visit by `guest` to `host`, led by `leader`. `met` lists whom the visitors met.
 * @example
 * // see packages/data/dataset/relations/vn-kg/events.yaml
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
/** @since 0.1.0 @category models */
export type Visit = typeof Visit.Type

/** Political consultations between two foreign ministries. @since 0.1.0 @category schemas */
export const PoliticalConsultation = Schema.TaggedStruct("PoliticalConsultation", {
  ...common,
  host: Schema.optional(CountryCode),
  chairs: Schema.Array(Participant),
})
/** @since 0.1.0 @category models */
export type PoliticalConsultation = typeof PoliticalConsultation.Type

/** A phone call. @since 0.1.0 @category schemas */
export const PhoneCall = Schema.TaggedStruct("PhoneCall", {
  ...common,
  participants: Schema.Array(Participant),
})
/** @since 0.1.0 @category models */
export type PhoneCall = typeof PhoneCall.Type

/** A meeting or talks. @since 0.1.0 @category schemas */
export const Meeting = Schema.TaggedStruct("Meeting", {
  ...common,
  participants: Schema.Array(Participant),
})
/** @since 0.1.0 @category models */
export type Meeting = typeof Meeting.Type

/** A session of an intergovernmental commission; `session` is its ordinal (11 for the 11th). @since 0.1.0 @category schemas */
export const CommissionSession = Schema.TaggedStruct("CommissionSession", {
  ...common,
  commission: LocalizedText,
  session: Schema.optional(Schema.Int.pipe(Schema.positive())),
})
/** @since 0.1.0 @category models */
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
/** @since 0.1.0 @category models */
export type Event = typeof Event.Type
/** The kinds of events. @since 0.1.0 @category models */
export type EventKind = Event["_tag"]
/** Every event kind, in display order. @since 0.1.0 @category constants */
export const EVENT_KINDS: ReadonlyArray<EventKind> = [
  "Visit",
  "PoliticalConsultation",
  "PhoneCall",
  "Meeting",
  "CommissionSession",
]
