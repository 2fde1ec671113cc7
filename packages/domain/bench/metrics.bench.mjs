// Times the domain's heaviest metrics on synthetic data: seriesMetrics on long series and
// checkClaim on a dataset with many visits. Prints figures only; asserts nothing.
// Run after `npm run build`: it measures the built package, as consumers use it.
import { performance } from "node:perf_hooks"
import { Schema } from "effect"
import { Claim, checkClaim, Dataset, IndicatorSeries, seriesMetrics } from "../dist/index.js"

const provenance = [{ source: "synthetic", quote: "a synthetic figure" }]

const seriesOf = (years) =>
  Schema.decodeUnknownSync(IndicatorSeries)({
    id: `trade-${years}`,
    relation: "aa-bb",
    kind: "trade",
    title: { en: "Synthetic trade" },
    observations: Array.from({ length: years }, (_, i) => ({
      date: String(1990 + i),
      value: {
        value: Math.round(1_000_000 * 1.07 ** i),
        unit: "USD",
        qualifier: i % 5 === 0 ? "about" : "exact",
      },
      provenance,
    })),
  })

const visits = Array.from({ length: 2000 }, (_, i) => ({
  _tag: "Visit",
  id: `visit-${i}`,
  relation: "aa-bb",
  date: `${1950 + (i % 75)}-${String((i % 12) + 1).padStart(2, "0")}`,
  level: ["party", "state", "government", "minister", "local"][i % 5],
  summary: { en: `Visit ${i}` },
  guest: i % 2 === 0 ? "AA" : "BB",
  host: i % 2 === 0 ? "BB" : "AA",
  leader: { description: { en: "a leader" } },
  provenance,
}))
visits.push({ ...visits[0], id: "visit-target", date: "2025-05-05/2025-05-07", level: "state" })

const series = seriesOf(30)
const seriesOf5 = seriesOf(5)
const dataset = Schema.decodeUnknownSync(Dataset)({
  countries: [
    { code: "AA", name: { en: "Country A" } },
    { code: "BB", name: { en: "Country B" } },
  ],
  relations: [
    { id: "aa-bb", countries: ["AA", "BB"], established: { date: "1950-01-15", provenance } },
  ],
  events: visits,
  indicators: [Schema.encodeSync(IndicatorSeries)(series)],
})

const claim = (id, check) => ({ id, relation: "aa-bb", text: { en: id }, check, provenance })
const claims = [
  claim("anniversary", {
    _tag: "Anniversary",
    subject: { _tag: "Establishment" },
    year: 2025,
    years: 75,
  }),
  claim("multiple", {
    _tag: "Multiple",
    series: series.id,
    from: "1990",
    to: "2019",
    factor: 7,
    qualifier: "over",
  }),
  claim("increase", { _tag: "Increase", series: series.id, from: "2000", to: "2019" }),
  claim("first-visit", {
    _tag: "FirstVisit",
    event: "visit-target",
    guest: "AA",
    host: "BB",
    levels: ["state"],
  }),
  claim("none-within", {
    _tag: "NoneWithin",
    event: "visit-target",
    guest: "AA",
    host: "BB",
    levels: ["party", "state"],
    years: 10,
  }),
].map((c) => Schema.decodeUnknownSync(Claim)(c))

const time = (label, iterations, run) => {
  for (let i = 0; i < Math.min(50, iterations); i++) run()
  const start = performance.now()
  for (let i = 0; i < iterations; i++) run()
  const ms = performance.now() - start
  console.log(
    `${label.padEnd(44)} ${String(iterations).padStart(7)} runs  ${ms.toFixed(1).padStart(9)} ms  ${((ms * 1000) / iterations).toFixed(2).padStart(10)} µs/run`,
  )
}

console.log("@bilateral/domain metrics on synthetic data")
time("seriesMetrics, 5 annual points", 20_000, () => seriesMetrics(seriesOf5))
time("seriesMetrics, 30 annual points (435 spans)", 2_000, () => seriesMetrics(series))
for (const c of claims) {
  time(
    `checkClaim ${c.check._tag}, ${dataset.events.length} events`,
    c.check._tag === "Anniversary" ? 20_000 : 500,
    () => checkClaim(c, dataset),
  )
}
