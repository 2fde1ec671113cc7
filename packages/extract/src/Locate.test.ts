// locateObservation: the file:line of an observation of a series, and of its otherReports.
import { describe, expect, it } from "vitest"
import { locateObservation } from "./Locate"

const OTHER = { path: "relations/aa-bb/events.yaml", text: "events: []\n" }
const INDICATORS = {
  path: "relations/aa-bb/indicators.yaml",
  text: `indicators:
  - id: aa-bb-flights
    kind: flights
    title: { en: Flights }
    observations:
      - { date: "2023", value: { value: 4, unit: flights }, provenance: [] }
  - id: aa-bb-trade
    kind: trade
    title: { en: Trade }
    observations:
      - date: "2023"
        value: { value: 1, unit: USD }
        provenance: []
      - date: "2024"
        value: { value: 2, unit: USD }
        otherReports:
          - reporter: { name: { en: A ministry } }
            value: { value: 3, unit: USD }
            provenance: []
        provenance: []
`,
}

describe("locateObservation", () => {
  it("gives the line and column of the observation's first key, in the file that holds the series", () => {
    expect(locateObservation([OTHER, INDICATORS], "aa-bb-trade", 0)).toEqual({
      file: INDICATORS.path,
      line: 11,
      column: 9,
    })
  })

  it("gives the line of otherReports when the observation has some", () => {
    expect(locateObservation([INDICATORS], "aa-bb-trade", 1)).toEqual({
      file: INDICATORS.path,
      line: 14,
      column: 9,
      otherReportsLine: 16,
    })
  })

  it("is undefined for a series or an observation no file holds", () => {
    expect(locateObservation([OTHER, INDICATORS], "aa-bb-exports", 0)).toBeUndefined()
    expect(locateObservation([INDICATORS], "aa-bb-trade", 2)).toBeUndefined()
  })
})
