import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { fixture } from "../test/fixtures"
import { indexFiles, loadDirectory, loadEmbedded, loadEmbeddedSync } from "./BilateralData"
import { DatasetError } from "./DatasetProblem"

const datasetDir = new URL("../dataset", import.meta.url).pathname

describe("loading a dataset", () => {
  it.effect("loadDirectory gives the dataset read from that directory", () =>
    Effect.map(loadDirectory(fixture("valid")), (index) =>
      expect(index.relations.map((r) => r.id)).toEqual(["vn-kg", "vn-kz"]),
    ),
  )

  it.effect("loadDirectory fails with a DatasetError listing the problems", () =>
    Effect.map(Effect.flip(loadDirectory(fixture("impossible-date"))), (error) => {
      expect(error).toBeInstanceOf(DatasetError)
      expect(error.message).toBe(
        'relations/vn-kz/events.yaml:4:11: date "2024-02-30" does not exist: 2024-02 has 29 days',
      )
    }),
  )

  it.effect("the embedded dataset is the dataset directory as it was built", () =>
    Effect.gen(function* () {
      const embedded = yield* loadEmbedded
      const fromDisk = yield* loadDirectory(datasetDir)
      expect(embedded.dataset).toEqual(fromDisk.dataset)
    }),
  )

  it.effect("the effect and the synchronous loader share one embedded index", () =>
    Effect.gen(function* () {
      const viaEffect = yield* loadEmbedded
      expect(yield* loadEmbedded).toBe(viaEffect)
      expect(loadEmbeddedSync()).toBe(viaEffect)
    }),
  )
})

describe("indexFiles", () => {
  it("indexes files held in memory", () => {
    const result = indexFiles([
      { path: "countries.yaml", text: "countries:\n  - code: VN\n    name: { vi: Việt Nam }\n" },
    ])
    expect(Either.isRight(result) && result.right.country("vn")?.code).toBe("VN")
  })

  it("fails with every problem when a file is broken", () => {
    const result = indexFiles([{ path: "countries.yaml", text: "countries: [1, 2]\n" }])
    expect(Either.isLeft(result) && result.left.problems.map((p) => p.message)).toEqual([
      "country is 1: expected a mapping with code, name",
      "country is 2: expected a mapping with code, name",
    ])
  })
})
