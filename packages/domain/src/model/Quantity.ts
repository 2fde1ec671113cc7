/**
 * Quantities as a source reports them: a value in base units (13,5 triệu USD is 13 500 000), a unit,
 * a qualifier ("gần" nearly, "hơn" over, "khoảng" about), an optional upper bound for ranges
 * ("100–200 ha") and an optional rate period ("USD/năm", "chuyến/tuần").
 *
 * @since 0.1.0
 */
import { Schema } from "effect"

export * from "./QuantityValue"

/**
 * Units the product knows how to print, plus any ISO 4217 currency code (`EUR`, `JPY`).
 * @example
 * Schema.decodeUnknownSync(Unit)("visitors")
 * Schema.decodeUnknownSync(Unit)("JPY")
 * @since 0.1.0
 * @category schemas
 */
export const Unit = Schema.Union(
  Schema.Literal(
    "USD",
    "visitors",
    "flights",
    "projects",
    "hectares",
    "people",
    "days",
    "enterprises",
    "families",
    "years",
    "count",
  ),
  Schema.String.pipe(
    Schema.pattern(/^[A-Z]{3}$/, {
      message: () =>
        "expected a unit: USD, visitors, flights, projects, hectares, people, days, enterprises, families, years, count, or an ISO 4217 currency code",
    }),
  ),
)
/**
 * A unit of a quantity: one of the known units or an ISO 4217 currency code.
 * @example
 * const u: Unit = "visitors"
 * @since 0.1.0
 * @category models
 */
export type Unit = typeof Unit.Type

/**
 * How exact a figure is: `exact`, `nearly` ("gần", just under), `over` ("hơn", above),
 * `about` ("khoảng", either side).
 * @example
 * Schema.decodeUnknownSync(Qualifier)("nearly")
 * @since 0.1.0
 * @category schemas
 */
export const Qualifier = Schema.Literal("exact", "nearly", "over", "about")
/**
 * How exact a figure is, as reported.
 * @example
 * const q: Qualifier = "nearly" // "gần"
 * @since 0.1.0
 * @category models
 */
export type Qualifier = typeof Qualifier.Type

/**
 * The period of a rate: "USD/năm" is per `year`, "chuyến/tuần" per `week`.
 * @example
 * Schema.decodeUnknownSync(RatePeriod)("week")
 * @since 0.1.0
 * @category schemas
 */
export const RatePeriod = Schema.Literal("day", "week", "month", "year")
/**
 * The period of a rate.
 * @example
 * const p: RatePeriod = "week" // "chuyến/tuần"
 * @since 0.1.0
 * @category models
 */
export type RatePeriod = typeof RatePeriod.Type

const Amount = Schema.Number.pipe(
  Schema.finite({ message: () => "expected a finite number" }),
  Schema.nonNegative({ message: () => "expected an amount of zero or more, not a negative one" }),
)

/**
 * A quantity as reported. `value` is in base units; for a range it is the lower bound and `max`
 * the upper. `reported` keeps the source's own wording of the figure.
 *
 * @example
 * const trade: typeof Quantity.Encoded = { value: 13_500_000, unit: "USD", reported: "13,5 triệu USD" }
 * const land: typeof Quantity.Encoded = { value: 100, max: 200, unit: "hectares", reported: "100–200 ha" }
 * @since 0.1.0
 * @category schemas
 */
export const Quantity = Schema.Struct({
  value: Amount,
  max: Schema.optional(Amount),
  unit: Unit,
  qualifier: Schema.optionalWith(Qualifier, { default: () => "exact" as const }),
  per: Schema.optional(RatePeriod),
  reported: Schema.optional(Schema.NonEmptyTrimmedString),
}).pipe(
  Schema.filter((q) =>
    q.max === undefined || q.max > q.value
      ? undefined
      : {
          path: ["max"],
          message: `expected the upper bound (${q.max}) to be greater than the value (${q.value})`,
        },
  ),
)
/**
 * A quantity as reported, decoded (`qualifier` is always present, `exact` by default).
 * @example
 * const q: Quantity = quantity(13_500_000, "USD", { reported: "13,5 triệu USD" })
 * @since 0.1.0
 * @category models
 */
export type Quantity = typeof Quantity.Type
