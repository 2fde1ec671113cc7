/**
 * JSON encodings shared by the interchange export and by the CLI's `--json` output: dates as ISO
 * 8601 text, quantities as plain numbers in base units with unit and qualifier beside them, growth
 * as a fraction. Pure functions. Quantities and parts of a year are encoded with the domain's
 * schemas here; the shapes themselves are in SeriesJson.ts.
 *
 * @since 0.1.0
 */
import { ObservationPeriod, Quantity } from "@bilateral/domain"
import { Schema } from "effect"
import { type QuantityJson, seriesMetricsEncoder } from "./SeriesJson"

export {
  encodeDate,
  encodeGrowth,
  type GrowthJson,
  type PeriodJson,
  type PointJson,
  type QuantityJson,
  type SeriesMetricsJson,
  seriesMetricsEncoder,
  type ValueEncoders,
} from "./SeriesJson"

/** Encodes a quantity with its base-unit value, unit and qualifier. */
export const encodeQuantity = (q: Quantity): QuantityJson => Schema.encodeSync(Quantity)(q)

/** Encodes the domain's `seriesMetrics` result. */
export const encodeSeriesMetrics = seriesMetricsEncoder({
  quantity: encodeQuantity,
  period: Schema.encodeSync(ObservationPeriod),
})
