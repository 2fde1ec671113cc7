/** countries.yaml as `bilateral new relation` extends it with the partners it lacks. */
import type { IsoCountry } from "@bilateral/data"
import { Document, isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml"
import { UserError } from "../../cli/Errors"

/** The file of the dataset that lists its countries. */
export const COUNTRIES_FILE = "countries.yaml"

/**
 * countries.yaml with `added` appended to its `countries:` list, comments and layout kept.
 * @throws UserError when the file does not parse or holds no list of countries.
 */
export const withCountries = (
  text: string | undefined,
  added: ReadonlyArray<IsoCountry>,
  id: string,
): string => {
  const doc =
    text === undefined
      ? new Document({ countries: [] })
      : parseDocument(text, { prettyErrors: true, uniqueKeys: true })
  if (text === undefined) {
    doc.commentBefore =
      " Countries, international organisations, and memberships as the sources state them."
  }
  const error = doc.errors[0]
  if (error !== undefined) {
    const at = error.linePos?.[0]
    const reason = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/u, "")
    throw new UserError(
      `${COUNTRIES_FILE}${at ? `:${at.line}:${at.col}` : ""}: the file does not parse (${reason}), so the relation's countries cannot be added to it: expected valid YAML; fix it (bilateral validate shows every problem), then run again`,
    )
  }
  if (doc.contents === null) doc.contents = doc.createNode({ countries: [] }) as never
  if (!isMap(doc.contents)) {
    throw new UserError(
      `${COUNTRIES_FILE}: cannot add ${added.map((c) => c.code).join(", ")}: expected a mapping with a "countries:" list`,
    )
  }
  const map = doc.contents as YAMLMap
  if (!map.has("countries")) map.set("countries", doc.createNode([]))
  const list = map.get("countries", true)
  if (!isSeq(list)) {
    throw new UserError(
      `${COUNTRIES_FILE}: "countries" is not a list, so ${added.map((c) => c.code).join(", ")} cannot be added: expected "countries:" followed by entries`,
    )
  }
  const seq = list as YAMLSeq
  seq.flow = false
  added.forEach((country, i) => {
    const node = doc.createNode({ code: country.code, name: country.name }) as YAMLMap
    const name = node.get("name", true)
    if (isMap(name)) name.flow = true
    if (i === 0) {
      node.spaceBefore = seq.items.length > 0
      node.commentBefore = ` Added by \`bilateral new relation ${id}\`: names from the ISO 3166-1 list (i18n-iso-countries).`
    }
    seq.items.push(node)
  })
  return doc.toString({ lineWidth: 0 })
}
