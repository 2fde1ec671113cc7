/**
 * The terminal UI: relation list → relation detail (five sections) → comparison, with search,
 * help and the source of any item. Keys are read through the key table (keys/KeyBindings.ts)
 * and turned into navigation actions here; what each screen shows comes from screens/, sized to the terminal.
 */
import type { BilateralIndex, SearchHit } from "@bilateral/data/snapshot"
import type { DayDate } from "@bilateral/domain"
import { Box, type Key, Text, useApp, useInput, useStdin } from "ink"
import { useCallback, useMemo, useReducer, useRef } from "react"
import type { Lang } from "../cli/Args"
import { t } from "../i18n/Messages"
import { relationName as nameOfRelation, relationCode } from "../view/Relations"
import { outcomeOf } from "./Commands"
import { Header, Tabs } from "./components/Header"
import { Scrolled } from "./components/Scrolled"
import { StatusLine } from "./components/StatusLine"
import { ColorContext } from "./components/Theme"
import { Viewport } from "./components/Viewport"
import type { Item, View } from "./Items"
import { commandOf, isPrintable } from "./keys/KeyMatchers"
import type { Mode } from "./keys/KeyTypes"
import {
  type Action,
  breadcrumb,
  current,
  initialState,
  reduce,
  type Screen,
  SECTIONS,
  type SectionId,
  type State,
} from "./Navigation"
import { sectionName } from "./screens/Detail"
import { helpRows } from "./screens/Help"
import { screenItems } from "./screens/Screen"
import { SearchBox } from "./screens/Search"
import { detailLines } from "./screens/Source"
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

/** Control characters that can arrive inside a run of keys, and the key each one is. */
const CONTROL_KEYS: Readonly<Record<string, Partial<Key>>> = {
  "\t": { tab: true },
  "\r": { return: true },
}

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

  const onKey = (input: string, key: Key) => {
    const { screen, count, selected, overlay, hits, contentHeight, overlayRows } = derive(
      stateRef.current,
    )
    const mode: Mode = overlay?._tag === "Search" ? "search" : overlay ? "overlay" : "browse"
    const command = commandOf(mode, input, key)
    if (command === undefined) return
    const outcome = outcomeOf(mode, command, {
      view,
      screen,
      overlay,
      count,
      selected,
      hits,
      pageSize: Math.max(1, contentHeight - 2),
      overlayMax: overlayRows.length - contentHeight,
      input,
      itemsOf,
    })
    if (outcome?._tag === "Quit") return exit()
    if (outcome) go(outcome)
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
    const message = t("tooSmall", lang, {
      columns: size.columns,
      rows: size.rows,
      minColumns: MIN_COLUMNS,
      minRows: MIN_ROWS,
    })
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
