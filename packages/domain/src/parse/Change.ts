/**
 * Reading how a source words a change of a figure: a percentage ("tăng 69,8%", "giảm 9,1%",
 * "up 69.8%"), a multiple ("tăng hơn gấp đôi", "gấp 2,5 lần", "more than doubled"), an average
 * yearly rate ("tăng trung bình 28%/năm", "an average of 28% a year"), and whether it is against
 * the same period a year earlier ("so với cùng kỳ", "year on year"). The precision of the number
 * as written is kept, so a check can use a tolerance that follows it. Schema-free.
 *
 * @since 0.3.0
 */
// Effect's Either module alone, not its index: see SchemaFreeEntries.test.ts.
import * as Either from "effect/Either"
import { formatNumber, type Lang } from "../format/Format"
import type { Qualifier } from "../model/Quantity"

/**
 * A change as worded by a source:
 * - `Percent`: `rate` as a fraction (69,8% is 0.698, a fall is negative), `perYear` when it is an
 *   average yearly rate ("trung bình 28%/năm");
 * - `Multiple`: `factor` times the earlier figure ("gấp đôi" is 2).
 * `decimals` is the number of decimals written (69,8 has 1; "đôi" and 28 have 0), `words` whether
 * the number was a word ("đôi", "ba"); `samePeriod` whether the source compares with the same
 * period a year earlier ("so với cùng kỳ").
 * @example
 * const c: ReportedChange = { _tag: "Percent", rate: 0.698, decimals: 1, qualifier: "exact", perYear: false, samePeriod: false, reported: "tăng 69,8%" }
 * @since 0.3.0
 * @category models
 */
export type ReportedChange =
  | {
      readonly _tag: "Percent"
      readonly rate: number
      readonly decimals: number
      readonly qualifier: Qualifier
      readonly perYear: boolean
      readonly samePeriod: boolean
      readonly reported: string
    }
  | {
      readonly _tag: "Multiple"
      readonly factor: number
      readonly decimals: number
      readonly words: boolean
      readonly qualifier: Qualifier
      readonly samePeriod: boolean
      readonly reported: string
    }

/**
 * Why a change's wording could not be read; `message` says what was expected. A plain tagged
 * error class (an `Error` with a `_tag`), so that the schema-free metrics entry loads neither
 * `Schema` nor effect's runtime.
 * @example
 * Either.getLeft(parseReportedChange("tăng mạnh")) // ChangeParseError: expected a change such as ...
 * @since 0.3.0
 * @category errors
 */
export class ChangeParseError extends Error {
  readonly _tag = "ChangeParseError" as const
  /** The wording that could not be read. */
  readonly input: string
  constructor(args: { readonly input: string; readonly message: string }) {
    super(args.message)
    this.name = "ChangeParseError"
    this.input = args.input
  }
}

const EXAMPLES = `such as "tăng 69,8%", "giảm 9,1%", "tăng hơn gấp đôi", "gấp 2,5 lần", "tăng trung bình 28%/năm", "up 69.8%" or "more than doubled"`

const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/^(?:hơn|trên|more than|over|above) /u, "over"],
  [/^(?:gần|nearly|almost|just under) /u, "nearly"],
  [/^(?:khoảng|xấp xỉ|chừng|about|around|roughly|some) /u, "about"],
]

const WORD_FACTORS: Record<string, number> = {
  đôi: 2,
  hai: 2,
  ba: 3,
  bốn: 4,
  tư: 4,
  năm: 5,
  doubled: 2,
  tripled: 3,
  quadrupled: 4,
}

/** A number as written: Vietnamese ("69,8", "1.500") or English ("69.8", "1,500"). */
const readNumber = (text: string, english: boolean): { value: number; decimals: number } => {
  const [whole = "", fraction = ""] = english
    ? text.replaceAll(",", "").split(".")
    : text.replaceAll(".", "").split(",")
  return { value: Number(`${whole}.${fraction || "0"}`), decimals: fraction.length }
}

const qualifierOf = (text: string): { qualifier: Qualifier; rest: string } => {
  for (const [pattern, qualifier] of QUALIFIERS) {
    const m = pattern.exec(text)
    if (m !== null) return { qualifier, rest: text.slice(m[0].length) }
  }
  return { qualifier: "exact", rest: text }
}

const SAME_PERIOD =
  /\s*(?:,\s*)?(?:so với cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|year[- ]on[- ]year|year[- ]over[- ]year|on the same period (?:of )?(?:a year earlier|last year))$/u
