/**
 * Colours of the UI, switched off entirely when NO_COLOR is set (or the terminal is dumb): tones
 * then use only bold, dim and inverse, which are not colours.
 */
import { createContext, useContext } from "react"
import type { Tone } from "../Items"

export const ColorContext = createContext(true)

/** Whether colour is on. */
export const useColor = (): boolean => useContext(ColorContext)

export interface ToneProps {
  readonly color?: string
  readonly bold?: boolean
  readonly dimColor?: boolean
}

/** The Ink text props of a tone. */
export const toneProps = (tone: Tone | undefined, color: boolean): ToneProps => {
  switch (tone) {
    case "heading":
      return { bold: true }
    case "muted":
      return { dimColor: true }
    case "accent":
      return color ? { color: "cyan" } : {}
    case "good":
      return color ? { color: "green" } : {}
    case "bad":
      return color ? { color: "red", bold: true } : { bold: true }
    case "warn":
      return color ? { color: "yellow" } : {}
    default:
      return {}
  }
}
