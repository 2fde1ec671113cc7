/**
 * @bilateral/extract: proposes draft dataset entries from a Vietnamese or English news article,
 * each with a verbatim quote of at most 25 words, its paragraph and a confidence; renders them as
 * draft YAML in the dataset's format, and compares a draft with what the dataset already holds.
 * Rules and lexicons only: no network, no model.
 *
 * @example
 * import { extract, renderDraft } from "@bilateral/extract"
 * const result = extract(articleText, { published: "2025-05-06" }, index)
 * console.log(renderDraft(result, { index, source: "vn-kz-2025-05-06" }).files[0]?.text)
 * @since 0.1.0
 */
export { type DateContext, type DateMention, findDates, isoOf, publicationLine } from "./Dates"
export * from "./Draft"
export { ExtractOptionError, type ExtractOptions, extract, personIdOf } from "./Extract"
export { articleLanguage, detectLanguage, languageEvidence } from "./Language"
export { type DatasetText, locateObservation, type ObservationPlace } from "./Locate"
export { type HeldEntry, type Holding, holding, seriesFor, titleSimilarity } from "./Match"
export { findPeople, matchPerson, type PersonMention, peopleIndex } from "./People"
export * from "./Proposal"
export { findQuantities, type QuantityMention } from "./Quantities"
export { clipQuote, type Span, splitParagraphs, splitSentences, splitUnits } from "./Text"
