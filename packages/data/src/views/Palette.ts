/**
 * The colour of each relation on every page and screen. A relation's `tone` (its place in the
 * dataset's order) picks a hue by turning the colour wheel by the golden angle each time, so any
 * number of relations get hues that stay apart, neighbours most of all, and a relation keeps its
 * colour whatever page shows it.
 *
 * @since 0.2.0
 */

/** The golden angle in degrees: 360 × (1 − 1/φ). */
const GOLDEN_ANGLE = 137.508

/** Where the first relation's hue starts: a blue. */
const FIRST_HUE = 212

/**
 * A relation's colours as CSS `hsl()` values: `strong` for lines, bars and text on white (dark
 * enough for a 4.5:1 contrast), `soft` for backgrounds behind dark text.
 * @since 0.2.0
 * @category models
 */
export interface RelationColor {
  readonly hue: number
  readonly strong: string
  readonly soft: string
}

/**
 * The colours of the relation with this tone.
 * @example
 * relationColor(view.tone).strong // "hsl(212 70% 32%)"
 * @since 0.2.0
 * @category views
 */
export const relationColor = (tone: number): RelationColor => {
  const hue = Math.round((FIRST_HUE + Math.max(0, Math.floor(tone)) * GOLDEN_ANGLE) % 360)
  return { hue, strong: `hsl(${hue} 70% 32%)`, soft: `hsl(${hue} 70% 94%)` }
}
