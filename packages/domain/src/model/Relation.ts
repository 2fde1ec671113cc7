/**
 * The relation between two countries: recognition, establishment of diplomatic relations,
 * embassies (resident or concurrently accredited from a third country) and partnership frameworks.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { Level } from "./Event"
import { PersonId, RelationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Provenances } from "./Provenance"
import { ReportedDate } from "./ReportedDate"

export * from "./Embassies"

/**
 * One country's recognition of another (of its independence, or of the state).
 * @example
 * const r: typeof Recognition.Encoded = { by: "VN", of: "KG", date: "1991-12-27", provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Recognition = Schema.Struct({
  by: CountryCode,
  of: CountryCode,
  date: ReportedDate,
  provenance: Provenances,
})
/**
 * A recognition, decoded.
 * @example
 * const when = (r: Recognition) => formatDate(r.date, "vi")
 * @since 0.1.0
 * @category models
 */
export type Recognition = typeof Recognition.Type

/**
 * The establishment of diplomatic relations; `instrument` names the document signed, if any.
 * `relationAge` and anniversary claims count from its date.
 * @example
 * const e: typeof Establishment.Encoded = { date: "1992-06-29", provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Establishment = Schema.Struct({
  date: ReportedDate,
  instrument: Schema.optional(LocalizedText),
  provenance: Provenances,
})
/**
 * An establishment, decoded.
 * @example
 * const since = (e: Establishment) => startYear(e.date)
 * @since 0.1.0
 * @category models
 */
export type Establishment = typeof Establishment.Type

/**
 * A diplomatic mission of `sender` accredited to `accreditedTo`. It is resident when its seat
 * is in the country it is accredited to, and concurrently accredited when `seat` is a third
 * country (Vietnam's embassy in Kazakhstan covering Kyrgyzstan: sender VN, seat KZ,
 * accreditedTo KG).
 * @example
 * const e: typeof Embassy.Encoded = { sender: "VN", seat: "KZ", accreditedTo: "KG", provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Embassy = Schema.Struct({
  sender: CountryCode,
  seat: CountryCode,
  accreditedTo: CountryCode,
  ambassador: Schema.optional(Schema.NonEmptyTrimmedString),
  /** When the embassy opened, as reported. @since 0.3.0 */
  opened: Schema.optional(ReportedDate),
  /** When it closed, if it did. @since 0.3.0 */
  closed: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * An embassy, decoded.
 * @example
 * const concurrent = (es: ReadonlyArray<Embassy>) => es.filter(isConcurrent)
 * @since 0.1.0
 * @category models
 */
export type Embassy = typeof Embassy.Type

/**
 * A named framework of the relation ("quan hệ hữu nghị truyền thống", a strategic partnership).
 * @example
 * const f: typeof Framework.Encoded = { name: { vi: "quan hệ hữu nghị truyền thống" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Framework = Schema.Struct({
  name: LocalizedText,
  since: Schema.optional(ReportedDate),
  /** When the relation left this framework (an upgrade to the next one). @since 0.3.0 */
  until: Schema.optional(ReportedDate),
  provenance: Provenances,
})

/**
 * An ambassador of `sender` to `accreditedTo`, with a term: `from` and `to` as reported, either
 * absent when the source does not say (an ambassador "hiện nay" has neither). `seat` is where the
 * embassy is, when stated (a concurrently accredited ambassador sits in a third country); it may
 * be unknown. Name the person by `person` (an id in people) or by `name`.
 * @example
 * const a: typeof Ambassador.Encoded = { name: "Nguyễn Văn A", sender: "VN", accreditedTo: "KZ", from: "2021-09", provenance }
 * @since 0.3.0
 * @category schemas
 */
export const Ambassador = Schema.Struct({
  person: Schema.optional(PersonId),
  name: Schema.optional(Schema.NonEmptyTrimmedString),
  sender: CountryCode,
  accreditedTo: CountryCode,
  seat: Schema.optional(CountryCode),
  from: Schema.optional(ReportedDate),
  to: Schema.optional(ReportedDate),
  provenance: Provenances,
}).pipe(
  Schema.filter((a) =>
    a.person !== undefined || a.name !== undefined
      ? undefined
      : { path: ["person"], message: "expected an ambassador named by person (an id) or name" },
  ),
)
/**
 * An ambassador, decoded.
 * @example
 * const term = (a: Ambassador) => [a.from, a.to]
 * @since 0.3.0
 * @category models
 */
