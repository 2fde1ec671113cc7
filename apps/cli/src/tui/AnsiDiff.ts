/**
 * The `diffAnsiCodes` that the builds give Ink's output (scripts/build.mjs), around the one of
 * @alcalzone/ansi-tokenize. Ink writes a frame by asking, for every character, which ANSI codes
 * change from the one before; most characters share their neighbour's style, and for those the
 * answer is "none", which ansi-tokenize finds by building three sets and two arrays each time
 * (about a third of the UI's first frame). This answers it by comparing the two styles first.
 * AnsiDiff.test.ts checks that the answers are ansi-tokenize's own.
 */

/** An ANSI code as ansi-tokenize represents it. */
export interface AnsiCode {
  readonly type: "ansi"
  readonly code: string
  readonly endCode: string
}

/** ansi-tokenize's signature: the codes that turn style `from` into style `to`. */
export type DiffAnsiCodes = (from: AnsiCode[], to: AnsiCode[]) => AnsiCode[]

const sameStyle = (from: ReadonlyArray<AnsiCode>, to: ReadonlyArray<AnsiCode>): boolean => {
  if (from === to) return true
  if (from.length !== to.length) return false
  for (let i = 0; i < from.length; i++) {
    const a = from[i]
    const b = to[i]
    if (a?.code !== b?.code || a?.endCode !== b?.endCode) return false
  }
  return true
}

/** `diff` that returns no code at once when both styles hold the same codes in the same order. */
export const withSameStyleFastPath =
  (diff: DiffAnsiCodes): DiffAnsiCodes =>
  (from, to) =>
    sameStyle(from, to) ? [] : diff(from, to)