const AGAINST =
  /\s*(?:,\s*)?(?:so với (?:năm |tháng )?[\p{L}\d/ .,]+|(?:from|compared with|on) [\p{L}\d ,.]+)$/u

/**
 * Reads a change worded in Vietnamese or English. Use it to keep a claim's wording and check it
 * with the precision it states.
 * @example
 * parseReportedChange("tăng 69,8% so với cùng kỳ") // Right({ _tag: "Percent", rate: 0.698, decimals: 1, samePeriod: true, ... })
 * parseReportedChange("tăng hơn gấp đôi") // Right({ _tag: "Multiple", factor: 2, qualifier: "over", words: true, ... })
 * parseReportedChange("tăng trung bình 28%/năm") // Right({ _tag: "Percent", rate: 0.28, perYear: true, ... })
 * @since 0.3.0
 * @category parsers
 */
export const parseReportedChange = (
  text: string,
): Either.Either<ReportedChange, ChangeParseError> => {
  const reported = text.normalize("NFC").replace(/\s+/gu, " ").trim()
  let s = reported.toLowerCase().replace(/[.;]$/u, "")
  const samePeriod = SAME_PERIOD.test(s)
  s = s.replace(SAME_PERIOD, "").replace(AGAINST, "").trim()
  let direction = 1
  let m =
    /^(?:tăng|tăng lên|tăng trưởng|up|increased|increased by|rose|rose by|grew|grew by|an increase of|a rise of)\s+/u.exec(
      s,
    )
  if (m !== null) s = s.slice(m[0].length)
  else {
    m = /^(?:giảm|down|fell|fell by|decreased|decreased by|a fall of|a drop of)\s+/u.exec(s)
    if (m !== null) {
      direction = -1
      s = s.slice(m[0].length)
    }
  }
  let perYear = false
  const avg = /^(?:bình quân|trung bình|an average of|on average|by an average of)\s+/u.exec(s)
  if (avg !== null) {
    perYear = true
    s = s.slice(avg[0].length)
  }
  const { qualifier, rest } = qualifierOf(s)
  s = rest
  const english = /^[\d,]*\.\d|%\s*(?:a|per) year|doubled|tripled|times|fold/u.test(s)
  // Percent: "69,8%", "28%/năm", "28% a year", "28% per year"
  m = /^(\d[\d.,]*)\s*%(\s*(?:\/\s*năm|mỗi năm|a year|per year|annually))?$/u.exec(s)
  if (m !== null) {
    const { value, decimals } = readNumber(m[1] ?? "", english)
    if (Number.isFinite(value)) {
      return Either.right({
        _tag: "Percent",
        rate: (direction * value) / 100,
        decimals,
        qualifier,
        perYear: perYear || m[2] !== undefined,
        samePeriod,
        reported,
      })
    }
  }
  if (direction === 1 && !perYear) {
    // Multiple: "gấp đôi", "gấp 2,5 lần", "2,5 lần", "doubled", "2.5 times", "2.5-fold"
    m = /^(?:gấp\s+)?(\p{L}+|\d[\d.,]*)(?:\s*(?:lần|times|-fold|fold))?$/u.exec(s)
    const word = m?.[1]
    if (
      m !== null &&
      word !== undefined &&
      (/gấp|lần|times|fold/u.test(s) || word in WORD_FACTORS)
    ) {
      const factor = WORD_FACTORS[word]
      if (factor !== undefined) {
        return Either.right({
          _tag: "Multiple",
          factor,
          decimals: 0,
          words: true,
          qualifier,
          samePeriod,
          reported,
        })
      }
      const { value, decimals } = readNumber(word, english)
      if (Number.isFinite(value) && value > 0) {
        return Either.right({
          _tag: "Multiple",
          factor: value,
          decimals,
          words: false,
          qualifier,
          samePeriod,
          reported,
        })
      }
    }
  }
  return Either.left(
    new ChangeParseError({ input: text, message: `expected a change ${EXAMPLES}, got "${text}"` }),
  )
}

/**
 * Half a unit of the last digit written, as a fraction: the tolerance of a figure given to
 * `decimals` decimals ("69,8%" ±0.05 percentage points is 0.0005; "28%" is 0.005).
 * @example
 * percentTolerance(1) // 0.0005
 * @since 0.3.0
 * @category helpers
 */
