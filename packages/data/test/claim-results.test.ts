/**
 * A golden file of results: what every claim of the shipped dataset checks to. A change in the
 * data (a figure, a date, a level) or in the checks that turns a claim from "holds" to
 * "contradicted" fails here and has to be looked at. When such a change is meant, update the line
 * of that claim. This is the one test that names the shipped dataset's claims.
 *
 * It pins every claim of the relations it records, so a claim added to, dropped from or changed
 * in one of them fails here; a relation a curator adds later is not one of them, and needs no
 * edit of this file to pass (its claims are checked by the loader and the other tests).
 */
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { day } from "@bilateral/domain"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { loadDirectory, relationView } from "../src/index"

const datasetDir = join(fileURLToPath(new URL("..", import.meta.url)), "dataset")

/** The relations whose claims are recorded below, every one of them. */
const RECORDED_RELATIONS: ReadonlyArray<string> = ["vn-kg", "vn-kz"]

/** `[claim id, status]`, one line per claim, in the order of the dataset's files. */
const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ["kg-first-head-of-government-visit", "cannot-check"],
  ["kg-trade-rose-sharply", "holds"],
  ["kg-exchanges-not-regular", "cannot-check"],
  ["kg-among-first-in-central-asia-to-support-vn", "cannot-check"],
  ["kg-among-few-with-unilateral-visa-exemption", "cannot-check"],
  ["kz-first-state-visit-by-key-leader-in-13-years", "cannot-check"],
  ["kz-first-general-secretary-visit", "cannot-check"],
  ["kz-first-stop-of-european-tour", "cannot-check"],
  ["kz-66-years-since-ho-chi-minh-visit", "cannot-check"],
  ["kz-33-years-of-diplomatic-relations", "holds"],
  ["kz-arrivals-more-than-doubled", "holds"],
  ["kz-arrivals-growth-due-to-policies-and-flights", "cannot-check"],
  ["kz-trade-rose-to-nearly-1-billion", "cannot-check"],
  ["kz-flights-rose", "holds"],
]

describe("the shipped dataset's claims", () => {
  it("check to the results recorded here, read from the YAML files", async () => {
    const index = await Effect.runPromise(loadDirectory(datasetDir))
    const asOf = day(2026, 1, 1)
    const recorded = index.dataset.claims.filter((c) => RECORDED_RELATIONS.includes(c.relation))
    const results = recorded.map((claim) => {
      const checked = relationView(index, claim.relation, asOf).claims.find(
        (c) => c.claim.id === claim.id,
      )
      return [claim.id, checked?.result.status ?? "not in its relation's view"] as const
    })
    expect(results).toEqual(EXPECTED)
  })
})
