/**
 * The terminal UI: relation list → relation detail (five sections) → comparison, with search,
 * help and the source of any item. Keys are handled here and turned into navigation actions;
 * what each screen shows comes from Screens.ts, sized to the terminal.
 */
import type { BilateralIndex, SearchHit } from "@bilateral/data"
import type { DayDate } from "@bilateral/domain"
import { Box, type Key, Text, useApp, useInput, useStdin } from "ink"
import { useCallback, useMemo, useReducer, useRef } from "react"
import type { Lang } from "../cli/Args"
import { t } from "../i18n/Messages"
import { relationName as nameOfRelation, relationCode } from "../view/Relations"
import { Header, Tabs } from "./components/Header"
import { helpRows, Scrolled, SearchBox } from "./components/Overlays"
import { StatusLine } from "./components/StatusLine"
import { ColorContext } from "./components/Theme"
import { Viewport } from "./components/Viewport"
import { cursorOfKey, type Item, type View } from "./Items"
import {
  type Action,
  breadcrumb,
  current,
  initialState,
  reduce,
  type Screen,
  type State,
} from "./Navigation"
import {
  compareItems,
  defaultComparison,
  detailItems,
  detailLines,
  listItems,
  SECTIONS,
  type SectionId,
  sectionName,
} from "./Screens"
import { type TerminalSize, useTerminalSize } from "./useTerminalSize"

export interface AppProps {
  readonly index: BilateralIndex
  readonly lang: Lang
  readonly today: DayDate
  readonly color?: boolean
  /** The state to start from (tests). */
  readonly initial?: State
  /** A fixed terminal size instead of the real one (tests). */
  readonly size?: TerminalSize
}

/** The smallest terminal the layout is made for; a smaller one gets a message asking for more room. */
export const MIN_COLUMNS = 40
export const MIN_ROWS = 12

const MAX_HITS = 200

/** The items of a screen. */
export const screenItems = (view: View, screen: Screen): Item[] => {
  switch (screen._tag) {
    case "List":
      return listItems(view, screen.mark)
    case "Detail":
      return detailItems(view, screen.relation, screen.section, screen.kind)
    case "Compare":
      return compareItems(view, screen.a, screen.b)
  }
}

/** Where a search hit leads: the screen and the key of the item to select there. */
export const searchTarget = (
  index: BilateralIndex,
  hit: SearchHit,
): { screen: Screen; key?: string } | undefined => {
  const eventId = hit.eventId ?? (hit.kind === "event" ? hit.id : undefined)
  if (eventId !== undefined) {
    const event = index.event(eventId)
    if (event)
      return {
        screen: { _tag: "Detail", relation: event.relation, section: "timeline" },
        key: `event:${eventId}`,
      }
  }
  if (hit.kind === "agreement") {
    const agreement = index.agreement(hit.id)
    const relation = hit.relation ?? agreement?.relations[0]
    if (relation)
      return {
        screen: { _tag: "Detail", relation, section: "agreements" },
        key: `agreement:${hit.id}`,
      }
  }
  if (hit.kind === "person") {
    const first = index.events({ person: hit.id })[0]
    if (first)
      return {
        screen: { _tag: "Detail", relation: first.relation, section: "timeline" },
        key: `event:${first.id}`,
      }
  }
  if (hit.kind === "country") {
    const relation = index.relations.find((r) => index.partnerOf(r) === hit.id)
    if (relation) return { screen: { _tag: "Detail", relation: relation.id, section: "overview" } }
  }
  if (hit.relation) {
    const screen: Screen = { _tag: "Detail", relation: hit.relation, section: "overview" }
    if (hit.fact?.collection === "projects") return { screen, key: `ov:project:${hit.fact.id}` }
    if (hit.fact?.collection === "sisterRegions") return { screen, key: `ov:sister:${hit.fact.id}` }
    return { screen }
  }
  return undefined
}

/** Whether typed input is text (no control characters), for the search box. */
const isPrintable = (input: string) =>
  Array.from(input).every((c) => (c.codePointAt(0) ?? 0) >= 0x20 && c !== "\u007f")

