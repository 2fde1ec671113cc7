/** One event (a visit, a consultation, a call, a meeting, a commission session) as a timeline entry. */
import { type Event, formatDate, isTopLevel, localize, type Participant } from "@bilateral/domain"
import type { ReactNode } from "react"
import { dictionary, type Lang } from "../i18n"
import { data, relationLabel, slugOf, toneOf } from "../lib/data"
import { anchors, routes } from "../lib/routes"
import { toneStyle } from "../lib/tone"
import { CiteMarks } from "./Cite"

/** A participant as a line of text: office and name ("Thủ tướng Adylbek Kasimalyev"). */
export const participantText = (p: Participant, lang: Lang): string => {
  const person = p.person ? data().person(p.person) : undefined
  const name = person ? [person.honorific, person.name].filter(Boolean).join(" ") : undefined
  const office = p.office ? localize(p.office, lang) : undefined
  const described = p.description ? localize(p.description, lang) : undefined
  return [office, name].filter(Boolean).join(" ") || described || ""
}

const countryName = (code: string, lang: Lang) => {
  const country = data().country(code)
  return country ? localize(country.name, lang) : code
}

/** The people of an event by role, in the order a reader expects. */
const roles = (event: Event, lang: Lang): Array<[string, ReadonlyArray<Participant>]> => {
  const t = dictionary(lang).event
  switch (event._tag) {
    case "Visit":
      return [
        [t.leader, [event.leader]],
        [t.delegation, event.delegation],
        [t.invitedBy, event.invitedBy ? [event.invitedBy] : []],
        [t.met, event.met],
      ]
    case "PoliticalConsultation":
      return [[t.chairs, event.chairs]]
    case "PhoneCall":
    case "Meeting":
      return [[t.participants, event.participants]]
    case "CommissionSession":
      return []
  }
}

export function EventItem({
  event,
  lang,
  showRelation = false,
}: {
  event: Event
  lang: Lang
  showRelation?: boolean
}) {
  const t = dictionary(lang)
  const relation = data().relation(event.relation)
  const tone = relation ? toneOf(relation) : 0
  const parent = event.partOf ? data().event(event.partOf) : undefined
  const people = roles(event, lang)
    .map(
      ([role, list]) => [role, list.map((p) => participantText(p, lang)).filter(Boolean)] as const,
    )
    .filter(([, list]) => list.length > 0)
  const meta: ReactNode[] = []
  if (showRelation && relation) {
    const partner = relationLabel(relation, lang)
    meta.push(
      <a key="relation" className="badge badge--tone" href={routes.country(lang, slugOf(relation))}>
        {partner}
      </a>,
    )
  }
  meta.push(
    <span key="kind" className="badge badge--accent">
      {t.labels.eventKind[event._tag]}
    </span>,
  )
  meta.push(
    <span key="level" className="badge">
      {t.labels.level[event.level]}
    </span>,
  )
  if (event._tag === "Visit") {
    meta.push(
      <span key="direction" className="badge">
        {countryName(event.guest, lang)} → {countryName(event.host, lang)}
      </span>,
    )
    if (event.visitType) {
      meta.push(
        <span key="type" className="badge">
          {t.labels.visitType[event.visitType]}
        </span>,
      )
    }
  }
  const top = event._tag === "Visit" && isTopLevel(event.level)
  return (
    <li
      id={anchors.event(event.id)}
      className={`event tone${top ? " event--top" : ""}`}
      style={toneStyle(tone)}
      data-kind={event._tag}
    >
      <div className="event__date">
        {event.date ? formatDate(event.date, lang) : t.common.undated}
      </div>
      <div className="event__body">
        <p className="event__meta">{meta}</p>
        <p className="event__title">
          {localize(event.summary, lang)} <CiteMarks lang={lang} provenance={event.provenance} />
        </p>
        {event._tag === "CommissionSession" && (
          <p className="event__people">
            {localize(event.commission, lang)}
            {event.session ? ` · ${t.event.session(event.session)}` : ""}
          </p>
        )}
        {people.map(([role, list]) => (
          <p className="event__people" key={role}>
            <strong>{role}:</strong> {list.join("; ")}
          </p>
        ))}
        {event.places.length > 0 && (
          <p className="event__people">
            <strong>{t.event.places}:</strong> {event.places.join(", ")}
          </p>
        )}
        {parent && relation && (
          <p className="event__people">
            <strong>{t.event.partOf}:</strong>{" "}
            <a href={routes.country(lang, slugOf(relation), anchors.event(parent.id))}>
              {localize(parent.summary, lang)}
            </a>
          </p>
        )}
      </div>
    </li>
  )
}
