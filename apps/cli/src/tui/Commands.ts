/**
 * What each command of the key table (keys/KeyBindings.ts) does: the navigation action it gives in the mode
 * and on the screen where it is pressed, or quitting. Pure, so App.tsx only reads keys and
 * dispatches; tested through App.test.tsx.
 */
import type { SearchHit } from "@bilateral/data/snapshot"
import { cursorOfKey, type Item, type View } from "./Items"
import type { Command, Mode } from "./keys/KeyTypes"
import { type Action, type Overlay, type Screen, SECTIONS } from "./Navigation"
import { defaultComparison } from "./screens/RelationList"
import { searchTarget } from "./screens/Search"

/** What a command gives: an action for the reducer, quitting, or nothing. */
export type Outcome = Action | { readonly _tag: "Quit" } | undefined

const QUIT = { _tag: "Quit" } as const

/** Where a command is pressed: the screen, its selection and sizes, the search's hits. */
export interface CommandContext {
  readonly view: View
  readonly screen: Screen
  readonly overlay: Overlay | undefined
  /** Selectable items on the screen. */
  readonly count: number
  readonly selected: Item | undefined
  readonly hits: ReadonlyArray<SearchHit>
  readonly pageSize: number
  /** How far the overlay can scroll. */
  readonly overlayMax: number
  /** The typed text (search) or digit (section number). */
  readonly input: string
  readonly itemsOf: (screen: Screen) => Item[]
}

/** The outcome of `command` pressed in `mode`. */
export const outcomeOf = (mode: Mode, command: Command, context: CommandContext): Outcome => {
  const { view, screen, overlay, count, selected, hits, pageSize, overlayMax, input, itemsOf } =
    context
  const index = view.index
  const relationIds = index.relations.map((r) => r.id)

  // `c`: on the list, marks the selected relation as the first side, then opens the comparison
  // with the next relation chosen (`c` again on the mark clears it); on a relation's detail,
  // compares it with the default other side; elsewhere, opens the default comparison.
  const openCompare = (): Outcome => {
    const chosen = selected?.open?._tag === "Relation" ? selected.open.relation : undefined
    if (screen._tag === "List" && chosen !== undefined) {
      if (screen.mark === undefined) return { _tag: "Mark", relation: chosen }
      if (screen.mark === chosen) return { _tag: "Mark", relation: undefined }
      return { _tag: "Open", screen: { _tag: "Compare", a: screen.mark, b: chosen } }
    }
    if (screen._tag === "Compare") return undefined
    const pair = defaultComparison(view, screen._tag === "Detail" ? screen.relation : undefined)
    return pair ? { _tag: "Open", screen: { _tag: "Compare", a: pair.a, b: pair.b } } : undefined
  }

  const jump = (hit: SearchHit | undefined): Outcome => {
    if (!hit) return
    const target = searchTarget(index, hit)
    if (!target) return
    const cursor = target.key ? cursorOfKey(itemsOf(target.screen), target.key) : 0
    return { _tag: "Open", screen: target.screen, cursor: Math.max(0, cursor) }
  }

  if (mode === "search") return onSearchCommand(command)
  if (command === "quit") return QUIT
  if (mode === "overlay") return onOverlayCommand(command)
  return onBrowseCommand(command)

  function onSearchCommand(command: Command): Outcome {
    const count = hits.length
    if (overlay?._tag !== "Search") return
    switch (command) {
      case "back":
        return { _tag: "CloseOverlay" }
      case "open":
        return jump(hits[overlay.cursor])
      case "up":
        return { _tag: "SearchMove", delta: -1, count }
      case "down":
        return { _tag: "SearchMove", delta: 1, count }
      case "erase":
        return { _tag: "SearchErase" }
      case "type":
        return { _tag: "SearchInput", text: input }
    }
    return undefined
  }

  function onOverlayCommand(command: Command): Outcome {
    const max = overlayMax
    switch (command) {
      case "up":
        return { _tag: "ScrollOverlay", delta: -1, max }
      case "down":
        return { _tag: "ScrollOverlay", delta: 1, max }
      case "pageUp":
        return { _tag: "ScrollOverlay", delta: -pageSize, max }
      case "pageDown":
        return { _tag: "ScrollOverlay", delta: pageSize, max }
      case "back":
      case "open":
      case "help":
      case "source":
        return { _tag: "CloseOverlay" }
    }
    return undefined
  }

  function onBrowseCommand(command: Command): Outcome {
    switch (command) {
      case "up":
        return { _tag: "Move", delta: -1, count }
      case "down":
        return { _tag: "Move", delta: 1, count }
      case "pageUp":
        return { _tag: "Move", delta: -pageSize, count }
      case "pageDown":
        return { _tag: "Move", delta: pageSize, count }
      case "first":
        return { _tag: "MoveTo", cursor: 0, count }
      case "last":
        return { _tag: "MoveTo", cursor: count - 1, count }
      case "open":
        return open()
      case "source":
        return selected?.detail ? { _tag: "ShowDetail", itemKey: selected.key } : undefined
      case "back":
        return { _tag: "Back" }
      case "help":
        return { _tag: "ShowHelp" }
      case "search":
        return { _tag: "StartSearch" }
      case "compare":
        return openCompare()
      case "nextSection":
      case "previousSection":
        if (screen._tag === "Compare") return { _tag: "CycleCompare", relations: relationIds }
        return { _tag: "Section", delta: command === "nextSection" ? 1 : -1 }
      case "sectionNumber": {
        const section = SECTIONS[Number.parseInt(input, 10) - 1]
        return section ? { _tag: "SectionTo", section } : undefined
      }
      case "kindFilter":
        return { _tag: "CycleKind" }
    }
    return undefined
  }

  // Enter: opens the selected relation or comparison (the second side when one is marked), or
  // shows the selected item's source.
  function open(): Outcome {
    const target = selected?.open
    if (screen._tag === "List" && screen.mark !== undefined && target?._tag === "Relation") {
      if (target.relation !== screen.mark) {
        return {
          _tag: "Open",
          screen: { _tag: "Compare", a: screen.mark, b: target.relation },
        }
      }
    }
    if (target?._tag === "Relation") {
      return {
        _tag: "Open",
        screen: { _tag: "Detail", relation: target.relation, section: "overview" },
      }
    }
    if (target?._tag === "Compare") {
      return { _tag: "Open", screen: { _tag: "Compare", a: target.a, b: target.b } }
    }
    return selected?.detail ? { _tag: "ShowDetail", itemKey: selected.key } : undefined
  }
}
