// Prints what a browser bundle pays for each way of importing @bilateral/domain: esbuild bundles a
// one-line module (platform browser, minified), and the size is given raw and gzipped. Run after a
// build: `npm run size`. The README's table of sizes comes from this script.
import { createRequire } from "node:module"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const esbuild = createRequire(import.meta.url)("esbuild")

/** Each case: what a user writes, and what it is for. */
export const CASES = [
  [
    "one formatter",
    `import { formatGrowth } from "@bilateral/domain/format"; console.log(formatGrowth)`,
  ],
  [
    "one formatter, from the main entry",
    `import { formatGrowth } from "@bilateral/domain"; console.log(formatGrowth)`,
  ],
  ["the metrics", `import * as m from "@bilateral/domain/metrics"; console.log(m)`],
  [
    "seriesMetrics and cagr",
    `import { cagr, seriesMetrics } from "@bilateral/domain/metrics"; console.log(cagr, seriesMetrics)`,
  ],
  ["foldText", `import { foldText } from "@bilateral/domain/text"; console.log(foldText)`],
  ["the whole package", `import * as d from "@bilateral/domain"; console.log(d)`],
]

/** The minified and gzipped size, in bytes, of a browser bundle of `code`. */
export const bundleSize = async (code) => {
  const result = await esbuild.build({
    stdin: { contents: code, resolveDir: root, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "error",
  })
  const bytes = result.outputFiles[0].contents
  return { minified: bytes.length, gzipped: gzipSync(bytes).length }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kB = (n) => `${(n / 1000).toFixed(1)} kB`
  for (const [name, code] of CASES) {
    const { minified, gzipped } = await bundleSize(code)
    console.log(
      `${name.padEnd(36)} ${kB(minified).padStart(9)} min ${kB(gzipped).padStart(9)} gzip`,
    )
  }
}
