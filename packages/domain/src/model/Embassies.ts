/**
 * Helpers on embassies without the schemas; `Relation` re-exports them. This module builds no
 * `Schema`.
 *
 * @since 0.1.0
 */
import type { Embassy } from "./Relation"

/**
 * Whether an embassy is concurrently accredited from a third country.
 * @example
 * isConcurrent({ sender: "VN", seat: "KZ", accreditedTo: "KG", ... }) // true
 * @since 0.1.0
 * @category helpers
 */
export const isConcurrent = (embassy: Embassy): boolean => embassy.seat !== embassy.accreditedTo
