/**
 * Walking a dataset's entries without the loader: the id of an entry and every provenance inside
 * one. The cross-checks and the index of facts by source both use them; this module imports
 * neither the YAML parser nor the schemas.
 *
 * @since 0.1.0
 */
import type { Collection, Provenance } from "@bilateral/domain"
import type { NodePath } from "./DatasetFile"

/** The id of an entry: a country's code, any other entry's id. @since 0.1.0 @category helpers */
export const idOf = (collection: Collection, value: unknown): string | undefined => {
  const record = value as Record<string, unknown>
  const id = collection === "countries" ? record.code : record.id
  return typeof id === "string" ? id : undefined
}

/**
 * Every provenance inside a value, with its path: the fact's own and nested ones (a relation's
 * recognitions, an indicator's observations, a country's independence).
 * @since 0.1.0
 * @category helpers
 */
export const provenancesIn = (
  value: unknown,
  path: NodePath = [],
): Array<{ readonly provenance: Provenance; readonly path: NodePath }> => {
  if (Array.isArray(value)) return value.flatMap((item, i) => provenancesIn(item, [...path, i]))
  if (typeof value !== "object" || value === null) return []
  const out: Array<{ readonly provenance: Provenance; readonly path: NodePath }> = []
  for (const [key, child] of Object.entries(value)) {
    if (key === "provenance" && Array.isArray(child)) {
      child.forEach((p: Provenance, i) => {
        out.push({ provenance: p, path: [...path, key, i] })
      })
    } else {
      out.push(...provenancesIn(child, [...path, key]))
    }
  }
  return out
}
