/** One event (a visit, a consultation, a call, a meeting, a commission session) as a timeline entry. */
import {
  type CommissionSession,
  type Event,
  formatDate,
  isTopLevel,
  localize,
  type Participant,
  type SideLevel,
} from "@bilateral/domain"
import type { ReactNode } from "react"
import { dictionary, type Lang } from "../i18n"
import { data, relationLabel, slugOf, toneOf } from "../lib/data"
import { anchors, routes } from "../lib/routes"
import { toneStyle } from "../lib/tone"
import badgeStyles from "./Badge.module.css"
import { CiteMarks } from "./Cite"
import styles from "./EventItem.module.css"

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

/** A co-chair or chair: office at the time, name, and country ("Bộ trưởng … Trần Minh Khoa (Việt Nam)"). */
const chairText = (p: Participant, lang: Lang): string => {
  const text = participantText(p, lang)
  return p.country && text ? `${text} (${countryName(p.country, lang)})` : text
}

/** Each side's level ("Việt Nam: Bộ trưởng; Uzbekistan: Thứ trưởng"), only when the sides differ. */
const sideLevelsText = (
  sides: ReadonlyArray<SideLevel> | undefined,
  lang: Lang,
): string | undefined => {
  if (!sides || new Set(sides.map((s) => s.level)).size < 2) return undefined
  const levels = dictionary(lang).labels.level
  return sides.map((s) => `${countryName(s.country, lang)}: ${levels[s.level]}`).join("; ")
}

/** The ordinal of a commission session or a consultation round ("Khóa họp lần thứ 8", "6th round"). */
const ordinalOf = (event: Event, lang: Lang): string | undefined => {
  const t = dictionary(lang).event
  if (event._tag === "CommissionSession" && event.session) return t.sessionOrdinal(event.session)
  if (event._tag === "PoliticalConsultation" && event.round) return t.roundOrdinal(event.round)
  return undefined
}

/** The name of a session's commission: the relation's commission it names, else its own. */
const commissionName = (event: CommissionSession, lang: Lang): string => {
  const relation = data().relation(event.relation)
  const commission = relation?.commissions?.find((c) => c.id === event.commissionId)
  return localize(commission?.name ?? event.commission, lang)
}

/**
 * The people of an event by role, in the order a reader expects; chairs and co-chairs also say
 * their country (the third element).
 */
const roles = (
  event: Event,
  lang: Lang,
): Array<[string, ReadonlyArray<Participant>, withCountry?: boolean]> => {
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
      return [[t.chairs, event.chairs, true]]
    case "PhoneCall":
    case "Meeting":
      return [[t.participants, event.participants]]
    case "CommissionSession":
      return [[t.coChairs, event.coChairs ?? [], true]]
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
      ([role, list, withCountry]) =>
        [
          role,
          list
            .map((p) => (withCountry ? chairText(p, lang) : participantText(p, lang)))
            .filter(Boolean),
        ] as const,
    )
    .filter(([, list]) => list.length > 0)
  const meta: ReactNode[] = []
  if (showRelation && relation) {
    const partner = relationLabel(relation, lang)
    meta.push(
      <a
        key="relation"
        className={`${badgeStyles.badge} ${badgeStyles.tone}`}
        href={routes.country(lang, slugOf(relation))}
      >
        {partner}
      </a>,
    )
  }
  meta.push(
    <span key="kind" className={`${badgeStyles.badge} ${badgeStyles.accent}`}>
      {t.labels.eventKind[event._tag]}
    </span>,
  )
  const ordinal = ordinalOf(event, lang)
  if (ordinal) {
    meta.push(
      <span key="ordinal" className={badgeStyles.badge}>
        {ordinal}
      </span>,
    )
  }
  meta.push(
    <span key="level" className={badgeStyles.badge}>
      {t.labels.level[event.level]}
    </span>,
  )
  if (event._tag === "Visit") {
    meta.push(
      <span key="direction" className={badgeStyles.badge}>
        {`${countryName(event.guest, lang)} → ${countryName(event.host, lang)}`}
      </span>,
    )
    if (event.visitType) {
      meta.push(
        <span key="type" className={badgeStyles.badge}>
          {t.labels.visitType[event.visitType]}
        </span>,
      )
    }
  }
  const sides =
    event._tag === "CommissionSession" || event._tag === "PoliticalConsultation"
      ? sideLevelsText(event.sideLevels, lang)
      : undefined
  const top = event._tag === "Visit" && isTopLevel(event.level)
  return (
    <li
      id={anchors.event(event.id)}
      className={`${styles.event} tone${top ? ` ${styles.top}` : ""}`}
      style={toneStyle(tone)}
      data-kind={event._tag}
    >
      <div className={styles.date}>
        {event.date ? formatDate(event.date, lang) : t.common.undated}
      </div>
      <div className={styles.body}>
        <p className={styles.meta}>{meta}</p>
        <p className={styles.title}>
          {`${localize(event.summary, lang)} `}
          <CiteMarks lang={lang} provenance={event.provenance} />
        </p>
        {event._tag === "CommissionSession" && (
          <p className={styles.people}>{commissionName(event, lang)}</p>
        )}
        {people.map(([role, list]) => (
          <p className={styles.people} key={role}>
            <strong>{`${role}:`}</strong>
            {` ${list.join("; ")}`}
          </p>
        ))}
        {sides && (
          <p className={styles.people}>
            <strong>{`${t.event.sideLevels}:`}</strong>
            {` ${sides}`}
          </p>
        )}
        {event.places.length > 0 && (
          <p className={styles.people}>
            <strong>{`${t.event.places}:`}</strong>
            {` ${event.places.join(", ")}`}
          </p>
        )}
        {parent && relation && (
          <p className={styles.people}>
            <strong>{`${t.event.partOf}:`}</strong>{" "}
            <a href={routes.event(lang, slugOf(relation), parent.id)}>
              {localize(parent.summary, lang)}
            </a>
          </p>
        )}
      </div>
    </li>
  )
}
