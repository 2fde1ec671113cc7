/**
 * Every key of the terminal UI, in one table (in the manner of gemini-cli's keyBindings): each
 * binding lists its keys with the command each gives and the modes where it acts, the help row
 * that names it and the status-line hint that shows it. App.tsx acts on `commandOf`
 * (KeyMatchers.ts); the help overlay and the status line read `helpEntries` and `hintsOf`
 * (KeyHints.ts): all three come from this table. What each command does is in ../Commands.ts.
 */
import { SECTIONS } from "../Navigation"
import type { Command, KeyBinding, KeyPattern, KeySpec, Mode } from "./KeyTypes"

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