export type Ambassador = typeof Ambassador.Type

/**
 * One level a commission held, from a date when reported: the Vietnam–Kazakhstan commission was
 * raised from `deputy-minister` to `minister`.
 * @example
 * const l: typeof CommissionLevel.Encoded = { level: "minister", provenance }
 * @since 0.3.0
 * @category schemas
 */
export const CommissionLevel = Schema.Struct({
  level: Level,
  since: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * A commission's level over a span, decoded.
 * @example
 * const current = (c: Commission) => c.levels.at(-1)?.level
 * @since 0.3.0
 * @category models
 */
export type CommissionLevel = typeof CommissionLevel.Type

/**
 * A standing commission or committee of a relation (an intergovernmental commission), with its
 * name and its levels in order, earliest first. Sessions (`CommissionSession` events) name it by
 * `commissionId`.
 * @example
 * const c: typeof Commission.Encoded = {
 *   id: "igc", name: { vi: "Ủy ban Liên Chính phủ" },
 *   levels: [{ level: "deputy-minister", provenance }, { level: "minister", provenance }],
 *   provenance,
 * }
 * @since 0.3.0
 * @category schemas
 */
export const Commission = Schema.Struct({
  id: Schema.NonEmptyTrimmedString,
  name: LocalizedText,
  levels: Schema.optional(Schema.Array(CommissionLevel)),
  provenance: Provenances,
})
/**
 * A commission, decoded.
 * @example
 * const name = (c: Commission) => localize(c.name, "en")
 * @since 0.3.0
 * @category models
 */
export type Commission = typeof Commission.Type
/**
 * A framework, decoded.
 * @example
 * const names = (r: Relation) => r.frameworks.map((f) => localize(f.name, "vi"))
 * @since 0.1.0
 * @category models
 */
export type Framework = typeof Framework.Type

/**
 * The relation of two distinct countries. By convention `countries[0]` is the country the dataset
 * is about (Vietnam here) and `countries[1]` its partner; a relation between two other countries
 * may list them in any order (the index's `partnerOf` picks the side that is not the subject).
 * @example
 * const r: typeof Relation.Encoded = { id: "vn-kg", countries: ["VN", "KG"], recognitions: [], embassies: [], frameworks: [] }
 * @since 0.1.0
 * @category schemas
 */
export const Relation = Schema.Struct({
  id: RelationId,
  countries: Schema.Tuple(CountryCode, CountryCode),
  recognitions: Schema.optionalWith(Schema.Array(Recognition), { default: () => [] }),
  established: Schema.optional(Establishment),
  embassies: Schema.optionalWith(Schema.Array(Embassy), { default: () => [] }),
  frameworks: Schema.optionalWith(Schema.Array(Framework), { default: () => [] }),
  /** Ambassadors with their terms. @since 0.3.0 */
  ambassadors: Schema.optional(Schema.Array(Ambassador)),
  /** Standing commissions and committees, with their levels over time. @since 0.3.0 */
  commissions: Schema.optional(Schema.Array(Commission)),
}).pipe(
  Schema.filter((r) =>
    r.countries[0] !== r.countries[1]
      ? undefined
      : {
          path: ["countries"],
          message: `expected two different countries, not ${r.countries[0]} twice`,
        },
  ),
)
/**
 * A relation, decoded (`recognitions`, `embassies` and `frameworks` default to empty).
 * @example
 * const age = (r: Relation) => relationAge(r, day(2025, 6, 1))?.years
 * @since 0.1.0
 * @category models
 */
export type Relation = typeof Relation.Type

/**
 * The second country of a relation: the partner when the relation lists the dataset's subject
 * first. Prefer the index's `partnerOf`, which knows the subject.
 * @example
 * partnerOf(vnKz) // "KZ"
 * @since 0.1.0
 * @category helpers
 */
export const partnerOf = (relation: Relation): CountryCode => relation.countries[1]
