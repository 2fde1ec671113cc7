// One truth for every figure: for every relation of multi-relation fixtures, `countries --json`,
// `metrics --json`, and the TUI's list and detail screens show the latest trade, the latest
// top-level visit and the claim statuses of the relation's view. The expected figures are read
// from `relationView` and printed with the domain's formatters, never written here.
import { join } from "node:path"
import {
  type BilateralIndex,
  encodeDate,
  encodeQuantity,
  loadDirectory,
  type RelationView,
  relationViews,
} from "@bilateral/data"
import { type DayDate, formatDate, formatQuantity, label } from "@bilateral/domain"
import { Effect } from "effect"
import { render } from "ink-testing-library"
import { beforeAll, describe, expect, it } from "vitest"
import { MINI, REPO, runJson } from "../../test/support/runCli"
import { App } from "../tui/App"
import type { State } from "../tui/Navigation"

const MANY = join(REPO, "packages", "data", "test", "fixtures", "many")

/** Datasets of several relations: the CLI's own fixture and the data package's six-relation one. */
const FIXTURES = [
  { name: "mini", dir: MINI },
  { name: "many", dir: MANY },
] as const

const dayOf = (iso: string): DayDate => {
  const [year = 0, month = 1, day = 1] = iso.split("-").map(Number)
  return { _tag: "Day", year, month, day }
}

/** The last frame of the UI started in `initial`, on a terminal tall enough to show a screen whole. */
const screen = (index: BilateralIndex, today: DayDate, initial?: State): string => {
  const app = render(
    <App
      index={index}
      lang="vi"
      today={today}
      color={false}
      size={{ columns: 100, rows: 80 }}
      {...(initial ? { initial } : {})}
    />,
  )
  const frame = app.lastFrame() ?? ""
  app.unmount()
  return frame
}

/** The list's lines of one relation: from its code to the next blank-prefixed relation line. */
const listBlock = (frame: string, view: RelationView): string => {
  const lines = frame.split("\n")
  const start = lines.findIndex((l) => l.slice(2).startsWith(`${view.slug}  `))
  expect(start, `the list shows ${view.slug}`).toBeGreaterThanOrEqual(0)
  return lines.slice(start, start + 4).join("\n")
}

const occurrences = (text: string, part: string) => text.split(part).length - 1

describe.each(FIXTURES)("every client shows the views of $name", ({ dir }) => {
  let index: BilateralIndex
  let countries: {
    asOf: string
    countries: Array<{
      relation: string
      latestTrade: { date: string | null; value: unknown } | null
      latestTopVisit: { id: string; date: string | null } | null
      claimTally: Record<string, number>
    }>
  }
  let asOf: DayDate
  let views: ReadonlyArray<RelationView>

  beforeAll(async () => {
    index = await Effect.runPromise(loadDirectory(dir))
    countries = runJson(["countries", "--data", dir])
    asOf = dayOf(countries.asOf)
    views = relationViews(index, asOf)
  })

  it("has several relations, each listed once by countries --json", () => {
    expect(views.length).toBeGreaterThanOrEqual(2)
    expect(countries.countries.map((c) => c.relation)).toEqual(views.map((v) => v.relation.id))
  })

  it("gives each relation's latest trade, latest top-level visit and claim tally in countries --json", () => {
    for (const view of views) {
      const entry = countries.countries.find((c) => c.relation === view.relation.id)
      const trade = view.latestTrade
      expect(entry?.latestTrade ?? null, view.slug).toEqual(
        trade
          ? expect.objectContaining({
              date: encodeDate(trade.observation.date),
              value: encodeQuantity(trade.observation.value),
            })
          : null,
      )
      const top = view.latestTopVisit
      expect(entry?.latestTopVisit ?? null, view.slug).toEqual(
        top ? expect.objectContaining({ id: top.id, date: encodeDate(top.date) }) : null,
      )
      expect(entry?.claimTally, view.slug).toEqual(view.claimTally)
    }
  })

  it("gives the same figures and each claim's status in metrics --json", () => {
    for (const view of views) {
      const json = runJson(["metrics", view.slug, "--as-of", countries.asOf, "--data", dir])
      expect(json.relation).toBe(view.relation.id)
      const trade = view.latestTrade
      expect(json.latestTrade, view.slug).toEqual(
        trade
          ? expect.objectContaining({
              date: encodeDate(trade.observation.date),
              value: encodeQuantity(trade.observation.value),
            })
          : null,
      )
      expect(json.latestTopVisit?.id ?? null, view.slug).toBe(view.latestTopVisit?.id ?? null)
      expect(
        json.claims.map((c: { id: string; status: string }) => [c.id, c.status]),
        view.slug,
      ).toEqual(view.claims.map((c) => [c.claim.id, c.result.status]))
    }
  })

  it("shows each relation's latest trade, top-level visit date and claim tally on the TUI's list", () => {
    const frame = screen(index, asOf)
    for (const view of views) {
      const block = listBlock(frame, view)
      const trade = view.latestTrade
      if (trade) {
        expect(block).toContain(formatQuantity(trade.observation.value, "vi"))
        expect(block).toContain(formatDate(trade.observation.date, "vi"))
      } else {
        expect(block).toContain("Thương mại gần nhất: —")
      }
      const top = view.latestTopVisit
      expect(block).toContain(`Thăm cấp cao: ${top ? formatDate(top.date, "vi") : "—"}`)
      if (view.claims.length > 0) {
        const { holds, contradicted } = view.claimTally
        expect(block).toContain(`✓${holds} ✗${contradicted} ?${view.claimTally["cannot-check"]}`)
      }
    }
  })

  it("shows each relation's latest trade, top-level visit and every claim's status on its overview", () => {
    for (const view of views) {
      const frame = screen(index, asOf, {
        stack: [
          { screen: { _tag: "List" }, cursor: 0 },
          {
            screen: { _tag: "Detail", relation: view.relation.id, section: "overview" },
            cursor: 0,
          },
        ],
      })
      const trade = view.latestTrade
      if (trade) {
        expect(frame, view.slug).toContain(
          `${formatQuantity(trade.observation.value, "vi")} (${formatDate(trade.observation.date, "vi")})`,
        )
      }
      const top = view.latestTopVisit
      if (top) expect(frame, view.slug).toContain(`gần nhất: ${formatDate(top.date, "vi")}`)
      for (const status of ["holds", "contradicted", "cannot-check"] as const) {
        const shown = occurrences(frame, label("claimStatus", status, "vi"))
        expect(shown, `${view.slug} ${status}`).toBe(view.claimTally[status])
      }
    }
  })
})
