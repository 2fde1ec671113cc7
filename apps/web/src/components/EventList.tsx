/** Events in date order, grouped under their year (undated ones last). */
import { type Event, startYear } from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { EventItem } from "./EventItem"
import timeline from "./Timeline.module.css"

/** The heading an event is grouped under: the year it starts in, or "date not given". */
export const groupOf = (event: Event, lang: Lang): string =>
  event.date ? String(startYear(event.date)) : dictionary(lang).timeline.undated

export function EventList({
  events,
  lang,
  showRelation = false,
}: {
  events: ReadonlyArray<Event>
  lang: Lang
  showRelation?: boolean
}) {
  const groups: Array<{ group: string; events: Event[] }> = []
  for (const event of events) {
    const group = groupOf(event, lang)
    const last = groups[groups.length - 1]
    if (last && last.group === group) last.events.push(event)
    else groups.push({ group, events: [event] })
  }
  return (
    <>
      {groups.map(({ group, events: list }) => (
        <section key={group} aria-label={group}>
          <h3 className={timeline.year}>{group}</h3>
          <ol className={timeline.list}>
            {list.map((event) => (
              <EventItem key={event.id} event={event} lang={lang} showRelation={showRelation} />
            ))}
          </ol>
        </section>
      ))}
    </>
  )
}
