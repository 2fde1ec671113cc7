/**
 * @bilateral/domain: a pure, generic model of the relations between two countries, with derived
 * metrics. Depends on `effect` only; does no I/O and reads no clock.
 *
 * @since 0.1.0
 */
export * from "./model/Agreement"
export * from "./model/Claim"
export * from "./model/Cooperation"
export * from "./model/Country"
export * from "./model/Dataset"
export * from "./model/Event"
export * from "./model/Id"
export * from "./model/Indicator"
export * from "./model/LocalizedText"
export * from "./model/Person"
export * from "./model/Provenance"
export * from "./model/Quantity"
export * from "./model/Relation"
export * from "./model/ReportedDate"