/** Control characters that can arrive inside a run of keys, and the key each one is. */
const CONTROL_KEYS: Readonly<Record<string, Partial<Key>>> = {
  "\t": { tab: true },
  "\r": { return: true },
}

const isBack = (input: string, key: Key) =>
  key.escape || key.backspace || key.delete || (key.ctrl && input === "h")

export const App = ({ index, lang, today, color = true, initial, size: fixedSize }: AppProps) => {
  const { exit } = useApp()
  const { isRawModeSupported } = useStdin()
  const terminalSize = useTerminalSize()
  const size = fixedSize ?? terminalSize
  const [state, dispatch] = useReducer(reduce, initial ?? initialState)

  const width = Math.max(MIN_COLUMNS, size.columns)
  // One line short of the terminal: a frame as tall as the terminal would make Ink clear the
  // whole screen (and the scrollback) on every redraw.
  const height = Math.max(MIN_ROWS, size.rows) - 1
  const view: View = useMemo(
    () => ({ index, lang, today, width: width - 2 }),
    [index, lang, today, width],
  )
  // Items per screen and hits per query, computed once for the current view.
  const caches = useMemo(
    () => ({
      view,
      items: new WeakMap<Screen, Item[]>(),
      hits: new Map<string, ReadonlyArray<SearchHit>>(),
    }),
    [view],
  )
  const itemsOf = (screen: Screen): Item[] => {
    let items = caches.items.get(screen)
    if (!items) {
      items = screenItems(caches.view, screen)
      caches.items.set(screen, items)
    }
    return items
  }
  const hitsOf = (query: string): ReadonlyArray<SearchHit> => {
    let hits = caches.hits.get(query)
    if (!hits) {
      hits = index.search(query).slice(0, MAX_HITS)
      caches.hits.set(query, hits)
    }
    return hits
  }

  /** Everything the screen shows and the keys need, for a state. */
  const derive = (st: State) => {
    const frame = current(st)
    const screen = frame.screen
    const items = itemsOf(screen)
    const selectable = items.filter((i) => i.selectable)
    const count = selectable.length
    const selected = selectable[Math.min(frame.cursor, count - 1)]
    const overlay = st.overlay
    const hits = overlay?._tag === "Search" ? hitsOf(overlay.query) : []
    const tabsShown = screen._tag === "Detail"
    const contentHeight = Math.max(1, height - 2 - (tabsShown ? 1 : 0))
    const detail =
      overlay?._tag === "Detail" ? items.find((i) => i.key === overlay.itemKey)?.detail : undefined
    const overlayRows =
      overlay?._tag === "Help" ? helpRows(lang, width - 2) : detail ? detailLines(view, detail) : []
    return {
      frame,
      screen,
      items,
      count,
      selected,
      overlay,
      hits,
      tabsShown,
      contentHeight,
      overlayRows,
    }
  }

  // The state as of the last key, ahead of React's render when keys arrive together, so that
  // each key acts on the screen the previous one left (Down then Enter opens the second item).
  const stateRef = useRef(state)
  stateRef.current = state
  const go = (action: Action) => {
    stateRef.current = reduce(stateRef.current, action)
    dispatch(action)
  }
  const relationIds = index.relations.map((r) => r.id)

  const onKey = (input: string, key: Key) => {
    const { screen, count, selected, overlay, hits, contentHeight, overlayRows } = derive(
      stateRef.current,
    )
    const pageSize = Math.max(1, contentHeight - 2)

    // `c`: on the list, marks the selected relation as the first side, then opens the comparison
    // with the next relation chosen (`c` again on the mark clears it); on a relation's detail,
    // compares it with the default other side; elsewhere, opens the default comparison.
    const openCompare = () => {
      const chosen = selected?.open?._tag === "Relation" ? selected.open.relation : undefined
      if (screen._tag === "List" && chosen !== undefined) {
        if (screen.mark === undefined) return go({ _tag: "Mark", relation: chosen })
        if (screen.mark === chosen) return go({ _tag: "Mark", relation: undefined })
        return go({ _tag: "Open", screen: { _tag: "Compare", a: screen.mark, b: chosen } })
      }
      if (screen._tag === "Compare") return
      const pair = defaultComparison(view, screen._tag === "Detail" ? screen.relation : undefined)
      if (pair) go({ _tag: "Open", screen: { _tag: "Compare", a: pair.a, b: pair.b } })
    }

    const jump = (hit: SearchHit | undefined) => {
      if (!hit) return
      const target = searchTarget(index, hit)
      if (!target) return
      const cursor = target.key ? cursorOfKey(itemsOf(target.screen), target.key) : 0
      go({ _tag: "Open", screen: target.screen, cursor: Math.max(0, cursor) })
    }

    if (overlay?._tag === "Search") {
      if (key.escape) return go({ _tag: "CloseOverlay" })
      if (key.return) return jump(hits[overlay.cursor])
      if (key.upArrow) return go({ _tag: "SearchMove", delta: -1, count: hits.length })
      if (key.downArrow) return go({ _tag: "SearchMove", delta: 1, count: hits.length })
      if (key.backspace || key.delete) return go({ _tag: "SearchErase" })
      if (input && !key.ctrl && !key.meta && !key.tab && isPrintable(input)) {
        return go({ _tag: "SearchInput", text: input })
      }
      return
    }
    if (input === "q") return exit()
    if (overlay) {
      const max = overlayRows.length - contentHeight
      if (key.upArrow || input === "k") return go({ _tag: "ScrollOverlay", delta: -1, max })
      if (key.downArrow || input === "j") return go({ _tag: "ScrollOverlay", delta: 1, max })
      if (key.pageUp) return go({ _tag: "ScrollOverlay", delta: -pageSize, max })
      if (key.pageDown || input === " ") return go({ _tag: "ScrollOverlay", delta: pageSize, max })
      if (isBack(input, key) || key.return || input === "?" || input === "s") {
        return go({ _tag: "CloseOverlay" })
      }
      return
    }
    if (key.upArrow || input === "k") return go({ _tag: "Move", delta: -1, count })
    if (key.downArrow || input === "j") return go({ _tag: "Move", delta: 1, count })
    if (key.pageUp) return go({ _tag: "Move", delta: -pageSize, count })
    if (key.pageDown || input === " ") return go({ _tag: "Move", delta: pageSize, count })
    if (key.home || input === "g") return go({ _tag: "MoveTo", cursor: 0, count })
    if (key.end || input === "G") return go({ _tag: "MoveTo", cursor: count - 1, count })
    if (key.return) {
      const open = selected?.open
      if (screen._tag === "List" && screen.mark !== undefined && open?._tag === "Relation") {
        if (open.relation !== screen.mark) {
          return go({ _tag: "Open", screen: { _tag: "Compare", a: screen.mark, b: open.relation } })
        }
      }
      if (open?._tag === "Relation") {
        return go({
          _tag: "Open",
          screen: { _tag: "Detail", relation: open.relation, section: "overview" },
        })
      }
      if (open?._tag === "Compare") {
        return go({ _tag: "Open", screen: { _tag: "Compare", a: open.a, b: open.b } })
      }
      if (selected?.detail) return go({ _tag: "ShowDetail", itemKey: selected.key })
      return
    }
    if (input === "s") {
      return selected?.detail ? go({ _tag: "ShowDetail", itemKey: selected.key }) : undefined
    }
    if (isBack(input, key)) return go({ _tag: "Back" })
    if (input === "?") return go({ _tag: "ShowHelp" })
    if (input === "/") return go({ _tag: "StartSearch" })
    if (input === "c") return openCompare()
    if (
      screen._tag === "Compare" &&
      (key.tab || key.rightArrow || key.leftArrow || input === "l" || input === "h")
    ) {
      return go({ _tag: "CycleCompare", relations: relationIds })
    }
    if (screen._tag === "Detail") {
      if ((key.tab && key.shift) || key.leftArrow || input === "h") {
        return go({ _tag: "Section", delta: -1 })
      }
      if (key.tab || key.rightArrow || input === "l") return go({ _tag: "Section", delta: 1 })
      const section = SECTIONS[Number.parseInt(input, 10) - 1]
      if (section) return go({ _tag: "SectionTo", section })
      if (input === "f") return go({ _tag: "CycleKind" })
    }
  }

  const onKeyRef = useRef(onKey)
  onKeyRef.current = onKey
  // Keys typed faster than a redraw (a held "j", Tab Tab) arrive as one string: take them one by
  // one. Search text stays whole; Tab and Enter in the run become their keys.
  const handleInput = useCallback((input: string, key: Key) => {
    const chars = Array.from(input)
    const searching = stateRef.current.overlay?._tag === "Search"
    const splittable = chars.every((c) => c in CONTROL_KEYS || isPrintable(c))
    if (chars.length > 1 && splittable && !(searching && isPrintable(input))) {
      for (const c of chars) {
        const control = CONTROL_KEYS[c]
        onKeyRef.current(control ? "" : c, control ? { ...key, ...control } : key)
      }
    } else {
      onKeyRef.current(input, key)
    }
  }, [])
  useInput(handleInput, { isActive: isRawModeSupported })

  const { frame, screen, items, count, overlay, hits, tabsShown, contentHeight, overlayRows } =
    derive(state)

  const relationName = (id: string) => {
    const r = index.relation(id)
    return r ? nameOfRelation(index, r, lang, today) : id
  }
  const location = breadcrumb(state, {
    list: t("relation", lang),
    relation: relationName,
    section: (s: SectionId) => sectionName(s, lang),
    compare: t("compare", lang),
  })
  const title =
    screen._tag === "List"
      ? "Bilateral"
      : screen._tag === "Detail"
        ? `Bilateral · ${relationName(screen.relation)}`
        : `Bilateral · ${t("compare", lang)}`
  const position =
    overlay?._tag === "Search"
      ? t("search", lang)
      : overlay?._tag === "Help"
        ? t("help", lang)
        : count > 0
          ? `${Math.min(frame.cursor, count - 1) + 1}/${count}`
          : ""

  if (size.columns < MIN_COLUMNS || size.rows < MIN_ROWS) {
    const message =
      lang === "vi"
        ? `Cửa sổ quá nhỏ (${size.columns}×${size.rows}): cần ít nhất ${MIN_COLUMNS}×${MIN_ROWS}. q để thoát.`
        : `Terminal too small (${size.columns}×${size.rows}): needs ${MIN_COLUMNS}×${MIN_ROWS}. q quits.`
    return <Text wrap="wrap">{message}</Text>
  }

  return (
    <ColorContext.Provider value={color}>
      <Box flexDirection="column" width={width} height={height}>
        <Header title={title} position={position} width={width} />
        {tabsShown && screen._tag === "Detail" ? (
          <Tabs
            sections={SECTIONS.map((id) => ({ id, name: sectionName(id, lang) }))}
            current={screen.section}
            width={width}
          />
        ) : null}
        {overlay?._tag === "Search" ? (
          <SearchBox
            query={overlay.query}
            hits={hits}
            cursor={overlay.cursor}
            lang={lang}
            width={width}
            height={contentHeight}
            codeOf={(id) => {
              const r = index.relation(id)
              return r ? relationCode(index, r) : id
            }}
          />
        ) : overlay ? (
          <Scrolled
            rows={overlayRows}
            scroll={overlay.scroll}
            width={width}
            height={contentHeight}
          />
        ) : (
          <Viewport items={items} cursor={frame.cursor} width={width} height={contentHeight} />
        )}
        <StatusLine
          location={location}
          lang={lang}
          width={width}
          mode={overlay?._tag === "Search" ? "search" : overlay ? "overlay" : "browse"}
        />
      </Box>
    </ColorContext.Provider>
  )
}
