/**
 * Pairs two relations' sides of a comparison (`CompareSide`) into rows, in the browser: every row
 * either side has, in the profiles' order, with how the two values differ. Pure and dependency
 * free, so the compare page's client bundle stays small.
 */
import type { CompareSide, SideRow } from "./compare-side"

/** How the two values of a row differ. */
export type Verdict =
  | { kind: "same" }
  | { kind: "one"; side: "a" | "b" }
  | { kind: "higher"; side: "a" | "b"; times?: number }
  | { kind: "differs" }

/** A row of the comparison: the row's label and notes, each side's cell, and the verdict. */
export type PairedRow = {
  key: string
  label: SideRow["label"]
  note?: SideRow["note"]
  a?: SideRow
  b?: SideRow
  verdict: Verdict
}

/**
 * The keys of both sides in one order: each side lists its rows in the comparison's fixed order,
 * so a key only `b` has goes right after the key `b` lists before it.
 */
const mergedKeys = (a: ReadonlyArray<SideRow>, b: ReadonlyArray<SideRow>): string[] => {
  const keys = a.map((r) => r.key)
  let after = -1
  for (const row of b) {
    const at = keys.indexOf(row.key)
    if (at >= 0) after = at
    else keys.splice(++after, 0, row.key)
  }
  return keys
}

/**
 * Which side is higher (with the multiple, for quantities of the same unit), only one side known,
 * or simply different. Dates and texts only differ or not.
 */
export const judge = (a: SideRow | undefined, b: SideRow | undefined): Verdict => {
  const x = a?.text
  const y = b?.text
  if (x === undefined && y === undefined) return { kind: "same" }
  if (x === undefined) return { kind: "one", side: "b" }
  if (y === undefined) return { kind: "one", side: "a" }
  const na = a?.n
  const nb = b?.n
  if (na === undefined || nb === undefined || a?.unit !== b?.unit) {
    return x.en === y.en ? { kind: "same" } : { kind: "differs" }
  }
  if (na === nb) return { kind: "same" }
  const side = na > nb ? "a" : "b"
  const [high, low] = side === "a" ? [na, nb] : [nb, na]
  const times = a?.unit !== undefined && low > 0 ? high / low : undefined
  return times === undefined ? { kind: "higher", side } : { kind: "higher", side, times }
}

/** The rows of comparing `a` with `b`. A growth row shows only when a side has a growth figure. */
export const pairSides = (a: CompareSide, b: CompareSide): PairedRow[] => {
  const rowsA = new Map(a.rows.map((r) => [r.key, r]))
  const rowsB = new Map(b.rows.map((r) => [r.key, r]))
  return mergedKeys(a.rows, b.rows).flatMap((key) => {
    const ra = rowsA.get(key)
    const rb = rowsB.get(key)
    const first = ra ?? rb
    if (first === undefined) return []
    if (key.startsWith("growth-") && ra?.text === undefined && rb?.text === undefined) return []
    return [
      {
        key,
        label: first.label,
        ...(first.note ? { note: first.note } : {}),
        ...(ra ? { a: ra } : {}),
        ...(rb ? { b: rb } : {}),
        verdict: judge(ra, rb),
      },
    ]
  })
}
