/** The relation id `bilateral new relation <id>` takes: two ISO 3166-1 alpha-2 codes, `vn-uz`. */
import { isIsoCountryCode } from "@bilateral/data"
import { ArgumentError, quoted } from "../../cli/Errors"

const EXPECTED_ID =
  "expected <a>-<b>, two ISO 3166-1 alpha-2 country codes in lower case, such as vn-uz"

/**
 * Reads a relation id typed on the command line: two different ISO 3166-1 alpha-2 codes in lower
 * case joined by "-" (`vn-uz`). Returns the id and the two codes in upper case, in id order.
 * @throws ArgumentError naming the argument and what was expected.
 */
export const parseRelationId = (text: string): { id: string; codes: readonly [string, string] } => {
  const match = /^([a-z]{2})-([a-z]{2})$/u.exec(text)
  if (match === null) {
    const lower = text.trim().toLowerCase()
    const hint = /^[a-z]{2}-[a-z]{2}$/u.test(lower) ? ` (did you mean ${lower}?)` : ""
    throw new ArgumentError(
      `new relation: ${quoted(text)} is not a relation id${hint}: ${EXPECTED_ID}`,
    )
  }
  const a = match[1] ?? ""
  const b = match[2] ?? ""
  for (const code of [a, b]) {
    if (!isIsoCountryCode(code)) {
      throw new ArgumentError(
        `new relation: ${quoted(code)} in ${quoted(text)} is not an ISO 3166-1 alpha-2 country code: ${EXPECTED_ID}`,
      )
    }
  }
  if (a === b) {
    throw new ArgumentError(
      `new relation: ${quoted(text)} joins ${a.toUpperCase()} with itself: expected two different countries, such as vn-uz`,
    )
  }
  return { id: text, codes: [a.toUpperCase(), b.toUpperCase()] }
}
