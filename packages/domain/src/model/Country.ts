/**
 * Countries, organisations, and the memberships that link them.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { FactId, OrganisationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Provenances } from "./Provenance"
import { ReportedDate } from "./ReportedDate"

/**
 * An ISO 3166-1 alpha-2 country code in upper case (`VN`, `KZ`, `KG`).
 * @example
 * Schema.decodeUnknownSync(CountryCode)("KZ")
 * @since 0.1.0
 * @category schemas
 */
export const CountryCode = Schema.String.pipe(
  Schema.pattern(/^[A-Z]{2}$/, {
    message: () => "expected an ISO 3166-1 alpha-2 country code in upper case, such as VN or KZ",
  }),
  Schema.brand("CountryCode"),
)
/**
 * The branded type of `CountryCode`.
 * @example
 * const kz: CountryCode = Schema.decodeUnknownSync(CountryCode)("KZ")
 * @since 0.1.0
 * @category models
 */
export type CountryCode = typeof CountryCode.Type

/**
 * A country: its code and its names per language (`name` the common name, `officialName` the
 * long form where a source uses it).
 * @example
 * const kz: typeof Country.Encoded = { code: "KZ", name: { vi: "Kazakhstan", en: "Kazakhstan" } }
 * @since 0.1.0
 * @category schemas
 */
export const Country = Schema.Struct({
  code: CountryCode,
  name: LocalizedText,
  officialName: Schema.optional(LocalizedText),
  independence: Schema.optional(Schema.Struct({ date: ReportedDate, provenance: Provenances })),
})
/**
 * A country, decoded.
 * @example
 * const name = (c: Country) => localize(c.name, "en")
 * @since 0.1.0
 * @category models
 */
export type Country = typeof Country.Type

/**
 * An international organisation or body (EAEU, the UN Security Council, the WTO).
 * `parent` links a body to the organisation it belongs to.
 * @example
 * const eaeu: typeof Organisation.Encoded = { id: "eaeu", name: { en: "Eurasian Economic Union" }, abbreviation: "EAEU" }
 * @since 0.1.0
 * @category schemas
 */
export const Organisation = Schema.Struct({
  id: OrganisationId,
  name: LocalizedText,
  abbreviation: Schema.optional(Schema.NonEmptyTrimmedString),
  parent: Schema.optional(OrganisationId),
})
/**
 * An organisation, decoded.
 * @example
 * const label = (o: Organisation) => o.abbreviation ?? localize(o.name, "en")
 * @since 0.1.0
 * @category models
 */
export type Organisation = typeof Organisation.Type

/**
 * A country's membership of an organisation, as a source states it ("Liên minh Kinh tế Á-Âu
 * (EAEU), trong đó có Kyrgyzstan ... là thành viên").
 * @example
 * const m: typeof Membership.Encoded = { id: "kg-eaeu", country: "KG", organisation: "eaeu", provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Membership = Schema.Struct({
  id: FactId,
  country: CountryCode,
  organisation: OrganisationId,
  since: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * A membership, decoded.
 * @example
 * const members = (ms: ReadonlyArray<Membership>, org: string) => ms.filter((m) => m.organisation === org)
 * @since 0.1.0
 * @category models
 */
export type Membership = typeof Membership.Type
