/**
 * The bottom line: where the user is, and the main keys (the hints of the key table,
 * keys/KeyBindings.ts).
 * The keys take the space they need (in words when there is room, in symbols otherwise); the
 * location gets the rest.
 */
import { Text } from "ink"
import type { Lang } from "../../cli/Args"
import { t } from "../../i18n/Messages"
import { displayWidth, padEnd, truncate } from "../../render/DisplayWidth"
import { type Hint, hintsOf } from "../keys/KeyHints"
import type { Mode } from "../keys/KeyTypes"
import { terminalSafe } from "../Sanitize"

export interface StatusLineProps {
  readonly location: string
  readonly lang: Lang
  readonly width: number
  /** The keys of the current mode: the search box has its own. */
  readonly mode?: Mode
}

/**
 * The keys part of the status line: every key in words when that leaves a third of the line to
 * the location, else the main keys in words, else symbols.
 */
export const keysText = (mode: Mode, lang: Lang, width: number): string => {
  const hints = hintsOf(mode)
  const words = (h: Hint) => (h.keys === "" ? t(h.word, lang) : `${h.keys} ${t(h.word, lang)}`)
  for (const text of [
    hints.map(words).join("  "),
    hints
      .filter((h) => h.main)
      .map(words)
      .join("  "),
  ]) {
    if (displayWidth(text) <= width * 0.66) return text
  }
  return hints.flatMap((h) => (h.symbol ? [h.symbol] : [])).join(" ")
}

/** Cuts a location from the left, keeping where the user is now: "…Kazakhstan › Chỉ số". */
export const truncateStart = (text: string, width: number): string => {
  if (displayWidth(text) <= width) return text
  const chars = Array.from(text.normalize("NFC"))
  let out = ""
  for (let i = chars.length - 1; i >= 0; i--) {
    const next = `${chars[i]}${out}`
    if (displayWidth(next) > width - 1) break
    out = next
  }
  return `…${out}`
}

export const StatusLine = ({ location, lang, width, mode = "browse" }: StatusLineProps) => {
  const keys = keysText(mode, lang, width)
  const room = Math.max(0, width - displayWidth(keys) - 1)
  const where = room >= 4 ? padEnd(truncateStart(terminalSafe(location), room), room) : ""
  return (
    <Text inverse wrap="truncate-end">
      {where}
      {room >= 4 ? " " : ""}
      {truncate(keys, width - (room >= 4 ? room + 1 : 0))}
    </Text>
  )
}
