/**
 * The rest of a relation's substance: sister regions, support in multilateral bodies, areas of
 * cooperation, projects, traded goods, policy measures and statements.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"
import { CountryCode } from "./Country"
import { FactId, OrganisationId, RelationId } from "./Id"
import { LocalizedText } from "./LocalizedText"
import { Participant } from "./Person"
import { Provenances } from "./Provenance"
import { Quantity } from "./Quantity"
import { ReportedDate } from "./ReportedDate"

/**
 * A region of a country (a province, a city).
 * @example
 * const r: typeof Region.Encoded = { name: { vi: "Đà Nẵng" }, country: "VN" }
 * @since 0.1.0
 * @category schemas
 */
export const Region = Schema.Struct({ name: LocalizedText, country: CountryCode })
/**
 * A region, decoded.
 * @example
 * const label = (r: Region) => `${localize(r.name, "vi")} (${r.country})`
 * @since 0.1.0
 * @category models
 */
export type Region = typeof Region.Type

/**
 * Two regions twinned with each other ("Bắc Ninh – Đông Kazakhstan").
 * @example
 * const s: typeof SisterRegion.Encoded = {
 *   id: "da-nang-aktau", relation: "vn-kz",
 *   regions: [{ name: { vi: "Đà Nẵng" }, country: "VN" }, { name: { vi: "Aktau" }, country: "KZ" }],
 *   provenance,
 * }
 * @since 0.1.0
 * @category schemas
 */
export const SisterRegion = Schema.Struct({
  id: FactId,
  relation: RelationId,
  regions: Schema.Tuple(Region, Region),
  since: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * A sister-region pair, decoded.
 * @example
 * const pair = (s: SisterRegion) => s.regions.map((r) => localize(r.name, "vi")).join(" – ")
 * @since 0.1.0
 * @category models
 */
export type SisterRegion = typeof SisterRegion.Type

/**
 * One country's support for another in a multilateral body: for accession, a seat or a
 * candidacy, with the term where the source gives one ("nhiệm kỳ 2008-2009").
 * @example
 * const s: typeof MultilateralSupport.Encoded = {
 *   id: "kg-supports-vn-unsc-2008", relation: "vn-kg", supporter: "KG", supported: "VN",
 *   body: "un-security-council", purpose: "membership", term: "2008/2009", provenance,
 * }
 * @since 0.1.0
 * @category schemas
 */
export const MultilateralSupport = Schema.Struct({
  id: FactId,
  relation: RelationId,
  supporter: CountryCode,
  supported: CountryCode,
  body: OrganisationId,
  purpose: Schema.Literal("accession", "membership", "candidacy"),
  term: Schema.optional(ReportedDate),
  note: Schema.optional(LocalizedText),
  provenance: Provenances,
})
/**
 * A support, decoded.
 * @example
 * const term = (s: MultilateralSupport) => (s.term ? formatDate(s.term, "en") : undefined)
 * @since 0.1.0
 * @category models
 */
export type MultilateralSupport = typeof MultilateralSupport.Type

/**
 * An area of cooperation: `active` where the source reports cooperation, `potential` where it
 * names room for it, `proposed` where one side wishes for it.
 * @example
 * const a: typeof CooperationArea.Encoded = { id: "nuclear-power", relation: "vn-kz", area: { vi: "điện hạt nhân" }, status: "proposed", proposedBy: "KZ", provenance }
 * @since 0.1.0
 * @category schemas
 */
export const CooperationArea = Schema.Struct({
  id: FactId,
  relation: RelationId,
  area: LocalizedText,
  status: Schema.Literal("active", "potential", "proposed"),
  proposedBy: Schema.optional(CountryCode),
  provenance: Provenances,
})
/**
 * A cooperation area, decoded.
 * @example
 * const proposed = (as: ReadonlyArray<CooperationArea>) => as.filter((a) => a.status === "proposed")
 * @since 0.1.0
 * @category models
 */
export type CooperationArea = typeof CooperationArea.Type

/**
 * A project: an investment, infrastructure, an air route, an acquisition; `size` where the
 * source gives one ("100–200 ha").
 * @example
 * const p: typeof Project.Encoded = { id: "logistics-centre", relation: "vn-kz", kind: "infrastructure", title: { vi: "trung tâm logistics" }, size: { value: 100, max: 200, unit: "hectares" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Project = Schema.Struct({
  id: FactId,
  relation: RelationId,
  kind: Schema.Literal("investment", "infrastructure", "air-route", "acquisition", "other"),
  title: LocalizedText,
  by: Schema.optionalWith(Schema.Array(Schema.NonEmptyTrimmedString), { default: () => [] }),
  countries: Schema.optionalWith(Schema.Array(CountryCode), { default: () => [] }),
  places: Schema.optionalWith(Schema.Array(Schema.NonEmptyTrimmedString), { default: () => [] }),
  size: Schema.optional(Quantity),
  status: Schema.optional(LocalizedText),
  date: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * A project, decoded.
 * @example
 * const size = (p: Project) => (p.size ? formatQuantity(p.size, "en") : undefined)
 * @since 0.1.0
 * @category models
 */
export type Project = typeof Project.Type

/**
 * A good traded from one country to another, or proposed for trade.
 * @example
 * const g: typeof TradeGood.Encoded = { id: "pepper", relation: "vn-kg", product: { vi: "hạt tiêu" }, from: "VN", to: "KG", status: "traded", provenance }
 * @since 0.1.0
 * @category schemas
 */
export const TradeGood = Schema.Struct({
  id: FactId,
  relation: RelationId,
  product: LocalizedText,
  from: CountryCode,
  to: CountryCode,
  status: Schema.Literal("traded", "proposed"),
  provenance: Provenances,
})
/**
 * A traded good, decoded.
 * @example
 * const exports = (gs: ReadonlyArray<TradeGood>) => gs.filter((g) => g.from === "VN")
 * @since 0.1.0
 * @category models
 */
export type TradeGood = typeof TradeGood.Type

/**
 * A policy measure by one country, such as a unilateral visa exemption for 60 days.
 * @example
 * const m: typeof Measure.Encoded = { id: "kg-visa-exemption", relation: "vn-kg", title: { vi: "miễn thị thực" }, by: "KG", for: "VN", unilateral: true, duration: { value: 60, unit: "days" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Measure = Schema.Struct({
  id: FactId,
  relation: RelationId,
  title: LocalizedText,
  by: CountryCode,
  for: Schema.optional(CountryCode),
  unilateral: Schema.optionalWith(Schema.Boolean, { default: () => false }),
  duration: Schema.optional(Quantity),
  date: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * A measure, decoded.
 * @example
 * const length = (m: Measure) => (m.duration ? formatQuantity(m.duration, "vi") : undefined)
 * @since 0.1.0
 * @category models
 */
export type Measure = typeof Measure.Type

/**
 * A statement made in a source: by a named speaker, or by the source itself. Qualitative
 * assertions ("thời kỳ vàng") live here; checkable ones are claims.
 * @example
 * const s: typeof Statement.Encoded = { id: "golden-age", relation: "vn-kz", text: { vi: "thời kỳ vàng" }, provenance }
 * @since 0.1.0
 * @category schemas
 */
export const Statement = Schema.Struct({
  id: FactId,
  relation: RelationId,
  speaker: Schema.optional(Participant),
  text: LocalizedText,
  date: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/**
 * A statement, decoded.
 * @example
 * const said = (s: Statement) => localize(s.text, "vi")
 * @since 0.1.0
 * @category models
 */
export type Statement = typeof Statement.Type
