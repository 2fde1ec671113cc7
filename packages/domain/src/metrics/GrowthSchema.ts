/**
 * The schemas of a growth (`Growth`, `UndefinedReason`), for code that decodes or validates growth
 * values it receives (a JSON export, a cache). The metrics only need the types, which
 * `metrics/Growth` re-exports, so the `metrics` entry loads no `Schema`; the package root exports
 * these schemas under the same names.
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

/**
 * Why a growth could not be computed: `zero-base` (the starting figure is zero, or so small that
 * the ratio overflows), `same-period` (both figures are for the same period, or the period is too
 * short for an annual rate), `missing` (a figure is absent, or the two are not comparable, such as
 * USD against visitors).
 * @example
 * Schema.decodeUnknownSync(UndefinedReason)("zero-base")
 * @since 0.1.0
 * @category schemas
 */
export const UndefinedReason = Schema.Literal("zero-base", "same-period", "missing")
/**
 * A reason a growth is undefined.
 * @example
 * const r: UndefinedReason = "missing"
 * @since 0.1.0
 * @category models
 */
export type UndefinedReason = typeof UndefinedReason.Type

/**
 * A growth rate as a fraction (0.8 is +80%), flagged `approximate` when either figure is
 * qualified ("gần", "hơn", "khoảng"), a range, or a period average; or the reason it is undefined.
 *
 * @example
 * const g: Growth = { _tag: "Rate", rate: 0.8, approximate: false }
 * if (g._tag === "Rate") console.log(g.rate)
 * @since 0.1.0
 * @category schemas
 */
export const Growth = Schema.Union(
  Schema.TaggedStruct("Rate", { rate: Schema.Number, approximate: Schema.Boolean }),
  Schema.TaggedStruct("Undefined", { reason: UndefinedReason }),
)
/**
 * A growth: `Rate` (a finite fraction and whether it is approximate) or `Undefined` (a reason).
 * @example
 * const text = (g: Growth) => (g._tag === "Rate" ? `${g.rate * 100}%` : g.reason)
 * @since 0.1.0
 * @category models
 */
export type Growth = typeof Growth.Type
