// Text in the dataset that would break plain-text output: line breaks, tabs and escape sequences in
// event summaries and names. The commands render from an index built in memory, since the loader
// may refuse such text before it ever reaches a table.
import { type BilateralIndex, makeIndex } from "@bilateral/data"
import type { Event } from "@bilateral/domain"
import { beforeAll, describe, expect, it } from "vitest"
import type { Context } from "../src/commands/Context"
import { show } from "../src/commands/Show"
import { timeline } from "../src/commands/Timeline"
import { relationCode } from "../src/view/Relations"
import { fixtureIndex, TODAY } from "./support/fixtureIndex"

const HOSTILE = "A\r\nB\rC\nD\tE \u001b]0;owned\u0007 \u001b[2J F\u0085G"

const ctx: Context = { lang: "vi", json: false, today: TODAY, color: false, width: 100 }

let clean: BilateralIndex
let hostile: BilateralIndex

beforeAll(async () => {
  clean = await fixtureIndex()
  const poison = (event: Event): Event => ({
    ...event,
    summary: {
      vi: `${event.summary?.vi ?? ""}${HOSTILE}`,
      en: `${event.summary?.en ?? ""}${HOSTILE}`,
    },
  })
  const countries = clean.dataset.countries.map((country) => ({
    ...country,
    name: { ...country.name, vi: `${country.name.vi}${HOSTILE}` },
  }))
  hostile = makeIndex({ ...clean.dataset, events: clean.dataset.events.map(poison), countries })
})

// biome-ignore lint/suspicious/noControlCharactersInRegex: asserting there are none
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/

const expectIntact = (hostileText: string, cleanText: string) => {
  expect(hostileText).not.toMatch(CONTROL)
  const lines = hostileText.split("\n")
  // Each row stays a row: no more lines than the clean output's, give or take wrapping of the
  // longer summaries (at most one more line per event).
  expect(lines.length).toBeLessThanOrEqual(
    cleanText.split("\n").length + clean.dataset.events.length * 2,
  )
  for (const line of lines) expect(line).not.toMatch(/^([BCG]$|D\t|G$)/)
}

describe("plain-text tables with control characters in the data", () => {
  it("timeline keeps one row per event and prints no control character", () => {
    const command = { name: "timeline" } as const
    const out = timeline(hostile, command, ctx).stdout
    expectIntact(out, timeline(clean, command, ctx).stdout)
    const wide = timeline(hostile, command, { ...ctx, width: 400 }).stdout
    expect(wide).toContain("A B C D E \uFFFD]0;owned\uFFFD \uFFFD[2J F G")
  })

  it("show keeps its tables and headings whole and prints no control character", () => {
    for (const relation of clean.relations) {
      const code = relationCode(clean, relation)
      const command = { name: "show", code } as const
      expectIntact(show(hostile, command, ctx).stdout, show(clean, command, ctx).stdout)
    }
  })
})
