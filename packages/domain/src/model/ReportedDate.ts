/**
 * Dates as a source reports them: a day, a month, a year (optionally early, mid or late in it), or
 * a range of those. The precision is kept: a month is never turned into a made-up day.
 *
 * The encoded form is ISO 8601: `2025`, `2025-03`, `2025-03-06`, and ranges `2025-05-05/2025-05-07`.
 * A part of a year, which ISO 8601 cannot say, is written `mid-2025` (also `early-`, `late-`).
 *
 * @since 0.1.0
 */
import { Either, ParseResult, Schema } from "effect"
import { formatReported, readReported } from "./Calendar"

export * from "./Calendar"

const YearPartSchema = Schema.Literal("early", "mid", "late")
const DayStruct = Schema.TaggedStruct("Day", {
  year: Schema.Int,
  month: Schema.Int,
  day: Schema.Int,
})
const MonthStruct = Schema.TaggedStruct("Month", { year: Schema.Int, month: Schema.Int })
const YearStruct = Schema.TaggedStruct("Year", {
  year: Schema.Int,
  part: Schema.optional(YearPartSchema),
})
const PointStruct = Schema.Union(DayStruct, MonthStruct, YearStruct)
const RangeStruct = Schema.TaggedStruct("Range", { start: PointStruct, end: PointStruct })

/**
 * Early, mid or late in a year: "đầu", "giữa", "cuối năm". Use it with `year(y, part)`.
 * @example
 * const part: YearPart = "mid" // "giữa năm 2025" is year(2025, "mid")
 * @since 0.1.0
 * @category models
 */
export type YearPart = typeof YearPartSchema.Type
/**
 * A single calendar day. Metrics take one as their "as of" day.
 * @example
 * const asOf: DayDate = day(2025, 6, 1)
 * @since 0.1.0
 * @category models
 */
export type DayDate = typeof DayStruct.Type
/**
 * A month of a year, reported without a day ("tháng 3/2009").
 * @example
 * const m: MonthDate = month(2009, 3)
 * @since 0.1.0
 * @category models
 */
export type MonthDate = typeof MonthStruct.Type
/**
 * A year, or part of one ("giữa năm 2025" is `{ year: 2025, part: "mid" }`).
 * @example
 * const y: YearDate = year(2025, "mid")
 * @since 0.1.0
 * @category models
 */
export type YearDate = typeof YearStruct.Type
/**
 * A point in time at day, month or year precision: the ends of a range.
 * @example
 * const p: DatePoint = month(2023, 8)
 * @since 0.1.0
 * @category models
 */
export type DatePoint = typeof PointStruct.Type
/**
 * An inclusive range between two points ("5-7/5/2025", "2017-2021").
 * @example
 * const r: RangeDate = range(day(2025, 5, 5), day(2025, 5, 7))
 * @since 0.1.0
 * @category models
 */
export type RangeDate = typeof RangeStruct.Type

/**
 * Why a date text could not be read: the `input` and a one-line `message` saying what was
 * expected. Returned (never thrown) by `parseReported`, `parseIso` and `parseVietnameseDate`.
 * @example
 * Either.match(parseReported("2024-02-30"), { onLeft: (e) => e.message, onRight: formatIso })
 * // "2024-02-30 does not exist: 2024-02 has 29 days"
 * @since 0.1.0
 * @category errors
 */
export class DateParseError extends Schema.TaggedError<DateParseError>()("DateParseError", {
  input: Schema.String,
  message: Schema.String,
}) {}

const fail = (input: string, message: string) => Either.left(new DateParseError({ input, message }))

/**
 * Reads a date in the dataset's form (ISO 8601, or `mid-2025`), checking that the day exists and
 * that a range is in order.
 * @example
 * parseReported("2024-02-30") // Left(DateParseError: 2024-02-30 does not exist ...)
 * @since 0.1.0
 * @category parsers
 */
export const parseReported = (input: string): Either.Either<ReportedDate, DateParseError> => {
  const read = readReported(input)
  return typeof read === "string" ? fail(input, read) : Either.right(read)
}

/**
 * Reads a strict ISO 8601 date (no year parts).
 * @example
 * parseIso("2025-03") // Right({ _tag: "Month", year: 2025, month: 3 })
 * @since 0.1.0
 * @category parsers
 */
export const parseIso = (input: string): Either.Either<ReportedDate, DateParseError> =>
  /(early|mid|late)-/.test(input)
    ? fail(
        input,
        `expected an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD or START/END), got "${input}"`,
      )
    : parseReported(input)

/**
 * The decoded shape of a reported date, as a tagged union, without the text encoding. Use it
 * where dates travel as objects (an in-memory cache); use `ReportedDate` for files.
 * @example
 * Schema.is(ReportedDateStruct)({ _tag: "Month", year: 2009, month: 3 }) // true
 * @since 0.1.0
 * @category schemas
 */
export const ReportedDateStruct = Schema.Union(DayStruct, MonthStruct, YearStruct, RangeStruct)

/**
 * A reported date, encoded as its ISO 8601 text (`mid-2025` for a part of a year). Decoding
 * checks that the day exists and that ranges are in order.
 *
 * @example
 * Schema.decodeUnknownSync(ReportedDate)("2025-05-05/2025-05-07")
 * // { _tag: "Range", start: { _tag: "Day", ... }, end: { _tag: "Day", ... } }
 * @since 0.1.0
 * @category schemas
 */
export const ReportedDate = Schema.transformOrFail(Schema.String, ReportedDateStruct, {
  strict: true,
  decode: (text, _, ast) =>
    Either.match(parseReported(text), {
      onLeft: (error) => ParseResult.fail(new ParseResult.Type(ast, text, error.message)),
      onRight: (date) => ParseResult.succeed(date),
    }),
  encode: (date) => ParseResult.succeed(formatReported(date)),
}).annotations({ identifier: "ReportedDate" })
/**
 * A reported date, decoded: `Day`, `Month`, `Year` (with an optional part) or `Range`.
 * Switch on `_tag`, or use the helpers (`firstDay`, `midpointYear`, `formatDate`).
 * @example
 * const d: ReportedDate = Schema.decodeUnknownSync(ReportedDate)("2025-03")
 * @since 0.1.0
 * @category models
 */
export type ReportedDate = typeof ReportedDateStruct.Type
