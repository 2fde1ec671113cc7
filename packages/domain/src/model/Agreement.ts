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

/**
 * A party to an agreement: a country or an organisation.
 * @example
 * const p: typeof Party.Encoded = { _tag: "OrganisationParty", organisation: "eaeu" }
 * @since 0.1.0
 * @category schemas
 */
export const Party = Schema.Union(
  Schema.TaggedStruct("CountryParty", { country: CountryCode }),
  Schema.TaggedStruct("OrganisationParty", { organisation: OrganisationId }),
)
/**
 * A party, decoded.
 * @example
 * const name = (p: Party) => (p._tag === "CountryParty" ? p.country : p.organisation)
 * @since 0.1.0
 * @category models
 */
export type Party = typeof Party.Type

/**
 * The kind of instrument: agreement, free-trade agreement, protocol, memorandum, treaty, other.
 * @example
 * Schema.decodeUnknownSync(AgreementKind)("memorandum")
 * @since 0.1.0
 * @category schemas
 */
export const AgreementKind = Schema.Literal(
  "agreement",
  "free-trade-agreement",
  "protocol",
  "memorandum",
  "treaty",
  "other",
)
/**
 * A kind of instrument.
 * @example
 * const k: AgreementKind = "free-trade-agreement"
 * @since 0.1.0
 * @category models
 */
export type AgreementKind = typeof AgreementKind.Type

/**
 * An agreement. `relations` lists the relations it applies to (a multilateral agreement such as
 * the Vietnam–EAEU FTA applies to several); `signedAt` links the event at which it was signed.
 * @example
 * const fta: typeof Agreement.Encoded = {
 *   id: "vn-eaeu-fta", title: { en: "Vietnam–EAEU FTA" }, kind: "free-trade-agreement", scope: "multilateral",
 *   parties: [{ _tag: "CountryParty", country: "VN" }, { _tag: "OrganisationParty", organisation: "eaeu" }],
 *   relations: ["vn-kz", "vn-kg"], effective: "2016-10-05", provenance,
 * }
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
/**
 * An agreement, decoded.
 * @example
 * const inForce = (a: Agreement) => a.effective !== undefined
 * @since 0.1.0
 * @category models
 */
export type Agreement = typeof Agreement.Type
