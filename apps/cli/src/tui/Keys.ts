/**
 * Every key of the terminal UI, in one table (in the manner of gemini-cli's keyBindings): each
 * binding lists its keys with the command each gives and the modes where it acts, the help row
 * that names it and the status-line hint that shows it. App.tsx acts on `commandOf`, the help
 * overlay is `helpEntries` and the status line's hints are `hintsOf`: all three read this table.
 */
import type { Key } from "ink"
import type { MessageKey } from "../i18n/Messages"
import { SECTIONS } from "./Navigation"

/** Where keys go: the screens, an overlay (help or an item's source), or the search box. */
export type Mode = "browse" | "overlay" | "search"

/** What a key asks for; App.tsx decides what each command does in each mode. */
export type Command =
  | "type"
  | "erase"
  | "up"
  | "down"
  | "pageUp"
  | "pageDown"
  | "first"
  | "last"
  | "open"
  | "back"
  | "nextSection"
  | "previousSection"
  | "sectionNumber"
  | "kindFilter"
  | "source"
  | "compare"
  | "search"
  | "help"
  | "quit"

/** The keys of Ink's `Key` that name a special key. */
type SpecialKey =
  | "upArrow"
  | "downArrow"
  | "leftArrow"
  | "rightArrow"
  | "pageUp"
  | "pageDown"
  | "home"
  | "end"
  | "return"
  | "escape"
  | "tab"
  | "backspace"
  | "delete"

/**
 * A key: a special key (with Shift when `shift` is set), a typed character (with Ctrl when `ctrl`
 * is set; any modifiers otherwise), or any printable text.
 */
export type KeyPattern =
  | { readonly key: SpecialKey; readonly shift?: true }
  | { readonly input: string; readonly ctrl?: true }
  | { readonly printable: true }

/** One key of a binding, the command it gives and the modes where it acts. */
export interface KeySpec {
  readonly pattern: KeyPattern
  readonly command: Command
  readonly modes: ReadonlyArray<Mode>
}

/** A status-line hint in one mode: its word, and whether it stays when space is short. */
export interface ModeHint {
  readonly word: MessageKey
  readonly main: boolean
}

export interface KeyBinding {
  /** A name for tests and for text that cites a key ("f changes kind"). */
  readonly id: string
  readonly keys: ReadonlyArray<KeySpec>
  /** The help overlay's row: how it names the keys and what they do. No row when absent. */
  readonly help?: { readonly keys: string; readonly text: MessageKey }
  /**
   * The status line's hint: how it names the keys ("↑↓"), their symbol when only symbols fit
   * ("⏎"; none to leave it out), and its word in each mode where it is shown.
   */
  readonly hint?: {
    readonly keys: string
    readonly symbol?: string
    readonly modes: Partial<Record<Mode, ModeHint>>
  }
}

const ALL: ReadonlyArray<Mode> = ["browse", "overlay", "search"]
const SCREENS: ReadonlyArray<Mode> = ["browse"]
const NOT_SEARCH: ReadonlyArray<Mode> = ["browse", "overlay"]

const spec = (pattern: KeyPattern, command: Command, modes: ReadonlyArray<Mode>): KeySpec => ({
  pattern,
  command,
  modes,
})

