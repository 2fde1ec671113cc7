/** Which binding of the key table a key press matches, in a mode, and the command it gives. */
import type { Key } from "ink"
import { KEY_BINDINGS } from "./KeyBindings"
import type { Command, KeyPattern, KeySpec, Mode } from "./KeyTypes"

/** Whether typed input is text (no control characters), for the search box. */
export const isPrintable = (input: string): boolean =>
  Array.from(input).every((c) => (c.codePointAt(0) ?? 0) >= 0x20 && c !== "\u007f")

/** Whether a key press is the pattern. */
export const matches = (pattern: KeyPattern, input: string, key: Key): boolean => {
  if ("key" in pattern) return key[pattern.key] && (pattern.shift === undefined || key.shift)
  if ("input" in pattern) return input === pattern.input && (pattern.ctrl === undefined || key.ctrl)
  return input !== "" && !key.ctrl && !key.meta && !key.tab && isPrintable(input)
}

/** The first key spec of the table that acts in `mode` and matches the key press. */
export const keySpecOf = (mode: Mode, input: string, key: Key): KeySpec | undefined => {
  for (const binding of KEY_BINDINGS) {
    for (const k of binding.keys) {
      if (k.modes.includes(mode) && matches(k.pattern, input, key)) return k
    }
  }
  return undefined
}

/** The command a key press gives in `mode`, if any. */
export const commandOf = (mode: Mode, input: string, key: Key): Command | undefined =>
  keySpecOf(mode, input, key)?.command
