/**
 * How many of a relation's events its page lists: the most recent few, each cited, with a link to
 * the relation's own timeline (`/{lang}/timeline/{code}/`), which lists every event. Keeping the
 * list short keeps the relation page small however many events a relation has; counts, gaps and
 * commissions on the page still cover every event.
 */
import type { Event } from "@bilateral/domain"

/** The most events a relation's page lists. */
export const RECENT_EVENTS = 5

/**
 * The newest `RECENT_EVENTS` of a relation's events, kept in the order given (the timeline's
 * date order). Only dated events count as recent; a relation with no dated event shows its first
 * ones.
 *
 * @example recentEvents(index.events({ relation: "vn-kz" })) // the last five dated events
 */
export const recentEvents = (events: ReadonlyArray<Event>): ReadonlyArray<Event> => {
  const dated = events.filter((e) => e.date !== undefined)
  return dated.length > 0 ? dated.slice(-RECENT_EVENTS) : events.slice(0, RECENT_EVENTS)
}
