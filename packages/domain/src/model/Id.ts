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

/** Id of a relation between two countries, such as `vn-kz`. @since 0.1.0 @category schemas */
export const RelationId = makeId("RelationId")
/** @since 0.1.0 @category models */
export type RelationId = typeof RelationId.Type
/** Id of a person. @since 0.1.0 @category schemas */
export const PersonId = makeId("PersonId")
/** @since 0.1.0 @category models */
export type PersonId = typeof PersonId.Type
/** Id of an organisation (EAEU, UN bodies). @since 0.1.0 @category schemas */
export const OrganisationId = makeId("OrganisationId")
/** @since 0.1.0 @category models */
export type OrganisationId = typeof OrganisationId.Type
/** Id of an event. @since 0.1.0 @category schemas */
export const EventId = makeId("EventId")
/** @since 0.1.0 @category models */
export type EventId = typeof EventId.Type
/** Id of an agreement. @since 0.1.0 @category schemas */
export const AgreementId = makeId("AgreementId")
/** @since 0.1.0 @category models */
export type AgreementId = typeof AgreementId.Type
/** Id of an indicator series. @since 0.1.0 @category schemas */
export const IndicatorId = makeId("IndicatorId")
/** @since 0.1.0 @category models */
export type IndicatorId = typeof IndicatorId.Type
/** Id of any other fact (sister regions, support, projects, statements, claims). @since 0.1.0 @category schemas */
export const FactId = makeId("FactId")
/** @since 0.1.0 @category models */
export type FactId = typeof FactId.Type
