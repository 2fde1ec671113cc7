/**
 * A relation's timeline: its events by date, one row each, filtered by kind with `f`. The event
 * row is shared with the visits section.
 */
import type { Event, EventKind, Relation } from "@bilateral/domain"
import { localize } from "@bilateral/domain/metrics"
import { kindName, levelName, t } from "../../i18n/Messages"
import { displayWidth, padEnd } from "../../render/DisplayWidth"
import { dateText } from "../../render/Format"
import { countryName } from "../../view/Relations"
import { sessionLines } from "../../view/Reporting"
import { type Item, noteItem, seg, type View } from "../Items"
import { keyName } from "../keys/KeyHints"

/** The width of the date column for a list of events. */
export const dateColumn = (view: View, events: ReadonlyArray<Event>): number =>
  Math.max(1, ...events.map((e) => displayWidth(dateText(e.date, view.lang))))

/** Below this width, event rows leave out the kind to keep room for the summary. */
const NARROW = 60

/** One event as one row: date, kind, summary; its full text and source in the detail. */
export const eventItem = (view: View, e: Event, withKind = true, dateWidth = 0): Item => {
  const { lang } = view
  const date = padEnd(dateText(e.date, lang), dateWidth)
  const kind = withKind && view.width >= NARROW ? `${kindName(e._tag, lang)} · ` : ""
  const direction =
    e._tag === "Visit"
      ? ` (${countryName(view.index, e.guest, lang)} → ${countryName(view.index, e.host, lang)})`
      : ""
  const body = [
    localize(e.summary, lang),
    "",
    `${t("date", lang)}: ${dateText(e.date, lang)}`,
    `${t("kind", lang)}: ${kindName(e._tag, lang)}${direction}`,
    `${t("level", lang)}: ${levelName(e.level, lang)}`,
    ...(e.places.length > 0 ? [`${t("places", lang)}: ${e.places.join(", ")}`] : []),
    ...sessionLines(view.index, view.index.relation(e.relation), e, lang, false),
  ]
  return {
    key: `event:${e.id}`,
    selectable: true,
    rows: [[seg(`${date} `, "accent"), seg(kind, "muted"), seg(localize(e.summary, lang))]],
    detail: {
      title: `${kindName(e._tag, lang)}, ${dateText(e.date, lang)}`,
      body,
      provenance: e.provenance,
    },
  }
}

/** The items of the timeline section, with events of `kind` only when it is given. */
export const timelineItems = (
  view: View,
  relation: Relation,
  kind: EventKind | undefined,
): Item[] => {
  const { index, lang } = view
  const events = index.events({ relation: relation.id, ...(kind ? { kind } : {}) })
  const filter = kind ? kindName(kind, lang) : t("all", lang)
  const change = t("changesKind", lang, { key: keyName("kindFilter") })
  const dateWidth = dateColumn(view, events)
  return [
    noteItem("tl:filter", [`${t("kind", lang)}: ${filter} (${events.length}) · ${change}`]),
    ...(events.length === 0
      ? [noteItem("tl:none", [t("noEvents", lang)])]
      : events.map((e) => eventItem(view, e, kind === undefined, dateWidth))),
  ]
}
