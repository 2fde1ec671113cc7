/**
 * Identifiers of dataset entities: lower-case kebab-case (`vn-kz`, `to-lam`, `visit-2025-05-to-lam`).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/

/**
 * Makes a branded identifier schema. Use one brand per kind of entity so that a person id cannot
 * be passed where an event id is expected.
 * @example
 * const PersonId = makeId("PersonId")
 * @since 0.1.0
 * @category constructors
 */
export const makeId = <B extends string>(brand: B) =>
  Schema.String.pipe(
    Schema.pattern(kebab, {
      message: () => `expected an id in lower-case kebab-case (letters, digits and single dashes)`,
    }),
    Schema.brand(brand),
  )

/**
 * Id of a relation between two countries, such as `vn-kz`. Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(RelationId)("vn-kz")
 * @since 0.1.0
 * @category schemas
 */
export const RelationId = makeId("RelationId")
/**
 * The branded type of `RelationId`.
 * @example
 * const id: RelationId = Schema.decodeUnknownSync(RelationId)("vn-kz")
 * @since 0.1.0
 * @category models
 */
export type RelationId = typeof RelationId.Type
/**
 * Id of a person, such as `to-lam`. Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(PersonId)("to-lam")
 * @since 0.1.0
 * @category schemas
 */
export const PersonId = makeId("PersonId")
/**
 * The branded type of `PersonId`.
 * @example
 * const id: PersonId = Schema.decodeUnknownSync(PersonId)("to-lam")
 * @since 0.1.0
 * @category models
 */
export type PersonId = typeof PersonId.Type
/**
 * Id of an organisation or body, such as `eaeu` or `un-security-council`. Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(OrganisationId)("eaeu")
 * @since 0.1.0
 * @category schemas
 */
export const OrganisationId = makeId("OrganisationId")
/**
 * The branded type of `OrganisationId`.
 * @example
 * const id: OrganisationId = Schema.decodeUnknownSync(OrganisationId)("eaeu")
 * @since 0.1.0
 * @category models
 */
export type OrganisationId = typeof OrganisationId.Type
/**
 * Id of an event, such as `visit-2025-05-to-lam`. Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(EventId)("visit-2025-05-to-lam")
 * @since 0.1.0
 * @category schemas
 */
export const EventId = makeId("EventId")
/**
 * The branded type of `EventId`.
 * @example
 * const id: EventId = Schema.decodeUnknownSync(EventId)("visit-2025-05-to-lam")
 * @since 0.1.0
 * @category models
 */
export type EventId = typeof EventId.Type
/**
 * Id of an agreement, such as `vn-eaeu-fta`. Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(AgreementId)("vn-eaeu-fta")
 * @since 0.1.0
 * @category schemas
 */
export const AgreementId = makeId("AgreementId")
/**
 * The branded type of `AgreementId`.
 * @example
 * const id: AgreementId = Schema.decodeUnknownSync(AgreementId)("vn-eaeu-fta")
 * @since 0.1.0
 * @category models
 */
export type AgreementId = typeof AgreementId.Type
/**
 * Id of an indicator series, such as `vn-kg-trade`. Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(IndicatorId)("vn-kg-trade")
 * @since 0.1.0
 * @category schemas
 */
export const IndicatorId = makeId("IndicatorId")
/**
 * The branded type of `IndicatorId`.
 * @example
 * const id: IndicatorId = Schema.decodeUnknownSync(IndicatorId)("vn-kg-trade")
 * @since 0.1.0
 * @category models
 */
export type IndicatorId = typeof IndicatorId.Type
/**
 * Id of any other fact (sister regions, support, projects, statements, claims). Decode ids with it so that one kind cannot be passed for another.
 * @example
 * const id = Schema.decodeUnknownSync(FactId)("claim-33-years")
 * @since 0.1.0
 * @category schemas
 */
export const FactId = makeId("FactId")
/**
 * The branded type of `FactId`.
 * @example
 * const id: FactId = Schema.decodeUnknownSync(FactId)("claim-33-years")
 * @since 0.1.0
 * @category models
 */
export type FactId = typeof FactId.Type
