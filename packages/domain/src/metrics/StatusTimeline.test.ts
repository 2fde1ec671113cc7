import { describe, expect, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { Event } from "../model/Event"
import { Ambassador, Relation } from "../model/Relation"
import { statusTimeline } from "./StatusTimeline"

const provenance = [{ source: "fx-a", quote: "a fixture quote" }]

const relation = Schema.decodeUnknownSync(Relation)({
  id: "aa-bb",
  countries: ["AA", "BB"],
  established: { date: "1995-03-01", provenance },
  embassies: [{ sender: "AA", seat: "BB", accreditedTo: "BB", opened: "1998-09", provenance }],
  frameworks: [
    { name: { en: "Friendship" }, since: "1995", until: "2020-06", provenance },
    { name: { en: "Strategic partnership" }, since: "2020-06", provenance },
  ],
  ambassadors: [
    { name: "First Envoy", sender: "AA", accreditedTo: "BB", from: "2015", to: "2019", provenance },
    { person: "second-envoy", sender: "AA", accreditedTo: "BB", from: "2019", provenance },
    // Seat unknown, term unknown: still recorded.
    { name: "Third Envoy", sender: "BB", accreditedTo: "AA", provenance },
  ],
  commissions: [
    {
      id: "fx-commission",
      name: { en: "Fixture Commission" },
      levels: [
        { level: "deputy-minister", since: "2001", provenance },
        { level: "minister", since: "2022", provenance },
      ],
      provenance,
    },
  ],
})

const session = Schema.decodeUnknownSync(Event)({
  _tag: "CommissionSession",
  id: "fx-session-7",
  relation: "aa-bb",
  date: "2018-05-14/2018-05-15",
  level: "minister",
  commission: { en: "Fixture Commission" },
  commissionId: "fx-commission",
  session: 7,
  places: ["Capital"],
  coChairs: [
    { person: "minister-a", office: { en: "Minister of Trade" }, country: "AA" },
    { person: "deputy-b", office: { en: "Deputy Minister of Finance" }, country: "BB" },
  ],
  sideLevels: [
    { country: "AA", level: "minister" },
    { country: "BB", level: "deputy-minister" },
  ],
  summary: { en: "7th session" },
  provenance,
})

describe("sessions, rounds and time-bound facts", () => {
  it("keeps a session's ordinal, place, co-chairs with their offices and each side's level", () => {
    if (session._tag !== "CommissionSession") throw new Error("expected a session")
    expect(session.session).toBe(7)
    expect(session.places).toEqual(["Capital"])
    expect(session.coChairs?.map((c) => c.office?.en)).toEqual([
      "Minister of Trade",
      "Deputy Minister of Finance",
    ])
    expect(session.sideLevels?.map((s) => s.level)).toEqual(["minister", "deputy-minister"])
  })

  it("keeps a consultation round's ordinal", () => {
    const round = Schema.decodeUnknownSync(Event)({
      _tag: "PoliticalConsultation",
      id: "fx-round-6",
      relation: "aa-bb",
      level: "deputy-minister",
      round: 6,
      chairs: [],
      summary: { en: "6th political consultation" },
      provenance,
    })
    expect(round._tag === "PoliticalConsultation" && round.round).toBe(6)
  })

  it("refuses an ambassador with neither a person nor a name", () => {
    const bad = Schema.decodeUnknownEither(Ambassador)({
      sender: "AA",
      accreditedTo: "BB",
      provenance,
    })
    expect(Either.isLeft(bad)).toBe(true)
  })

  it("orders the status changes by date, undated ones last", () => {
    const timeline = statusTimeline(relation, [session])
    expect(timeline.map((c) => c.kind)).toEqual([
      // The year 1995 sorts before its 1 March.
      "framework-from",
      "established",
      "embassy-opened",
      "commission-level",
      "ambassador-from",
      "commission-session",
      "ambassador-to",
      "ambassador-from",
      "framework-to",
      "framework-from",
      "commission-level",
      "ambassador-from",
    ])
    expect(timeline.at(-1)?.date).toBeUndefined()
    expect(timeline.find((c) => c.kind === "commission-session")?.label.en).toContain("Session 7")
  })
})
