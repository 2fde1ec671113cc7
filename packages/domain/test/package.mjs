// The packed-package test: what an outside developer gets from `npm install`. It packs this
// package, installs the tarball with its peer (effect, at the newest version the peer range
// allows) into a new project in a temporary directory, then:
// - runs every ```ts block of README.md from ESM, from CommonJS and as an esbuild browser bundle,
//   and compares what each prints with the block's `// → …` comments, in order;
// - typechecks the blocks under moduleResolution nodenext, node16 and bundler (and the quick
//   start as a .cts file, which reads the `require` condition's declarations);
// - runs publint and @arethetypeswrong/cli on the tarball.
// Run after a build (`npm test` does both). Uses the npm cache first, the registry when needed.
import { execFileSync } from "node:child_process"
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs"
import { createRequire } from "node:module"
import { tmpdir } from "node:os"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const require = createRequire(import.meta.url)
const esbuild = require("esbuild")
const tsc = require.resolve("typescript/bin/tsc")
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"))
const effectRange = pkg.peerDependencies.effect

/** Runs a command; on failure, throws with its output (so the reason is printed once). */
const run = (file, args, cwd) => {
  try {
    return execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })
  } catch (error) {
    const output = `${error.stdout ?? ""}${error.stderr ?? ""}`.trim()
    throw new Error(`${[file, ...args].join(" ")} failed:\n${output}`)
  }
}

/** The README's ```ts blocks, each with the lines its `// → ` comments say it prints. */
export const readmeBlocks = (markdown) =>
  [...markdown.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => {
    const code = match[1]
    const expected = [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1].trimEnd())
    return { code, expected }
  })

const checks = []
const check = (name, fn) => {
  const started = Date.now()
  fn()
  checks.push(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  console.log(`[package] ok: ${name}`)
}

const dir = mkdtempSync(join(tmpdir(), "bilateral-domain-package-"))
try {
  const project = join(dir, "project")
  mkdirSync(project)
  let tarball = ""
  check("npm pack", () => {
    const packed = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], root))
    tarball = join(dir, packed[0].filename)
    const files = packed[0].files.map((f) => f.path)
    const tests = files.filter((f) => f.endsWith(".test.ts"))
    if (tests.length > 0) throw new Error(`the tarball holds tests: ${tests.join(", ")}`)
    const maps = files.filter((f) => f.endsWith(".js.map"))
    for (const map of maps) {
      const json = JSON.parse(readFileSync(join(root, map), "utf8"))
      if (json.sourcesContent?.some((s) => s !== null)) {
        throw new Error(`${map} embeds its sources, which src/ already ships`)
      }
    }
  })

  check(`npm install <tarball> effect@${effectRange}`, () => {
    writeFileSync(
      join(project, "package.json"),
      `${JSON.stringify({ name: "readme-check", private: true }, null, 2)}\n`,
    )
    run(
      "npm",
      [
        "install",
        tarball,
        `effect@${effectRange}`,
        "@types/node@^20.19.0",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--ignore-scripts",
      ],
      project,
    )
  })

  const blocks = readmeBlocks(readFileSync(join(root, "README.md"), "utf8"))
  if (blocks.length === 0) throw new Error("README.md has no ```ts block")
  const names = blocks.map((_, i) => `readme-${i + 1}`)
  for (const [i, { code }] of blocks.entries())
    writeFileSync(join(project, `${names[i]}.mts`), code)
  // The quick start as CommonJS source: TypeScript turns its imports into require calls.
  writeFileSync(join(project, "quick-start.cts"), blocks[0].code)

  /** Runs a built file with node and compares its output with the block's `// →` lines. */
  const expectOutput = (file, i) => {
    const printed = run(process.execPath, [file], project).trimEnd().split("\n")
    const expected = blocks[i].expected
    if (expected.length === 0) throw new Error(`README block ${i + 1} says nothing it prints`)
    if (printed.join("\n") !== expected.join("\n")) {
      throw new Error(
        `README block ${i + 1} (${file}) printed:\n${printed.join("\n")}\nbut its comments say:\n${expected.join("\n")}`,
      )
    }
  }

  for (const [format, extension] of [
    ["esm", "mjs"],
    ["cjs", "cjs"],
  ]) {
    check(`README examples run from ${format === "esm" ? "ESM" : "CommonJS"}`, () => {
      blocks.forEach(({ code }, i) => {
        const js = esbuild.transformSync(code, { loader: "ts", format, target: "node20" }).code
        if (format === "cjs" && !js.includes('require("@bilateral/domain')) {
          throw new Error(`README block ${i + 1} does not load the package through require`)
        }
        const file = `${names[i]}.${extension}`
        writeFileSync(join(project, file), js)
        expectOutput(file, i)
      })
    })
  }

  check("README examples run as esbuild browser bundles", () => {
    blocks.forEach((_, i) => {
      const file = `${names[i]}.browser.mjs`
      esbuild.buildSync({
        entryPoints: [join(project, `${names[i]}.mts`)],
        outfile: join(project, file),
        absWorkingDir: project,
        bundle: true,
        minify: true,
        platform: "browser",
        format: "esm",
        logLevel: "error",
      })
      expectOutput(file, i)
    })
  })

  const tsconfig = (module, moduleResolution) => ({
    compilerOptions: {
      module,
      moduleResolution,
      target: "ES2022",
      lib: ["ES2023"],
      types: ["node"],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
    },
    files: [...names.map((n) => `${n}.mts`), ...(module === "ESNext" ? [] : ["quick-start.cts"])],
  })
  for (const [module, resolution] of [
    ["NodeNext", "NodeNext"],
    ["Node16", "Node16"],
    ["ESNext", "Bundler"],
  ]) {
    check(`README examples typecheck under moduleResolution ${resolution}`, () => {
      const config = `tsconfig.${resolution.toLowerCase()}.json`
      writeFileSync(join(project, config), JSON.stringify(tsconfig(module, resolution), null, 2))
      run(process.execPath, [tsc, "-p", config], project)
    })
  }

  check("publint --strict", () =>
    run("npx", ["--no-install", "publint", "run", tarball, "--strict"], root),
  )
  check("attw --profile node16", () =>
    run("npx", ["--no-install", "attw", tarball, "--profile", "node16"], root),
  )
  console.log(`[package] ${checks.length} checks passed`)
} catch (error) {
  console.error(`[package] ${error instanceof Error ? error.message : error}`)
  process.exitCode = 1
} finally {
  rmSync(dir, { recursive: true, force: true })
}
