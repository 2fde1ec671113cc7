/**
 * Where the user is in the terminal UI, and how each action moves them: a stack of screens (list,
 * relation detail, comparison), the selected item on each, and an optional overlay (help, the
 * detail and source of an item, search). A pure reducer, tested without a terminal.
 */
import type { EventKind } from "@bilateral/domain"
import { EVENT_KINDS } from "@bilateral/domain/format"

/** The sections of a relation's detail, in Tab order. */
export const SECTIONS = ["overview", "timeline", "indicators", "agreements", "visits"] as const
export type SectionId = (typeof SECTIONS)[number]

/** The event kinds the timeline filter cycles through (`undefined` is all): the domain's kinds. */
export const KIND_FILTERS: ReadonlyArray<EventKind | undefined> = [undefined, ...EVENT_KINDS]

export type Screen =
  /** The relation list; `mark` is the relation chosen with `c` as a comparison's first side. */
  | { readonly _tag: "List"; readonly mark?: string }
  | {
      readonly _tag: "Detail"
      readonly relation: string
      readonly section: SectionId
      readonly kind?: EventKind
    }
  | { readonly _tag: "Compare"; readonly a: string; readonly b: string }

export interface Frame {
  readonly screen: Screen
  /** The selected item, counted among the screen's selectable items. */
  readonly cursor: number
  /** The cursor of each section left on this relation, to come back to it. */
  readonly sectionCursors?: Readonly<Partial<Record<SectionId, number>>>
}

export type Overlay =
  | { readonly _tag: "Help"; readonly scroll: number }
  | { readonly _tag: "Detail"; readonly itemKey: string; readonly scroll: number }
  | { readonly _tag: "Search"; readonly query: string; readonly cursor: number }

export interface State {
  readonly stack: ReadonlyArray<Frame>
  readonly overlay?: Overlay
}

export type Action =
  | { readonly _tag: "Move"; readonly delta: number; readonly count: number }
  | { readonly _tag: "MoveTo"; readonly cursor: number; readonly count: number }
  | { readonly _tag: "Open"; readonly screen: Screen; readonly cursor?: number }
  | { readonly _tag: "Back" }
  | { readonly _tag: "Section"; readonly delta: number }
  | { readonly _tag: "SectionTo"; readonly section: SectionId }
  | { readonly _tag: "CycleKind" }
  | { readonly _tag: "CycleCompare"; readonly relations: ReadonlyArray<string> }
  /** Marks a relation of the list as a comparison's first side; `undefined` clears the mark. */
  | { readonly _tag: "Mark"; readonly relation: string | undefined }
  | { readonly _tag: "ShowHelp" }
  | { readonly _tag: "ShowDetail"; readonly itemKey: string }
  | { readonly _tag: "ScrollOverlay"; readonly delta: number; readonly max: number }
  | { readonly _tag: "StartSearch" }
  | { readonly _tag: "SearchInput"; readonly text: string }
  | { readonly _tag: "SearchErase" }
  | { readonly _tag: "SearchMove"; readonly delta: number; readonly count: number }
  | { readonly _tag: "CloseOverlay" }

export const initialState: State = { stack: [{ screen: { _tag: "List" }, cursor: 0 }] }

/** The frame on top of the stack. */
export const current = (state: State): Frame =>
  state.stack[state.stack.length - 1] ?? { screen: { _tag: "List" }, cursor: 0 }

const clamp = (n: number, count: number) => Math.max(0, Math.min(n, Math.max(0, count - 1)))

const replaceTop = (state: State, frame: Frame): State => ({
  ...state,
  stack: [...state.stack.slice(0, -1), frame],
})

const withSection = (frame: Frame, section: SectionId): Frame => {
  if (frame.screen._tag !== "Detail") return frame
  const saved = { ...frame.sectionCursors, [frame.screen.section]: frame.cursor }
  return {
    screen: { ...frame.screen, section },
    cursor: saved[section] ?? 0,
    sectionCursors: saved,
  }
}

