/**
 * How the key table is shown: the help overlay's rows, the status line's hints in each mode, and
 * the name by which other text cites a key.
 */
import type { MessageKey } from "../../i18n/Messages"
import { KEY_BINDINGS } from "./KeyBindings"
import type { Mode } from "./KeyTypes"

/** The help overlay's rows: the keys and the text of each binding that has one, in order. */
export const helpEntries = (): ReadonlyArray<{
  readonly keys: string
  readonly text: MessageKey
}> => KEY_BINDINGS.flatMap((b) => (b.help ? [b.help] : []))

/** A status-line hint: its keys, its word, whether it stays when short, its symbol. */
export interface Hint {
  readonly keys: string
  readonly word: MessageKey
  readonly main: boolean
  readonly symbol?: string
}

/** The status line's hints in `mode`, in the table's order. */
export const hintsOf = (mode: Mode): ReadonlyArray<Hint> =>
  KEY_BINDINGS.flatMap((b) => {
    const hint = b.hint
    const inMode = hint?.modes[mode]
    if (!hint || !inMode) return []
    return [
      {
        keys: hint.keys,
        word: inMode.word,
        main: inMode.main,
        ...(hint.symbol ? { symbol: hint.symbol } : {}),
      },
    ]
  })

/**
 * How text that cites a binding names its key ("f đổi loại", "Tab đổi quan hệ thứ hai"): the
 * hint's name, else the help's.
 */
export const keyName = (id: string): string => {
  const binding = KEY_BINDINGS.find((b) => b.id === id)
  return binding?.hint?.keys ?? binding?.help?.keys ?? ""
}
