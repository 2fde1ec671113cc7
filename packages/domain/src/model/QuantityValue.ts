/**
 * Working with quantities without the schemas: building one in code, and reading the number that
 * stands for it and whether it is exact. The metrics use these; `Quantity` (the schema) re-exports
 * them. This module builds no `Schema`, so the `metrics` entry can stay small.
 *
 * @since 0.1.0
 */
import type { Qualifier, Quantity, RatePeriod, Unit } from "./Quantity"

/**
 * Builds a quantity in code. Use it in tests and tools; data files use the encoded form.
 * @example
 * quantity(150_000, "visitors") // { value: 150000, unit: "visitors", qualifier: "exact" }
 * @since 0.1.0
 * @category constructors
 */
export const quantity = (
  value: number,
  unit: Unit,
  options: { qualifier?: Qualifier; max?: number; per?: RatePeriod; reported?: string } = {},
): Quantity => ({
  value,
  unit,
  qualifier: options.qualifier ?? "exact",
  ...(options.max !== undefined ? { max: options.max } : {}),
  ...(options.per !== undefined ? { per: options.per } : {}),
  ...(options.reported !== undefined ? { reported: options.reported } : {}),
})

/**
 * Whether a quantity is a range ("100–200 ha").
 * @example
 * isRange(quantity(100, "hectares", { max: 200 })) // true
 * @since 0.1.0
 * @category helpers
 */
export const isRange = (q: Quantity): boolean => q.max !== undefined

/**
 * Whether a quantity is not exact: a qualifier ("gần", "hơn", "khoảng") or a range. Growth
 * computed from such a figure is flagged approximate.
 * @example
 * isApproximate(quantity(1e9, "USD", { qualifier: "nearly" })) // true
 * @since 0.1.0
 * @category helpers
 */
export const isApproximate = (q: Quantity): boolean =>
  q.qualifier !== "exact" || q.max !== undefined

/**
 * The single number that stands for a quantity in arithmetic: the value, or the middle of a range.
 * @example
 * pointValue(quantity(100, "hectares", { max: 200 })) // 150
 * @since 0.1.0
 * @category helpers
 */
export const pointValue = (q: Quantity): number =>
  q.max === undefined ? q.value : (q.value + q.max) / 2