/** Applies one action. */
export const reduce = (state: State, action: Action): State => {
  const top = current(state)
  switch (action._tag) {
    case "Move":
      return replaceTop(state, { ...top, cursor: clamp(top.cursor + action.delta, action.count) })
    case "MoveTo":
      return replaceTop(state, { ...top, cursor: clamp(action.cursor, action.count) })
    case "Open": {
      // Leaving the list ends a comparison being chosen there.
      const below = top.screen._tag === "List" && top.screen.mark !== undefined
      const stack = below
        ? [...state.stack.slice(0, -1), { ...top, screen: { _tag: "List" } as const }]
        : state.stack
      return {
        stack: [...stack, { screen: action.screen, cursor: Math.max(0, action.cursor ?? 0) }],
      }
    }
    case "Back":
      if (state.overlay) return { stack: state.stack }
      if (top.screen._tag === "List" && top.screen.mark !== undefined)
        return replaceTop(state, { ...top, screen: { _tag: "List" } })
      return state.stack.length > 1 ? { stack: state.stack.slice(0, -1) } : state
    case "Mark":
      if (top.screen._tag !== "List") return state
      return replaceTop(state, {
        ...top,
        screen:
          action.relation === undefined
            ? { _tag: "List" }
            : { _tag: "List", mark: action.relation },
      })
    case "Section": {
      if (top.screen._tag !== "Detail") return state
      const i = SECTIONS.indexOf(top.screen.section)
      const next =
        SECTIONS[(i + action.delta + SECTIONS.length * 10) % SECTIONS.length] ?? "overview"
      return replaceTop(state, withSection(top, next))
    }
    case "SectionTo":
      return top.screen._tag === "Detail"
        ? replaceTop(state, withSection(top, action.section))
        : state
    case "CycleKind": {
      if (top.screen._tag !== "Detail" || top.screen.section !== "timeline") return state
      const i = KIND_FILTERS.indexOf(top.screen.kind)
      const kind = KIND_FILTERS[(i + 1) % KIND_FILTERS.length]
      const { kind: _, ...rest } = top.screen
      return replaceTop(state, { ...top, screen: kind ? { ...rest, kind } : rest, cursor: 0 })
    }
    case "CycleCompare": {
      if (top.screen._tag !== "Compare") return state
      const { a, b } = top.screen
      const others = action.relations.filter((r) => r !== a)
      if (others.length === 0) return state
      const next = others[(others.indexOf(b) + 1) % others.length] ?? b
      return replaceTop(state, { ...top, screen: { _tag: "Compare", a, b: next } })
    }
    case "ShowHelp":
      return { ...state, overlay: { _tag: "Help", scroll: 0 } }
    case "ShowDetail":
      return { ...state, overlay: { _tag: "Detail", itemKey: action.itemKey, scroll: 0 } }
    case "ScrollOverlay": {
      const overlay = state.overlay
      if (!overlay || overlay._tag === "Search") return state
      const scroll = Math.max(0, Math.min(overlay.scroll + action.delta, Math.max(0, action.max)))
      return { ...state, overlay: { ...overlay, scroll } }
    }
    case "StartSearch":
      return { ...state, overlay: { _tag: "Search", query: "", cursor: 0 } }
    case "SearchInput":
      return state.overlay?._tag === "Search"
        ? {
            ...state,
            overlay: { ...state.overlay, query: state.overlay.query + action.text, cursor: 0 },
          }
        : state
    case "SearchErase":
      return state.overlay?._tag === "Search"
        ? {
            ...state,
            overlay: {
              ...state.overlay,
              query: Array.from(state.overlay.query).slice(0, -1).join(""),
              cursor: 0,
            },
          }
        : state
    case "SearchMove":
      return state.overlay?._tag === "Search"
        ? {
            ...state,
            overlay: {
              ...state.overlay,
              cursor: clamp(state.overlay.cursor + action.delta, action.count),
            },
          }
        : state
    case "CloseOverlay":
      return { stack: state.stack }
  }
}

/** Where the user is, as words for the status line: "Quan hệ › Kazakhstan › Chỉ số". */
export const breadcrumb = (
  state: State,
  names: {
    list: string
    relation: (id: string) => string
    section: (s: SectionId) => string
    compare: string
  },
): string => {
  const top = current(state).screen
  switch (top._tag) {
    case "List":
      return top.mark === undefined
        ? names.list
        : `${names.list} › ${names.compare}: ${names.relation(top.mark)} ↔ …`
    case "Detail":
      return `${names.list} › ${names.relation(top.relation)} › ${names.section(top.section)}`
    case "Compare":
      return `${names.list} › ${names.compare}: ${names.relation(top.a)} ↔ ${names.relation(top.b)}`
  }
}
