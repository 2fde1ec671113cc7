// One validation of a dataset directory for bench/fuzz.bench.mjs, in its own process: prints one
// JSON line { valid, problems, longestLine, maxRssKb }. Any throw is a crash (exit 2).
import { Effect } from "effect"
import { formatProblem, validateDirectory } from "../dist/index.js"

const dir = process.argv[2]
try {
  const report = await Effect.runPromise(validateDirectory(dir))
  const lines = report.problems.map(formatProblem)
  console.log(
    JSON.stringify({
      valid: lines.length === 0,
      problems: lines.length,
      longestLine: Math.max(0, ...lines.map((l) => l.length)),
      maxRssKb: process.resourceUsage().maxRSS,
    }),
  )
} catch (error) {
  console.error(String(error))
  process.exit(2)
}
