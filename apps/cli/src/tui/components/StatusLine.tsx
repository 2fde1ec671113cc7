/**
 * The bottom line: where the user is, and the main keys. The keys take the space they need (in
 * words when there is room, in symbols otherwise); the location gets the rest.
 */
import { Text } from "ink"
import type { Lang } from "../../cli/Args"
import { displayWidth, padEnd, truncate } from "../../render/DisplayWidth"

export interface StatusLineProps {
  readonly location: string
  readonly lang: Lang
  readonly width: number
  /** The keys of the current mode: the search box has its own. */
  readonly mode?: "browse" | "search" | "overlay"
}

type Mode = NonNullable<StatusLineProps["mode"]>

/** The keys of each mode; the ones marked `true` are kept when space is short. */
const KEYS: Record<Mode, Record<Lang, ReadonlyArray<readonly [string, boolean]>>> = {
  browse: {
    vi: [
      ["↑↓ chọn", true],
      ["Enter mở", true],
      ["Esc lại", false],
      ["Tab mục", true],
      ["s nguồn", false],
      ["/ tìm", true],
      ["? trợ giúp", true],
      ["q thoát", true],
    ],
    en: [
      ["↑↓ move", true],
      ["Enter open", true],
      ["Esc back", false],
      ["Tab section", true],
      ["s source", false],
      ["/ search", true],
      ["? help", true],
      ["q quit", true],
    ],
  },
  search: {
    vi: [
      ["gõ để tìm", false],
      ["↑↓ chọn", true],
      ["Enter đến", true],
      ["Esc đóng", true],
    ],
    en: [
      ["type to search", false],
      ["↑↓ select", true],
      ["Enter go", true],
      ["Esc close", true],
    ],
  },
  overlay: {
    vi: [
      ["↑↓ cuộn", true],
      ["Esc đóng", true],
      ["q thoát", true],
    ],
    en: [
      ["↑↓ scroll", true],
      ["Esc close", true],
      ["q quit", true],
    ],
  },
}

const SHORT: Record<Mode, string> = {
  browse: "↑↓ ⏎ Esc Tab / ? q",
  search: "↑↓ ⏎ Esc",
  overlay: "↑↓ Esc q",
}

/**
 * The keys part of the status line: every key in words when that leaves a third of the line to
 * the location, else the main keys in words, else symbols.
 */
export const keysText = (mode: Mode, lang: Lang, width: number): string => {
  const keys = KEYS[mode][lang]
  for (const text of [
    keys.map(([k]) => k).join("  "),
    keys
      .filter(([, main]) => main)
      .map(([k]) => k)
      .join("  "),
  ]) {
    if (displayWidth(text) <= width * 0.66) return text
  }
  return SHORT[mode]
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
  const where = room >= 4 ? padEnd(truncateStart(location, room), room) : ""
  return (
    <Text inverse wrap="truncate-end">
      {where}
      {room >= 4 ? " " : ""}
      {truncate(keys, width - (room >= 4 ? room + 1 : 0))}
    </Text>
  )
}
