import { describe, expect, it } from "@effect/vitest"
import { Effect, Either, type Layer } from "effect"
import { fixture } from "../test/fixtures"
import {
  BilateralData,
  dataLayerFor,
  directoryDataLayer,
  EmbeddedDataLive,
  indexFiles,
  loadDirectory,
  loadEmbedded,
  loadEmbeddedSync,
} from "./BilateralData"
import { DatasetError } from "./DatasetProblem"

const relationIds = Effect.map(BilateralData, (data) => data.relations.map((r) => r.id))
const datasetDir = new URL("../dataset", import.meta.url).pathname

describe("BilateralData", () => {
  it.effect("a directory layer provides the dataset read from that directory", () =>
    Effect.map(Effect.provide(relationIds, directoryDataLayer(fixture("valid"))), (ids) =>
      expect(ids).toEqual(["vn-kg", "vn-kz"]),
    ),
  )

  it.effect("a directory layer fails with a DatasetError listing the problems", () =>
    Effect.map(
      Effect.flip(Effect.provide(relationIds, directoryDataLayer(fixture("impossible-date")))),
      (error) => {
        expect(error).toBeInstanceOf(DatasetError)
        expect(error.message).toBe(
          'relations/vn-kz/events.yaml:4:11: date "2024-02-30" does not exist: 2024-02 has 29 days',
        )
      },
    ),
  )

  it.effect("the embedded dataset is the dataset directory as it was built", () =>
    Effect.gen(function* () {
      const embedded = yield* loadEmbedded
      const fromDisk = yield* loadDirectory(datasetDir)
      expect(embedded.dataset).toEqual(fromDisk.dataset)
    }),
  )

  it.effect("the embedded layer, the effect and the synchronous loader give the same index", () =>
    Effect.gen(function* () {
      const viaLayer = yield* Effect.provide(BilateralData, EmbeddedDataLive)
      expect(viaLayer).toBe(yield* loadEmbedded)
      expect(loadEmbeddedSync()).toBe(viaLayer)
    }),
  )

  it.effect("dataLayerFor prefers --data, then BILATERAL_DATA, then the embedded dataset", () =>
    Effect.gen(function* () {
      const run = (layer: Layer.Layer<BilateralData, DatasetError>) =>
        Effect.provide(
          Effect.map(BilateralData, (d) => d.dataset),
          layer,
        )
      const valid = (yield* loadDirectory(fixture("valid"))).dataset
      const embedded = (yield* loadEmbedded).dataset
      const broken = fixture("impossible-date")
      expect(
        yield* run(dataLayerFor({ dataDir: fixture("valid"), env: { BILATERAL_DATA: broken } })),
      ).toEqual(valid)
      expect(yield* run(dataLayerFor({ env: { BILATERAL_DATA: fixture("valid") } }))).toEqual(valid)
      expect(yield* run(dataLayerFor({ env: {} }))).toEqual(embedded)
      expect(yield* run(dataLayerFor({ env: { BILATERAL_DATA: "" } }))).toEqual(embedded)
      const failure = yield* Effect.flip(run(dataLayerFor({ env: { BILATERAL_DATA: broken } })))
      expect(failure._tag).toBe("DatasetError")
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
