import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { type Dataset, seriesMetrics } from "@bilateral/domain"
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { fixture } from "../test/fixtures"
import { loadDirectory, loadEmbeddedSync } from "./BilateralData"
import type { BilateralIndex } from "./BilateralIndex"
import * as full from "./export/Encode"
import { encodeCollections as encodeWithSchemas, snapshotOf } from "./export/EncodeCollections"
import * as fast from "./SnapshotIndex"

const require = createRequire(import.meta.url)
const esbuild = require("esbuild") as typeof import("esbuild")
const here = dirname(fileURLToPath(import.meta.url))

/** The index of a snapshot as a program embedding it reads it: through JSON text. */
const throughSnapshot = (index: BilateralIndex): BilateralIndex =>
  fast.indexSnapshot(JSON.parse(JSON.stringify(snapshotOf(index))))

const datasets: ReadonlyArray<readonly [string, () => Promise<BilateralIndex>]> = [
  ["the embedded dataset", async () => loadEmbeddedSync()],
  ["the many-relations fixture", () => Effect.runPromise(loadDirectory(fixture("many")))],
]

const text = (value: unknown) => JSON.stringify(value, null, 2)

describe("a snapshot indexed without the schemas", () => {
  for (const [name, load] of datasets) {
    describe(name, () => {
      it("answers the same queries as the loaded index", async () => {
        const loaded = await load()
        const index = throughSnapshot(loaded)
        expect(index.relations.map((r) => r.id)).toEqual(loaded.relations.map((r) => r.id))
        expect(index.subject).toBe(loaded.subject)
        expect(index.about).toEqual(loaded.about)
        for (const relation of loaded.relations) {
          expect(text(index.factsOf(relation.id))).toBe(text(loaded.factsOf(relation.id)))
        }
      })

      it("encodes every relation's facts byte for byte as the schemas do", async () => {
        const index = throughSnapshot(await load())
        expect(index.relations.length).toBeGreaterThan(0)
        for (const relation of index.relations) {
          const { relation: _, partner, ...facts } = index.factsOf(relation.id)
          const part: Partial<Dataset> = { ...facts, relations: [relation], countries: [partner] }
          expect(text(fast.encodeCollections(part))).toBe(text(encodeWithSchemas(part)))
        }
        expect(text(fast.encodeCollections(index.dataset))).toBe(
          text(encodeWithSchemas(index.dataset)),
        )
        expect(text(fast.encodeCollections({}))).toBe(text(encodeWithSchemas({})))
      })

      it("encodes every series' metrics and every observed quantity as the schemas do", async () => {
        const index = throughSnapshot(await load())
        expect(index.dataset.indicators.length).toBeGreaterThan(0)
        for (const series of index.dataset.indicators) {
          const metrics = seriesMetrics(series)
          expect(text(fast.encodeSeriesMetrics(metrics))).toBe(
            text(full.encodeSeriesMetrics(metrics)),
          )
          for (const o of series.observations) {
            expect(text(fast.encodeQuantity(o.value))).toBe(text(full.encodeQuantity(o.value)))
          }
        }
      })
    })
  }

  it("refuses a value that is not part of an indexed snapshot instead of guessing", () => {
    const [first] = loadEmbeddedSync().dataset.events
    expect(first).toBeDefined()
    expect(() => fast.encodeCollections({ events: first ? [{ ...first }] : [] })).toThrow(
      /not part of an indexed snapshot/,
    )
  })
})

describe("the /snapshot entry", () => {
  it("bundles neither the YAML parsers, the ISO country list, effect's Schema nor fast-check", async () => {
    const domainSrc = join(here, "..", "..", "domain", "src")
    const result = await esbuild.build({
      entryPoints: [join(here, "snapshot.ts")],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "node",
      logLevel: "silent",
      plugins: [
        {
          name: "domain-sources",
          setup(build) {
            build.onResolve({ filter: /^@bilateral\/domain(\/\w+)?$/ }, (args) => ({
              path: join(domainSrc, `${args.path.split("/")[2] ?? "index"}.ts`),
            }))
          },
        },
      ],
    })
    const bundled = Object.values(result.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, input]) => input.bytesInOutput > 0)
        .map(([path]) => path),
    )
    expect(bundled.some((path) => path.endsWith("src/BilateralIndex.ts"))).toBe(true)
    const unwanted =
      /node_modules\/(yaml|js-yaml|i18n-iso-countries|fast-check)\/|effect\/dist\/esm\/(Schema|SchemaAST|ParseResult)\.js$|domain\/src\/index\.ts$|src\/(DatasetFile|Loader|CrossChecks)\.ts$/
    expect(bundled.filter((path) => unwanted.test(path))).toEqual([])
  })
})
