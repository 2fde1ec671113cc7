/**
 * Timeline (/{lang}/timeline): every event, filterable by country, kind, level, period and
 * person. Events are rendered here, on the server; the small client filter only shows or hides
 * them and keeps its state in the URL query.
 */
import { participantsOf } from "@bilateral/data"
import { EVENT_KINDS, type Event, endYear, startYear } from "@bilateral/domain"
import { EventItem } from "@/components/EventItem"
import { groupOf } from "@/components/EventList"
import { PageHead } from "@/components/PageHead"
import { type Option, TimelineFilter } from "@/components/TimelineFilter"
import { dictionary, langParams } from "@/i18n"
import { countryName, data, slugOf } from "@/lib/data"
import { type LangPageProps, langMetadata, pageLang } from "@/lib/lang-page"
import { routes } from "@/lib/routes"

export const dynamicParams = false
export const generateStaticParams = langParams

export const generateMetadata = langMetadata((t) => ({
  title: t.timeline.title,
  description: t.timeline.lede,
}))

/** Everyone named in an event, by person id (the people the data index's person filter reads). */
const peopleOf = (event: Event): string[] =>
  participantsOf(event).flatMap((p) => (p.person ? [p.person] : []))

export default async function TimelinePage({ params }: LangPageProps) {
  const lang = await pageLang(params)
  if (lang === undefined) return null
  const t = dictionary(lang)
  const index = data()
  const events = index.events()
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
    node: <EventItem event={event} lang={lang} showRelation />,
  }))
  const countries: Option[] = index.relations.map((r) => ({
    value: slugOf(r),
    label: countryName(r.countries[1], lang),
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
  const { filters, country, kind, level, from, to, person, all, reset, showing, empty } = t.timeline
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        title={t.timeline.title}
        lede={t.timeline.lede}
      />
      <TimelineFilter
        entries={entries}
        countries={countries}
        kinds={kinds}
        levels={levels}
        years={years}
        people={people}
        strings={{ filters, country, kind, level, from, to, person, all, reset, showing, empty }}
      />
    </div>
  )
}
