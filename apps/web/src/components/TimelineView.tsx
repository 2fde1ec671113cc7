/**
 * A timeline with its filters, built on the server: the entries (each event rendered by
 * EventItem), the options of every filter, and the client filter that shows or hides them. The
 * site-wide timeline holds at most `TIMELINE_LIMIT` events (the newest), so that its page stays
 * small however many relations the data holds; each relation has its own full timeline at
 * `/{lang}/timeline/{code}/`, and choosing a country leads there when the site-wide one is cut.
 */
import { participantsOf } from "@bilateral/data"
import { EVENT_KINDS, type Event, endYear, type Relation, startYear } from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { data, relationLabel, slugOf } from "../lib/data"
import { routes } from "../lib/routes"
import calloutStyles from "./Callout.module.css"
import { EventItem } from "./EventItem"
import { groupOf } from "./EventList"
import { type Option, TimelineFilter } from "./TimelineFilter"

/** The most events the site-wide timeline page holds: the newest dated ones. */
export const TIMELINE_LIMIT = 200

/** Everyone named in an event, by person id (the people the data index's person filter reads). */
const peopleOf = (event: Event): string[] =>
  participantsOf(event).flatMap((p) => (p.person ? [p.person] : []))

export function TimelineView({ lang, relation }: { lang: Lang; relation?: Relation }) {
  const t = dictionary(lang)
  const index = data()
  const all = index.events(relation === undefined ? undefined : { relation: relation.id })
  const cut = relation === undefined && all.length > TIMELINE_LIMIT
  const events = cut ? all.filter((e) => e.date !== undefined).slice(-TIMELINE_LIMIT) : all
  const slugById = new Map(index.relations.map((r) => [r.id, slugOf(r)]))
  const entries = events.map((event) => ({
    id: event.id,
    country: slugById.get(event.relation) ?? event.relation,
    kind: event._tag,
    level: event.level,
    from: event.date ? startYear(event.date) : undefined,
    to: event.date ? endYear(event.date) : undefined,
    people: peopleOf(event),
    group: groupOf(event, lang),
    node: <EventItem event={event} lang={lang} showRelation={relation === undefined} />,
  }))
  const countries: Option[] = index.relations.map((r) => ({
    value: slugOf(r),
    label: relationLabel(r, lang),
  }))
  const kinds: Option[] = EVENT_KINDS.filter((k) => events.some((e) => e._tag === k)).map((k) => ({
    value: k,
    label: t.labels.eventKind[k],
  }))
  const levelKeys = Object.keys(t.labels.level) as Array<keyof typeof t.labels.level>
  const levels: Option[] = levelKeys
    .filter((l) => events.some((e) => e.level === l))
    .map((l) => ({ value: l, label: t.labels.level[l] }))
  const dated = entries.flatMap((e) =>
    e.from !== undefined && e.to !== undefined ? [e.from, e.to] : [],
  )
  const years: number[] = []
  if (dated.length > 0) {
    for (let y = Math.max(...dated); y >= Math.min(...dated); y--) years.push(y)
  }
  const named = new Set(entries.flatMap((e) => e.people))
  const people: Option[] = index.dataset.people
    .filter((p) => named.has(p.id))
    .map((p) => ({ value: p.id, label: p.name }))
    .sort((a, b) => a.label.localeCompare(b.label, lang))
  const { filters, country, kind, level, from, to, person, all: allLabel } = t.timeline
  const { reset, showing, empty } = t.timeline
  return (
    <>
      {cut && <p className={calloutStyles.callout}>{t.timeline.cut(events.length, all.length)}</p>}
      <TimelineFilter
        entries={entries}
        countries={countries}
        kinds={kinds}
        levels={levels}
        years={years}
        people={people}
        countryPages={
          relation !== undefined || cut
            ? { all: routes.timeline(lang), current: relation && slugOf(relation) }
            : undefined
        }
        strings={{
          filters,
          country,
          kind,
          level,
          from,
          to,
          person,
          all: allLabel,
          reset,
          showing,
          empty,
        }}
      />
    </>
  )
}
