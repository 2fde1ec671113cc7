// Generates a valid dataset N times the size of the shipped one, for benchmarks: the shipped
// relations are copied under new relations between distinct pairs of real countries (ISO 3166-1
// alpha-2 codes), with every id rewritten so that ids stay unique and references resolve, and
// every country code of the copied relation rewritten to the new pair. The source texts are not
// copied: validate the result without --sources.
//
//   node bench/generate-dataset.mjs 100 /tmp/bilateral-100x   (prints the directory)
//   import { generateDataset } from "./generate-dataset.mjs"; await generateDataset(100, dir)
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises"
import { dirname, join, relative, sep } from "node:path"
import { fileURLToPath } from "node:url"
import { parse, stringify } from "yaml"
import { isoCountry, isoCountryCodes } from "../dist/index.js"

/** The shipped dataset: the one the generator copies. */
export const shippedDatasetDir = join(dirname(fileURLToPath(import.meta.url)), "..", "dataset")

const listYaml = async (dir) => {
  const out = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await listYaml(path)))
    else if (entry.name.endsWith(".yaml")) out.push(path)
  }
  return out
}

/** Fields whose value is the id of another entry (an event, an indicator, a commission) of the same relation. */
const REFERENCE_FIELDS = new Set(["partOf", "signedAt", "event", "series", "commissionId"])

/** Rewrites a copied entry: ids and references get `suffix`, country codes go through `codes`. */
const rewrite = (value, codes, suffix, key) => {
  if (Array.isArray(value)) return value.map((item) => rewrite(item, codes, suffix, key))
  if (value !== null && typeof value === "object") {
    const out = {}
    for (const [k, v] of Object.entries(value)) out[k] = rewrite(v, codes, suffix, k)
    return out
  }
  if (typeof value !== "string") return value
  if (key === "id" || REFERENCE_FIELDS.has(key)) return `${value}${suffix}`
  return codes.get(value) ?? value
}

/**
 * Country pairs for the copies: the subject with every other country first, then pairs of two
 * other countries, skipping the pairs the shipped dataset already has.
 */
const countryPairs = function* (subject, taken) {
  const others = isoCountryCodes().filter((c) => c !== subject)
  const key = (a, b) => (a < b ? `${a}-${b}` : `${b}-${a}`)
  for (const b of others) if (!taken.has(key(subject, b))) yield [subject, b]
  for (let i = 0; i < others.length; i++)
    for (let j = i + 1; j < others.length; j++)
      if (!taken.has(key(others[i], others[j]))) yield [others[i], others[j]]
}

/**
 * Writes a dataset of `times` × the shipped one to `outDir` (emptied first) and returns counts.
 * `times` = 1 writes the shipped dataset unchanged.
 */
export const generateDataset = async (times, outDir, from = shippedDatasetDir) => {
  if (!Number.isInteger(times) || times < 1)
    throw new Error(`times must be a positive integer, got ${times}`)
  await rm(outDir, { recursive: true, force: true })
  const files = await Promise.all(
    (await listYaml(from)).map(async (path) => ({
      path: relative(from, path).split(sep).join("/"),
      text: await readFile(path, "utf8"),
    })),
  )
  const relationIds = [
    ...new Set(files.flatMap((f) => /^relations\/([^/]+)\//u.exec(f.path)?.[1] ?? [])),
  ]
  const relationOf = new Map()
  for (const f of files) {
    const id = /^relations\/([^/]+)\/relation\.yaml$/u.exec(f.path)?.[1]
    if (id !== undefined) relationOf.set(id, parse(f.text).relations[0])
  }
  const subject = parse(
    files.find((f) => f.path === "dataset.yaml")?.text ?? "about: { country: VN }",
  ).about.country
  const taken = new Set([...relationOf.values()].map((r) => [...r.countries].sort().join("-")))
  const pairs = countryPairs(subject, taken)

  const write = async (path, text) => {
    const target = join(outDir, path)
    await mkdir(dirname(target), { recursive: true })
    await writeFile(target, text)
  }
  const added = new Map()
  let relations = 0
  for (const f of files) await write(f.path, f.text)
  relations += relationIds.length
  const parsed = files
    .map((f) => ({
      ...f,
      relation: /^relations\/([^/]+)\//u.exec(f.path)?.[1],
      value: parse(f.text),
    }))
    .filter((f) => f.relation !== undefined)
  for (let copy = 1; copy < times; copy++) {
    for (const id of relationIds) {
      const next = pairs.next()
      if (next.done) throw new Error(`not enough country pairs for ${times}×`)
      const [a, b] = next.value
      const [x, y] = relationOf.get(id).countries
      const codes = new Map([
        [x, a],
        [y, b],
      ])
      const newId = `${a}-${b}`.toLowerCase()
      for (const code of [a, b]) if (!added.has(code)) added.set(code, isoCountry(code))
      const suffix = `-${newId}`
      for (const f of parsed.filter((p) => p.relation === id)) {
        const value = rewrite(f.value, codes, suffix, undefined)
        if (value.relations) value.relations = value.relations.map((r) => ({ ...r, id: newId }))
        await write(
          f.path.replace(`relations/${id}/`, `relations/${newId}/`),
          stringify(value, { lineWidth: 0 }),
        )
      }
      relations++
    }
  }
  const shippedCountries = new Set(
    files.flatMap((f) => parse(f.text)?.countries?.map((c) => c.code) ?? []),
  )
  const newCountries = [...added.values()].filter(
    (c) => c !== undefined && !shippedCountries.has(c.code),
  )
  if (newCountries.length > 0)
    await write(
      "generated-countries.yaml",
      stringify(
        { countries: newCountries.map((c) => ({ code: c.code, name: c.name })) },
        { lineWidth: 0 },
      ),
    )
  return { dir: outDir, relations, countries: shippedCountries.size + newCountries.length }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [times, outDir] = process.argv.slice(2)
  if (times === undefined || outDir === undefined) {
    console.error("usage: node bench/generate-dataset.mjs <times> <output directory>")
    process.exit(1)
  }
  const result = await generateDataset(Number(times), outDir)
  console.log(`${result.dir}: ${result.relations} relations, ${result.countries} countries`)
}
