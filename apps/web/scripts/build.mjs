// `npm run build` (apps/web): checks the dataset, then runs `next build`.
//
// The dataset is the one embedded in @bilateral/data, or the directory BILATERAL_DATA names (a
// relative path is read from the repository root, where turbo is run). An invalid dataset stops
// the build here with one `file:line:col: message` line per problem and exit code 1, before Next
// starts. NEXT_DIST_DIR writes the static export somewhere other than apps/web/out (it must be
// inside the repository). WEB_BUILD_COPY=DIR (inside the repository, such as bench/out/10x)
// builds a copy of the app in DIR instead, with its own .next, so that it neither waits for nor
// disturbs another build of apps/web; the export is DIR/out. The bench and the e2e fixture build
// use it.
//
// The turbo cache: the build's inputs include the embedded dataset (apps/web/turbo.json), and
// its hash includes BILATERAL_DATA and BILATERAL_DATA_KEY. When turbo runs this build with
// BILATERAL_DATA set, BILATERAL_DATA_KEY must be the directory's content key
// (scripts/dataset-key.mjs); a missing or stale key stops the build, so the cache never holds a
// build of one dataset under another dataset's key.
import { spawnSync } from "node:child_process"
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { dirname, isAbsolute, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { formatProblem, validateDirectory } from "@bilateral/data"
import { Effect } from "effect"
import { datasetKey } from "./dataset-key.mjs"

const web = join(dirname(fileURLToPath(import.meta.url)), "..")
const root = join(web, "..", "..")

const stop = (line) => {
  console.error(line)
  process.exit(1)
}

const env = { ...process.env }
const raw = process.env.BILATERAL_DATA?.trim() ?? ""
if (raw === "") {
  delete env.BILATERAL_DATA
} else {
  const dir = resolve(root, raw)
  env.BILATERAL_DATA = dir
  const report = await Effect.runPromise(validateDirectory(dir))
  if (report.problems.length > 0) {
    const shown = relative(process.cwd(), dir)
    const prefix = isAbsolute(shown) || shown.startsWith("..") ? dir : shown
    for (const problem of report.problems) {
      const inside = prefix !== "" && !isAbsolute(problem.file)
      console.error(`${inside ? `${prefix}/` : ""}${formatProblem(problem)}`)
    }
    const n = report.problems.length
    stop(
      `BILATERAL_DATA: the dataset in ${dir} is not valid (${n} ${n === 1 ? "problem" : "problems"})`,
    )
  }
  if (process.env.TURBO_HASH) {
    const key = datasetKey(dir)
    if (process.env.BILATERAL_DATA_KEY !== key) {
      stop(
        `BILATERAL_DATA_KEY: expected ${key}, the content key of ${raw}, so that turbo's cache keys on the dataset; set it with BILATERAL_DATA_KEY=$(node apps/web/scripts/dataset-key.mjs ${raw})`,
      )
    }
  }
}

/** Copies what `next build` reads (no tests) into `dir`, and returns it. */
const copyApp = (dir) => {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const keep = (source) => !/\.test\.tsx?$/u.test(source)
  for (const part of ["app", "src"])
    cpSync(join(web, part), join(dir, part), { recursive: true, filter: keep })
  for (const file of ["next.config.ts", "package.json", "next-env.d.ts"]) {
    cpSync(join(web, file), join(dir, file))
  }
  const tsconfig = JSON.parse(readFileSync(join(web, "tsconfig.json"), "utf8"))
  tsconfig.extends = relative(dir, join(root, "tsconfig.base.json"))
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify(tsconfig, null, 2))
  return dir
}

const copy = process.env.WEB_BUILD_COPY?.trim()
const cwd = copy ? copyApp(resolve(web, copy)) : web
const next = join(root, "node_modules", "next", "dist", "bin", "next")
const result = spawnSync(process.execPath, [next, "build"], { cwd, env, stdio: "inherit" })
process.exit(result.status ?? 1)
