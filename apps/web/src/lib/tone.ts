/**
 * Relation colours on the page. @bilateral/data's `relationColor` is the palette rule (a hue per
 * tone, golden-angle steps round the wheel); an element with class "tone" and this style gets the
 * relation's hue, and globals.css turns it into a strong and a soft colour for light and dark mode.
 */
import { relationColor } from "@bilateral/data"
import type { CSSProperties } from "react"

/** The style that gives an element (with class "tone") and its contents a relation's colour. */
export const toneStyle = (tone: number): CSSProperties =>
  ({ "--tone-hue": relationColor(tone).hue }) as CSSProperties