export const percentTolerance = (decimals: number): number => (0.5 * 10 ** -decimals) / 100

/**
 * The computed values a stated change accepts, by the rule `changeHolds` applies: `min` to `max`
 * inclusive, or, with `above`, anything strictly above `min` ("hơn"). Values are rates (fractions)
 * for `Percent`, ratios for `Multiple`. Use it to show the tolerance beside a checked claim.
 * @example
 * changeAccepted(parseReportedChange("tăng 69,8%")) // { min: 0.6975, max: 0.6985, unit: 0.0005 }
 * @since 0.3.0
 * @category helpers
 */
export const changeAccepted = (
  change: ReportedChange,
): {
  readonly min: number
  readonly max?: number
  readonly above?: true
  readonly unit: number
} => {
  const stated = change._tag === "Percent" ? change.rate : change.factor
  const unit =
    change._tag === "Percent"
      ? percentTolerance(change.decimals)
      : change.words
        ? 0.05 * change.factor
        : 0.5 * 10 ** -change.decimals
  const tenth = 0.1 * Math.abs(stated)
  switch (change.qualifier) {
    case "exact":
      return { min: stated - unit, max: stated + unit, unit }
    case "over":
      return { min: stated, above: true, unit }
    case "nearly":
      return { min: stated - tenth, max: stated + unit, unit }
    case "about": {
      const width = Math.max(unit, tenth)
      return { min: stated - width, max: stated + width, unit }
    }
  }
}

/**
 * Whether a computed change agrees with the change a source states, with a tolerance that follows
 * the stated precision (`changeAccepted`): an exact percentage within half a unit of its last digit
 * (69,8% accepts 69,75% to 69,85%); "hơn" anything above the figure, "gần" up to the figure (half a
 * unit over allowed) and no more than a tenth of it below, "khoảng" a tenth either side or half a
 * unit if wider. A multiple written in digits is held to half a unit of its last digit ("2,5 lần"
 * ±0.05), a word ("gấp đôi") to 5%. `computed` is a rate (fraction) for `Percent`, a ratio for
 * `Multiple`.
 * @example
 * changeHolds({ _tag: "Percent", rate: 0.698, decimals: 1, qualifier: "exact", ... }, 0.6984) // true
 * changeHolds({ _tag: "Multiple", factor: 2, qualifier: "over", ... }, 2.4) // true
 * @since 0.3.0
 * @category helpers
 */
export const changeHolds = (change: ReportedChange, computed: number): boolean => {
  const accepted = changeAccepted(change)
  const eps = 1e-12
  if (accepted.above) return computed > accepted.min
  return computed >= accepted.min - eps && computed <= (accepted.max ?? accepted.min) + eps
}

/**
 * The tolerance of a stated change in words, in `lang`: the range `changeAccepted` gives, and for
 * an exact percentage the half unit it follows from ("±0,05 điểm phần trăm: +69,75% đến +69,85%",
 * "above +69.8%", "1.9 to 2.1 times"). Use it beside the check of a `Change` claim.
 * @example
 * changeToleranceLabel(parseReportedChange("tăng 69,8%"), "en") // "±0.05 percentage points: +69.75% to +69.85%"
 * @since 0.3.0
 * @category formatting
 */
export const changeToleranceLabel = (change: ReportedChange, lang: Lang): string => {
  const accepted = changeAccepted(change)
  const decimals = change.decimals + 2
  const percent = change._tag === "Percent"
  const show = (x: number) => {
    if (!percent) return formatNumber(x, lang, { maxDecimals: decimals })
    const text = formatNumber(x * 100, lang, { maxDecimals: decimals })
    return `${x > 0 ? "+" : ""}${text}%`
  }
  const times = percent ? "" : lang === "vi" ? " lần" : " times"
  if (accepted.above) return `${lang === "vi" ? "trên" : "above"} ${show(accepted.min)}${times}`
  const max = accepted.max ?? accepted.min
  const range =
    lang === "vi"
      ? `${show(accepted.min)} đến ${show(max)}${times}`
      : `${show(accepted.min)} to ${show(max)}${times}`
  if (!percent || change.qualifier !== "exact") return range
  const points = formatNumber(accepted.unit * 100, lang, { maxDecimals: decimals })
  return lang === "vi"
    ? `±${points} điểm phần trăm: ${range}`
    : `±${points} percentage points: ${range}`
}
