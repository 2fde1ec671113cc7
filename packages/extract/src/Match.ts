/**
 * What the dataset already holds of a proposal: the entry that states the same fact, or a
 * conflicting figure (same series and date, a value none of its reports gives). Used to skip
 * what is known when a draft is written, and by the benchmark to score proposals against a
 * curated dataset.
 *
 * @since 0.1.0
 */
import type { BilateralIndex } from "@bilateral/data"
import {
  type Event,
  type EventKind,
  firstDay,
  foldText,
  formatReported,
  type IndicatorSeries,
  lastDay,
  month,
  type Observation,
  type Provenance,
  parseReported,
  periodEndMonth,
  type ReportedDate,
  range,
} from "@bilateral/domain"
import { Either } from "effect"
import type { Proposal } from "./Proposal"

/** An entry of the dataset that a proposal matches. */
export interface HeldEntry {
  /** What it is: `event visit-2023-08-tokayev-vn`, `relation vn-kz established`, ... */
  readonly ref: string
  readonly provenance: ReadonlyArray<Provenance>
}

/** How a proposal stands against the dataset. */
export type Holding =
  | { readonly _tag: "New" }
  | { readonly _tag: "Held"; readonly entry: HeldEntry }
  | {
      readonly _tag: "Conflict"
      readonly entry: HeldEntry
      readonly series: IndicatorSeries
      readonly value: number
      /** The place of the observation among the series' observations (0-based). */
      readonly observation: number
    }
  /** A new observation of a series the dataset has. */
  | { readonly _tag: "NewInSeries"; readonly series: IndicatorSeries }

const dateOf = (iso: string | undefined): ReportedDate | undefined => {
  if (iso === undefined) return undefined
  const read = parseReported(iso)
  return Either.isRight(read) ? read.right : undefined
}
const overlap = (a: ReportedDate | undefined, b: ReportedDate | undefined) =>
  a !== undefined && b !== undefined && firstDay(a) <= lastDay(b) && firstDay(b) <= lastDay(a)

/**
 * The months an observation covers: its date, or for a part of a year (`date: "2018"` with
 * `period: { _tag: FirstMonths, months: 6 }`) the months of that part, as a proposal dates it.
 */
const spanOf = (o: Observation): ReportedDate | undefined => {
  if (o.period === undefined || o.date?._tag !== "Year") return o.date
  const end = periodEndMonth(o.period)
  const start = o.period._tag === "Quarter" ? end - 2 : o.period._tag === "Half" ? end - 5 : 1
  const y = o.date.year
  return start === end ? month(y, start) : range(month(y, start), month(y, end))
}

/** Words of agreement titles that do not tell one agreement from another (folded). */
const GENERIC = new Set(
  [
    "ban ghi nho",
    "bien ban ghi nho",
    "hiep dinh",
    "nghi dinh thu",
    "thoa thuan",
    "hiep uoc",
    "cong uoc",
    "ve",
    "hop tac",
    "giua",
    "hai",
    "va",
    "cua",
    "trong",
    "linh vuc",
    "agreement",
    "memorandum",
    "of",
    "understanding",
    "mou",
    "protocol",
    "treaty",
    "on",
    "the",
    "between",
    "and",
    "for",
    "in",
    "cooperation",
    "field",
    "a",
    "an",
  ].flatMap((w) => w.split(" ")),
)

/** How alike two titles are: the share of the shorter one's words found in the other. */
export const titleSimilarity = (a: string, b: string): number => {
  // The words every title shares ("Bản ghi nhớ về hợp tác …", "Agreement on … cooperation") say
  // nothing about which one it is: compare the rest when both have some.
  const content = (t: string) =>
    foldText(t)
      .split(" ")
      .filter((w) => w !== "" && !GENERIC.has(w))
  const [ca, cb] = [content(a), content(b)]
  const x = ca.length > 0 && cb.length > 0 ? ca : foldText(a).split(" ")
  const y = new Set(ca.length > 0 && cb.length > 0 ? cb : foldText(b).split(" "))
  const shorter = x.length <= y.size ? x : [...y]
  const other = x.length <= y.size ? y : new Set(x)
  return shorter.filter((w) => other.has(w)).length / Math.max(1, shorter.length)
}

const EVENT_TAGS: Partial<Record<Proposal["kind"], EventKind>> = {
  visit: "Visit",
  talks: "Meeting",
  consultation: "PoliticalConsultation",
  "phone-call": "PhoneCall",
  session: "CommissionSession",
}

const peopleOfEvent = (e: Event): ReadonlyArray<string> => {
  switch (e._tag) {
    case "Visit":
      return [e.leader, ...e.met].flatMap((p) => (p.person ? [p.person] : []))
    case "PoliticalConsultation":
      return e.chairs.flatMap((p) => (p.person ? [p.person] : []))
    case "PhoneCall":
    case "Meeting":
      return e.participants.flatMap((p) => (p.person ? [p.person] : []))
    default:
      return []
  }
}

const quotesOverlap = (quote: string, provenance: ReadonlyArray<Provenance>) => {
  const q = foldText(quote)
  return provenance.some((p) => {
    const f = foldText(p.quote)
    return f.length > 12 && (q.includes(f) || f.includes(q))
  })
}

/** The series of a relation that an observation proposal belongs to. */
export const seriesFor = (p: Proposal, series: ReadonlyArray<IndicatorSeries>) =>
  series.find(
    (s) =>
      s.kind === p.indicator &&
      (s.from ?? undefined) === (p.from ?? undefined) &&
      (s.to ?? undefined) === (p.to ?? undefined) &&
      (p.unit === undefined || s.observations.some((o) => o.value.unit === p.unit)),
  ) ??
  series.find(
    (s) =>
      s.kind === p.indicator &&
      (p.from === undefined || s.from === undefined || s.from === p.from) &&
      (p.unit === undefined || s.observations.some((o) => o.value.unit === p.unit)),
  )

