/**
 * The shape of the key table (KeyBindings.ts): the modes keys act in, the commands they give, how a
 * key is written, and what a binding says of itself for the help overlay and the status line.
 */
import type { MessageKey } from "../../i18n/Messages"

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

/** One row of the key table: its keys, and how the help and the status line name them. */
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
