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

/** A region of a country (a province, a city). @since 0.1.0 @category schemas */
export const Region = Schema.Struct({ name: LocalizedText, country: CountryCode })
/** @since 0.1.0 @category models */
export type Region = typeof Region.Type

/** Two regions twinned with each other ("Bắc Ninh – Đông Kazakhstan"). @since 0.1.0 @category schemas */
export const SisterRegion = Schema.Struct({
  id: FactId,
  relation: RelationId,
  regions: Schema.Tuple(Region, Region),
  since: Schema.optional(ReportedDate),
  provenance: Provenances,
})
/** @since 0.1.0 @category models */
export type SisterRegion = typeof SisterRegion.Type

/**
 * One country's support for another in a multilateral body: for accession, a seat or a
 * candidacy, with the term where the source gives one ("nhiệm kỳ 2008-2009").
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
/** @since 0.1.0 @category models */
export type MultilateralSupport = typeof MultilateralSupport.Type

/**
 * An area of cooperation: `active` where the source reports cooperation, `potential` where it
 * names room for it, `proposed` where one side wishes for it.
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
/** @since 0.1.0 @category models */
export type CooperationArea = typeof CooperationArea.Type

/** A project: an investment, infrastructure, an air route, an acquisition. @since 0.1.0 @category schemas */
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
/** @since 0.1.0 @category models */
export type Project = typeof Project.Type

/** A good traded from one country to another, or proposed for trade. @since 0.1.0 @category schemas */
export const TradeGood = Schema.Struct({
  id: FactId,
  relation: RelationId,
  product: LocalizedText,
  from: CountryCode,
  to: CountryCode,
  status: Schema.Literal("traded", "proposed"),
  provenance: Provenances,
})
/** @since 0.1.0 @category models */
export type TradeGood = typeof TradeGood.Type

/** A policy measure by one country, such as a unilateral visa exemption for 60 days. @since 0.1.0 @category schemas */
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
/** @since 0.1.0 @category models */
export type Measure = typeof Measure.Type

/**
 * A statement made in a source: by a named speaker, or by the source itself. Qualitative
 * assertions ("thời kỳ vàng") live here; checkable ones are claims.
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
/** @since 0.1.0 @category models */
export type Statement = typeof Statement.Type
