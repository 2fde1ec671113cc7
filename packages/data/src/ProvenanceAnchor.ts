/**
 * Stable anchors for quotes, so that a page about a source can put an id on each quote and a
 * figure elsewhere can link straight to it.
 *
 * @since 0.1.0
 */
/**
 * The anchor of a provenance (a `Provenance` of the domain): `q-` and eight hex digits, computed from its source and its quote
 * (NFC), so that it stays the same across builds and the same quote always gets the same anchor.
 * @example
 * provenanceAnchor({ source: "vn-kz-2025-05-golden-age", quote: "..." }) // "q-1f2e3d4c"
 * @since 0.1.0
 * @category helpers
 */
export const provenanceAnchor = (provenance: {
  readonly source: string
  readonly quote: string
}): string => {
  const text = `${provenance.source}\n${provenance.quote.normalize("NFC")}`
  let hash = 0x811c9dc5
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0
    hash ^= code
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return `q-${hash.toString(16).padStart(8, "0")}`
}
