import type { Event } from "@bilateral/domain"
import { describe, expect, it } from "vitest"
import { RECENT_EVENTS, recentEvents } from "./recent-events"

/** Only an event's id and whether it has a date matter here. */
const event = (id: string, dated: boolean) =>
  ({ id, ...(dated ? { date: { _tag: "Year", year: 2000 } } : {}) }) as unknown as Event
const ids = (events: ReadonlyArray<Event>) => events.map((e) => e.id)

describe("recentEvents", () => {
  it("keeps the newest dated events, in the timeline's order, and leaves undated ones out", () => {
    const dated = Array.from({ length: RECENT_EVENTS + 3 }, (_, i) => event(`e${i}`, true))
    const events = [...dated, event("undated", false)]
    expect(ids(recentEvents(events))).toEqual(ids(dated.slice(-RECENT_EVENTS)))
  })

  it("lists every event of a relation that has no more than the limit", () => {
    const events = [event("a", true), event("b", true)]
    expect(ids(recentEvents(events))).toEqual(["a", "b"])
  })

  it("shows the first events of a relation none of whose events is dated", () => {
    const events = Array.from({ length: RECENT_EVENTS + 1 }, (_, i) => event(`u${i}`, false))
    expect(ids(recentEvents(events))).toEqual(ids(events.slice(0, RECENT_EVENTS)))
  })
})
