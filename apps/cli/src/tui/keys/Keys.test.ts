import type { Key } from "ink"
import { describe, expect, it } from "vitest"
import { t } from "../../i18n/Messages"
import { keysText } from "../components/StatusLine"
import { helpRows } from "../screens/Help"
import { rowText } from "../screens/testing"
import { KEY_BINDINGS } from "./KeyBindings"
import { helpEntries, hintsOf, keyName } from "./KeyHints"
import { commandOf, keySpecOf } from "./KeyMatchers"
import type { KeyPattern, Mode } from "./KeyTypes"

const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
}

/** A key press that the pattern describes. */
const press = (pattern: KeyPattern): [string, Key] => {
  if ("key" in pattern)
    return ["", { ...NO_KEY, [pattern.key]: true, shift: pattern.shift ?? false }]
  if ("input" in pattern) return [pattern.input, { ...NO_KEY, ctrl: pattern.ctrl ?? false }]
  return ["x", NO_KEY]
}

const MODES: ReadonlyArray<Mode> = ["browse", "overlay", "search"]

describe("the key table", () => {
  it("is what the help lists: one row per binding with help, in the table's order", () => {
    for (const lang of ["vi", "en"] as const) {
      const rows = helpRows(lang, 200).map(rowText)
      const entries = helpEntries()
      const listed = rows.slice(2, 2 + entries.length)
      expect(listed.map((l) => l.replace(/\s+/g, " ").trim())).toEqual(
        entries.map((e) => `${e.keys} ${t(e.text, lang)}`.replace(/\s+/g, " ")),
      )
      // Nothing else between the heading and the closing note.
      expect(rows[2 + entries.length]).toBe("")
      expect(rows).toHaveLength(entries.length + 4)
    }
    expect(helpEntries()).toEqual(KEY_BINDINGS.flatMap((b) => (b.help ? [b.help] : [])))
  })

  it("is what the status line hints, in words when there is room and in symbols when not", () => {
    for (const mode of MODES) {
      for (const lang of ["vi", "en"] as const) {
        const table = KEY_BINDINGS.flatMap((b) => {
          const hint = b.hint?.modes[mode]
          return b.hint && hint ? [{ keys: b.hint.keys, word: t(hint.word, lang) }] : []
        })
        const words = table.map((h) => (h.keys ? `${h.keys} ${h.word}` : h.word))
        expect(keysText(mode, lang, 1000)).toBe(words.join("  "))
        expect(keysText(mode, lang, 10)).toBe(
          KEY_BINDINGS.flatMap((b) =>
            b.hint?.modes[mode] && b.hint.symbol ? [b.hint.symbol] : [],
          ).join(" "),
        )
      }
      expect(hintsOf(mode).length).toBeGreaterThan(0)
    }
    expect(keysText("browse", "vi", 120)).toBe(
      "↑↓ chọn  Enter mở  Esc lại  Tab mục  s nguồn  / tìm  ? trợ giúp  q thoát",
    )
  })

  it("hints a key only in a mode where one of its keys acts", () => {
    for (const binding of KEY_BINDINGS)
      for (const mode of Object.keys(binding.hint?.modes ?? {}) as Mode[])
        expect(
          binding.keys.some((k) => k.modes.includes(mode)),
          binding.id,
        ).toBe(true)
  })

  it("shadows no key: each key press gives its own binding's command", () => {
    for (const binding of KEY_BINDINGS)
      for (const spec of binding.keys)
        for (const mode of spec.modes) {
          const [input, key] = press(spec.pattern)
          expect(keySpecOf(mode, input, key), `${binding.id} in ${mode}`).toBe(spec)
        }
  })

  it("gives the commands the UI acts on", () => {
    const j = press({ input: "j" })
    expect(commandOf("browse", ...j)).toBe("down")
    expect(commandOf("overlay", ...j)).toBe("down")
    expect(commandOf("search", ...j)).toBe("type")
    const backspace = press({ key: "backspace" })
    expect(commandOf("browse", ...backspace)).toBe("back")
    expect(commandOf("search", ...backspace)).toBe("erase")
    expect(commandOf("search", ...press({ key: "escape" }))).toBe("back")
    expect(commandOf("browse", ...press({ key: "tab", shift: true }))).toBe("previousSection")
    expect(commandOf("browse", ...press({ key: "tab" }))).toBe("nextSection")
    expect(commandOf("browse", ...press({ input: "h", ctrl: true }))).toBe("back")
    expect(commandOf("browse", ...press({ input: "h" }))).toBe("previousSection")
    expect(commandOf("browse", ...press({ input: "5" }))).toBe("sectionNumber")
    expect(commandOf("browse", ...press({ input: "6" }))).toBeUndefined()
    expect(commandOf("search", ...press({ input: "q" }))).toBe("type")
    expect(commandOf("overlay", ...press({ input: "g" }))).toBeUndefined()
    expect(commandOf("search", ...press({ input: "\u0007" }))).toBeUndefined()
  })

  it("names a key for text that cites it", () => {
    expect(keyName("kindFilter")).toBe("f")
    expect(keyName("tab")).toBe("Tab")
    expect(keyName("nothing")).toBe("")
  })
})
