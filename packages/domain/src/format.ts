/**
 * @bilateral/domain/format: printing numbers, quantities, dates, growth, relation ages and visit
 * counts in Vietnamese and English, and the labels of the model's vocabularies. Use it where only
 * printing is needed, such as a browser page: this entry builds no `Schema`, so a bundle that
 * imports it stays small. It also exports `EVENT_KINDS`, the event kinds in display order, for
 * pickers and parsers of the vocabulary. The package's main entry exports the same functions.
 *
 * @example
 * import { formatGrowth } from "@bilateral/domain/format"
 * formatGrowth({ _tag: "Rate", rate: 0.25, approximate: false }, "en") // "+25%"
 * @since 0.1.0
 */
export * from "./format/Format"
export * from "./format/Labels"
export * from "./model/EventKinds"
