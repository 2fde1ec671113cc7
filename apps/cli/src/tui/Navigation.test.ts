import { EVENT_KINDS } from "@bilateral/domain"
import { describe, expect, it } from "vitest"
import { breadcrumb, current, initialState, reduce, type State } from "./Navigation"

const detail = (section: "overview" | "timeline" = "overview"): State => ({
  stack: [
    { screen: { _tag: "List" }, cursor: 1 },
    { screen: { _tag: "Detail", relation: "vn-xa", section }, cursor: 0 },
  ],
})

describe("navigation", () => {
  it("moves the selection within the list and stops at its ends", () => {
    let s = reduce(initialState, { _tag: "Move", delta: 1, count: 3 })
    expect(current(s).cursor).toBe(1)
    s = reduce(s, { _tag: "Move", delta: 10, count: 3 })
    expect(current(s).cursor).toBe(2)
    s = reduce(s, { _tag: "Move", delta: -10, count: 3 })
    expect(current(s).cursor).toBe(0)
  })

  it("opens a screen on top and goes back to the previous one with its selection", () => {
    const moved = reduce(initialState, { _tag: "Move", delta: 1, count: 3 })
    const opened = reduce(moved, {
      _tag: "Open",
      screen: { _tag: "Detail", relation: "vn-xa", section: "overview" },
    })
    expect(current(opened).screen).toEqual({
      _tag: "Detail",
      relation: "vn-xa",
      section: "overview",
    })
    const back = reduce(opened, { _tag: "Back" })
    expect(current(back)).toEqual({ screen: { _tag: "List" }, cursor: 1 })
    expect(reduce(back, { _tag: "Back" })).toBe(back)
  })

  it("cycles sections with Tab both ways and remembers each section's selection", () => {
    let s = reduce(detail(), { _tag: "Move", delta: 2, count: 5 })
    s = reduce(s, { _tag: "Section", delta: 1 })
    expect(current(s).screen).toMatchObject({ section: "timeline" })
    expect(current(s).cursor).toBe(0)
    s = reduce(s, { _tag: "Section", delta: -1 })
    expect(current(s).screen).toMatchObject({ section: "overview" })
    expect(current(s).cursor).toBe(2)
    s = reduce(s, { _tag: "Section", delta: -1 })
    expect(current(s).screen).toMatchObject({ section: "visits" })
    s = reduce(s, { _tag: "SectionTo", section: "indicators" })
    expect(current(s).screen).toMatchObject({ section: "indicators" })
  })

  it("cycles the timeline's kind filter through every kind and back to all", () => {
    let s = detail("timeline")
    const kinds: Array<string | undefined> = []
    for (let i = 0; i < EVENT_KINDS.length + 1; i++) {
      s = reduce(s, { _tag: "CycleKind" })
      const screen = current(s).screen
      kinds.push(screen._tag === "Detail" ? screen.kind : "?")
    }
    expect(kinds).toEqual([...EVENT_KINDS, undefined])
  })

  it("closes an overlay before leaving the screen", () => {
    const withHelp = reduce(detail(), { _tag: "ShowHelp" })
    expect(withHelp.overlay).toEqual({ _tag: "Help", scroll: 0 })
    const closed = reduce(withHelp, { _tag: "Back" })
    expect(closed.overlay).toBeUndefined()
    expect(current(closed).screen._tag).toBe("Detail")
  })

  it("edits the search query and resets the selection on each change", () => {
    let s = reduce(initialState, { _tag: "StartSearch" })
    s = reduce(s, { _tag: "SearchInput", text: "Hà" })
    s = reduce(s, { _tag: "SearchInput", text: " N" })
    s = reduce(s, { _tag: "SearchMove", delta: 1, count: 4 })
    expect(s.overlay).toEqual({ _tag: "Search", query: "Hà N", cursor: 1 })
    s = reduce(s, { _tag: "SearchErase" })
    expect(s.overlay).toEqual({ _tag: "Search", query: "Hà ", cursor: 0 })
  })

  it("cycles the second country of a comparison, never onto the first", () => {
    const s: State = { stack: [{ screen: { _tag: "Compare", a: "vn-a", b: "vn-b" }, cursor: 0 }] }
    const next = reduce(s, { _tag: "CycleCompare", relations: ["vn-a", "vn-b", "vn-c"] })
    expect(current(next).screen).toEqual({ _tag: "Compare", a: "vn-a", b: "vn-c" })
    const again = reduce(next, { _tag: "CycleCompare", relations: ["vn-a", "vn-b", "vn-c"] })
    expect(current(again).screen).toEqual({ _tag: "Compare", a: "vn-a", b: "vn-b" })
  })

  it("marks a relation of the list as a comparison's side, cleared by Back or by opening a screen", () => {
    const marked = reduce(reduce(initialState, { _tag: "Move", delta: 1, count: 3 }), {
      _tag: "Mark",
      relation: "vn-b",
    })
    expect(current(marked)).toEqual({ screen: { _tag: "List", mark: "vn-b" }, cursor: 1 })
    expect(current(reduce(marked, { _tag: "Back" }))).toEqual({
      screen: { _tag: "List" },
      cursor: 1,
    })
    const opened = reduce(marked, {
      _tag: "Open",
      screen: { _tag: "Compare", a: "vn-b", b: "vn-a" },
    })
    expect(current(opened).screen).toEqual({ _tag: "Compare", a: "vn-b", b: "vn-a" })
    expect(current(reduce(opened, { _tag: "Back" })).screen).toEqual({ _tag: "List" })
    expect(reduce(detail(), { _tag: "Mark", relation: "vn-b" })).toEqual(detail())
  })

  it("describes where the user is", () => {
    const names = {
      list: "Quan hệ",
      relation: (id: string) => (id === "vn-xa" ? "Aralia" : id),
      section: (s: string) => (s === "timeline" ? "Dòng thời gian" : s),
      compare: "So sánh",
    }
    expect(breadcrumb(initialState, names)).toBe("Quan hệ")
    expect(breadcrumb(detail("timeline"), names)).toBe("Quan hệ › Aralia › Dòng thời gian")
    const marking: State = { stack: [{ screen: { _tag: "List", mark: "vn-xa" }, cursor: 0 }] }
    expect(breadcrumb(marking, names)).toBe("Quan hệ › So sánh: Aralia ↔ …")
  })
})
