// One validate + load of a dataset directory, in its own process so that its peak memory can be
// measured: reads and checks every file, indexes the dataset, then asks for every relation's
// facts (what listing the relations costs). Prints one JSON line: { ms, maxRssKb, relations, problems }.
//
//   node bench/load-once.mjs <dataset directory>
import { Effect } from "effect"
import { formatProblem, loadDirectory } from "../dist/index.js"

const dir = process.argv[2]
if (dir === undefined) {
  console.error("usage: node bench/load-once.mjs <dataset directory>")
  process.exit(1)
}
const start = performance.now()
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
console.log(
  JSON.stringify({
    ms: Math.round(ms),
    maxRssKb: process.resourceUsage().maxRSS,
    relations: index.relations.length,
    events: facts,
  }),
)
