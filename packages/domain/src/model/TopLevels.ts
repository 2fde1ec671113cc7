/**
 * The levels of an exchange counted as top level (party, state and government leaders), without
 * the schemas; `Event` re-exports them. This module builds no `Schema`, so the `metrics` entry can
 * stay small.
 *
 * @since 0.1.0
 */
import type { Level } from "./Event"

/**
 * The levels counted as top-level visits: party, state and government leaders.
 * @example
 * events.filter((e) => TOP_LEVELS.includes(e.level))
 * @since 0.1.0
 * @category constants
 */
export const TOP_LEVELS: ReadonlyArray<Level> = ["party", "state", "government"]

/**
 * Whether a level is a top-level one (party, state or government). Use it to pick the visits
 * that `topLevelVisitGaps` measures.
 * @example
 * isTopLevel("party") // true
 * isTopLevel("parliament") // false
 * @since 0.1.0
 * @category helpers
 */
export const isTopLevel = (level: Level): boolean => TOP_LEVELS.includes(level)
