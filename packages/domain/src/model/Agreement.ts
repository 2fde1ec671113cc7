/**
 * Agreements: bilateral ones between the two countries, and multilateral ones that bind both
 * (the Vietnam–EAEU free trade agreement applies to every EAEU member).
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { AgreementId, EventId, OrganisationId, RelationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Provenances } from "./Provenance"
import { ReportedDate } from "./ReportedDate"

/** A party to an agreement: a country or an organisation. @since 0.1.0 @category schemas */
export const Party = Schema.Union(
  Schema.TaggedStruct("CountryParty", { country: CountryCode }),
  Schema.TaggedStruct("OrganisationParty", { organisation: OrganisationId }),
)
/** @since 0.1.0 @category models */
export type Party = typeof Party.Type

/** The kind of instrument. @since 0.1.0 @category schemas */
export const AgreementKind = Schema.Literal(
  "agreement",
  "free-trade-agreement",
  "protocol",
  "memorandum",
  "treaty",
  "other",
)
/** @since 0.1.0 @category models */
export type AgreementKind = typeof AgreementKind.Type

/**
 * An agreement. `relations` lists the relations it applies to; `signedAt` links the event at
 * which it was signed.
 * @example
 * // see packages/data/dataset/agreements.yaml
 * @since 0.1.0
 * @category schemas
 */
export const Agreement = Schema.Struct({
  id: AgreementId,
  title: LocalizedText,
  kind: AgreementKind,
  scope: Schema.Literal("bilateral", "multilateral"),
  parties: Schema.NonEmptyArray(Party),
  relations: Schema.NonEmptyArray(RelationId),
  signed: Schema.optional(ReportedDate),
  effective: Schema.optional(ReportedDate),
  signedAt: Schema.optional(EventId),
  summary: Schema.optional(LocalizedText),
  provenance: Provenances,
})
/** @since 0.1.0 @category models */
export type Agreement = typeof Agreement.Type