/** The table, in the order of the help and of the hints. */
export const KEY_BINDINGS: ReadonlyArray<KeyBinding> = [
  {
    id: "type",
    keys: [spec({ printable: true }, "type", ["search"])],
    hint: { keys: "", modes: { search: { word: "hintTypeToSearch", main: false } } },
  },
  {
    id: "erase",
    keys: [
      spec({ key: "backspace" }, "erase", ["search"]),
      spec({ key: "delete" }, "erase", ["search"]),
    ],
  },
  {
    id: "move",
    keys: [
      spec({ key: "upArrow" }, "up", ALL),
      spec({ input: "k" }, "up", NOT_SEARCH),
      spec({ key: "downArrow" }, "down", ALL),
      spec({ input: "j" }, "down", NOT_SEARCH),
    ],
    help: { keys: "↑ ↓  j k", text: "helpMove" },
    hint: {
      keys: "↑↓",
      symbol: "↑↓",
      modes: {
        browse: { word: "hintMove", main: true },
        search: { word: "hintSelect", main: true },
        overlay: { word: "hintScroll", main: true },
      },
    },
  },
  {
    id: "page",
    keys: [
      spec({ key: "pageUp" }, "pageUp", NOT_SEARCH),
      spec({ key: "pageDown" }, "pageDown", NOT_SEARCH),
      spec({ input: " " }, "pageDown", NOT_SEARCH),
    ],
    help: { keys: "PgUp PgDn", text: "helpPage" },
  },
  {
    id: "ends",
    keys: [
      spec({ key: "home" }, "first", SCREENS),
      spec({ input: "g" }, "first", SCREENS),
      spec({ key: "end" }, "last", SCREENS),
      spec({ input: "G" }, "last", SCREENS),
    ],
    help: { keys: "Home End  g G", text: "helpEnds" },
  },
  {
    id: "open",
    keys: [spec({ key: "return" }, "open", ALL)],
    help: { keys: "Enter", text: "helpOpen" },
    hint: {
      keys: "Enter",
      symbol: "⏎",
      modes: {
        browse: { word: "hintOpen", main: true },
        search: { word: "hintGo", main: true },
      },
    },
  },
  {
    id: "back",
    keys: [
      spec({ key: "escape" }, "back", ALL),
      spec({ key: "backspace" }, "back", NOT_SEARCH),
      spec({ key: "delete" }, "back", NOT_SEARCH),
      spec({ input: "h", ctrl: true }, "back", NOT_SEARCH),
    ],
    help: { keys: "Esc  Backspace", text: "helpBack" },
    hint: {
      keys: "Esc",
      symbol: "Esc",
      modes: {
        browse: { word: "hintBack", main: false },
        search: { word: "hintClose", main: true },
        overlay: { word: "hintClose", main: true },
      },
    },
  },
  {
    id: "tab",
    keys: [
      spec({ key: "tab", shift: true }, "previousSection", SCREENS),
      spec({ key: "tab" }, "nextSection", SCREENS),
    ],
    help: { keys: "Tab  Shift-Tab", text: "helpTab" },
    hint: { keys: "Tab", symbol: "Tab", modes: { browse: { word: "hintSection", main: true } } },
  },
  {
    id: "arrows",
    keys: [
      spec({ key: "leftArrow" }, "previousSection", SCREENS),
      spec({ input: "h" }, "previousSection", SCREENS),
      spec({ key: "rightArrow" }, "nextSection", SCREENS),
      spec({ input: "l" }, "nextSection", SCREENS),
    ],
    help: { keys: "← →  h l", text: "helpArrows" },
  },
  {
    id: "sectionNumber",
    keys: SECTIONS.map((_, i) => spec({ input: String(i + 1) }, "sectionNumber", SCREENS)),
    help: { keys: `1 … ${SECTIONS.length}`, text: "helpSectionNumber" },
  },
  {
    id: "kindFilter",
    keys: [spec({ input: "f" }, "kindFilter", SCREENS)],
    help: { keys: "f", text: "helpKindFilter" },
  },
  {
    id: "source",
    keys: [spec({ input: "s" }, "source", NOT_SEARCH)],
    help: { keys: "s", text: "helpSource" },
    hint: { keys: "s", modes: { browse: { word: "hintSource", main: false } } },
  },
  {
    id: "compare",
    keys: [spec({ input: "c" }, "compare", SCREENS)],
    help: { keys: "c", text: "helpCompare" },
  },
  {
    id: "search",
    keys: [spec({ input: "/" }, "search", SCREENS)],
    help: { keys: "/", text: "helpSearch" },
    hint: { keys: "/", symbol: "/", modes: { browse: { word: "hintSearch", main: true } } },
  },
  {
    id: "help",
    keys: [spec({ input: "?" }, "help", NOT_SEARCH)],
    help: { keys: "?", text: "helpHelp" },
    hint: { keys: "?", symbol: "?", modes: { browse: { word: "hintHelp", main: true } } },
  },
  {
    id: "quit",
    // Ctrl-C is Ink's own (exitOnCtrlC), before any input reaches the UI.
    keys: [spec({ input: "q" }, "quit", NOT_SEARCH)],
    help: { keys: "q  Ctrl-C", text: "helpQuit" },
    hint: {
      keys: "q",
      symbol: "q",
      modes: {
        browse: { word: "hintQuit", main: true },
        overlay: { word: "hintQuit", main: true },
      },
    },
  },
]

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