/**
 * Whether the dataset holds the fact a proposal states.
 * @example
 * holding(proposal, index)._tag // "Held" | "New" | "Conflict" | "NewInSeries"
 */
export const holding = (p: Proposal, index: BilateralIndex): Holding => {
  const relation = p.relation === undefined ? undefined : index.relation(p.relation)
  if (p.kind === "person") {
    const person = p.known && p.id !== undefined ? index.person(p.id) : undefined
    return person
      ? { _tag: "Held", entry: { ref: `person ${person.id}`, provenance: [] } }
      : { _tag: "New" }
  }
  if (relation === undefined) return { _tag: "New" }
  const facts = index.factsOf(relation.id)
  const date = dateOf(p.date)
  switch (p.kind) {
    case "establishment": {
      const e = relation.established
      if (e === undefined) return { _tag: "New" }
      return overlap(e.date, date)
        ? {
            _tag: "Held",
            entry: { ref: `relation ${relation.id} established`, provenance: e.provenance },
          }
        : { _tag: "New" }
    }
    case "embassy":
    case "ambassador": {
      const e = relation.embassies.find(
        (x) => x.sender === p.sender && x.seat === p.seat && x.accreditedTo === p.accreditedTo,
      )
      if (e === undefined) return { _tag: "New" }
      if (
        p.kind === "ambassador" &&
        (e.ambassador === undefined || foldText(e.ambassador) !== foldText(p.name ?? ""))
      )
        return { _tag: "New" }
      return {
        _tag: "Held",
        entry: {
          ref: `relation ${relation.id} embassy ${e.sender}→${e.seat}`,
          provenance: e.provenance,
        },
      }
    }
    case "framework": {
      const f = relation.frameworks.find((x) =>
        Object.values(x.name).some((n) => titleSimilarity(n, p.name ?? "") >= 0.8),
      )
      return f
        ? {
            _tag: "Held",
            entry: { ref: `relation ${relation.id} framework`, provenance: f.provenance },
          }
        : { _tag: "New" }
    }
    case "agreement": {
      const signed = dateOf(p.signed)
      const a = facts.agreements.find(
        (x) =>
          // Two signings on dates that do not meet are two agreements.
          !(signed !== undefined && x.signed !== undefined && !overlap(x.signed, signed)) &&
          (Object.values(x.title).some((t) => titleSimilarity(t, p.title ?? "") >= 0.75) ||
            quotesOverlap(p.quote, x.provenance) ||
            (p.effective !== undefined &&
              x.effective !== undefined &&
              overlap(x.effective, dateOf(p.effective)) &&
              titleSimilarity(Object.values(x.title)[0] ?? "", p.title ?? "") >= 0.5)),
      )
      return a
        ? { _tag: "Held", entry: { ref: `agreement ${a.id}`, provenance: a.provenance } }
        : { _tag: "New" }
    }
    case "observation": {
      const s = seriesFor(p, facts.indicators)
      if (s === undefined) return { _tag: "New" }
      const at = s.observations.findIndex((o) => {
        const span = spanOf(o)
        return span === undefined || date === undefined
          ? span === date
          : overlap(span, date) &&
              firstDay(span) === firstDay(date) &&
              lastDay(span) === lastDay(date)
      })
      const same = s.observations[at]
      if (same === undefined) return { _tag: "NewInSeries", series: s }
      const entry = {
        ref: `indicator ${s.id} ${same.date === undefined ? "(undated)" : formatReported(same.date)}`,
        provenance: same.provenance,
      }
      // The figure is held when the observation's main report or one of its other reports gives it.
      const reported = [same.value, ...(same.otherReports ?? []).map((r) => r.value)]
      return reported.some((v) => v.value === p.value)
        ? { _tag: "Held", entry }
        : { _tag: "Conflict", entry, series: s, value: same.value.value, observation: at }
    }
    case "claim": {
      const c = [...facts.claims, ...facts.statements].find((x) =>
        quotesOverlap(p.quote, x.provenance),
      )
      return c
        ? { _tag: "Held", entry: { ref: `claim ${c.id}`, provenance: c.provenance } }
        : { _tag: "New" }
    }
    default: {
      const tag = EVENT_TAGS[p.kind]
      const ids = (p.people ?? []).flatMap((x) => (x.id ? [x.id] : []))
      const e = facts.events.find((x) => {
        if (x._tag !== tag) return false
        if (x._tag === "Visit" && (x.guest !== p.guest || x.host !== p.host)) return false
        const people = peopleOfEvent(x)
        const samePeople = ids.length > 0 && ids.some((id) => people.includes(id))
        const sameDate = overlap(x.date, date)
        if (x._tag === "Visit")
          return x.leader.person !== undefined && ids[0] !== undefined
            ? x.leader.person === ids[0] && (date === undefined || x.date === undefined || sameDate)
            : sameDate
        if (x._tag === "CommissionSession")
          return sameDate || (p.session !== undefined && x.session === p.session)
        return (
          (sameDate && (samePeople || ids.length === 0 || people.length === 0)) ||
          (samePeople && (date === undefined || x.date === undefined))
        )
      })
      return e
        ? { _tag: "Held", entry: { ref: `event ${e.id}`, provenance: e.provenance } }
        : { _tag: "New" }
    }
  }
}
