/**
 * @bilateral/domain/text: the text helpers on their own, for code that must stay small, such as
 * a browser bundle. This entry imports neither `effect` nor the schemas; the package's main entry
 * exports the same functions.
 *
 * @example
 * import { foldText } from "@bilateral/domain/text"
 * foldText("Tô Lâm") // "to lam"
 * @since 0.1.0
 */
export * from "./text/Fold"
