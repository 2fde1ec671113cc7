// One validate + load of a dataset directory, in its own process so that its peak memory can be
// measured: reads and checks every file, indexes the dataset, then asks for every relation's
// facts (what listing the relations costs). Prints one JSON line:
//   { importMs, loadMs, loadCpuMs, maxRssKb, relations, events }
// importMs is the fixed cost of loading the package's modules (Effect, the domain, the parsers),
// paid once per process whatever the dataset's size; loadMs the wall time of the load itself,
// loadCpuMs the CPU time (all threads, the GC's included) it used, which a busy machine distorts
// less than wall time.
//
//   node bench/load-once.mjs <dataset directory>
const dir = process.argv[2]
if (dir === undefined) {
  console.error("usage: node bench/load-once.mjs <dataset directory>")
  process.exit(1)
}
const importStart = performance.now()
const { Effect } = await import("effect")
const { formatProblem, loadDirectory } = await import("../dist/index.js")
const start = performance.now()
const cpuStart = process.cpuUsage()
const result = await Effect.runPromise(Effect.either(loadDirectory(dir)))
if (result._tag === "Left") {
  const [first] = result.left.problems
  console.error(
    `invalid dataset: ${first ? formatProblem(first) : "?"} (${result.left.problems.length} problems)`,
  )
  process.exit(1)
}
const index = result.right
let facts = 0
for (const relation of index.relations) facts += index.factsOf(relation.id).events.length
const ms = performance.now() - start
const cpu = process.cpuUsage(cpuStart)
console.log(
  JSON.stringify({
    importMs: Math.round(start - importStart),
    loadMs: Math.round(ms),
    loadCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssKb: process.resourceUsage().maxRSS,
    relations: index.relations.length,
    events: facts,
  }),
)
