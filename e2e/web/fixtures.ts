/**
 * Shared test setup for the site: a `test` that fails when a page logs a console error or throws,
 * and the site's map (relations, sources, pages) read from @bilateral/data, so the tests follow
 * the dataset instead of hard-coding it. The dataset is the embedded one, or the directory
 * E2E_DATA names (relative to the repository) when the site under test was built from it. The
 * `web-many` project (e2e/web/many) loads its fixture of many relations with `loadIndex(dir)`.
 *
 * Finding elements: component styles are CSS modules whose class names are hashed, so tests never
 * select by a component's class. They use roles and accessible names first, then ids and semantic
 * data- attributes (`data-kind`, `data-side`), then `data-testid` hooks (`getByTestId`); the only
 * classes they name are the documented global ones of app/globals.css (`a.cite`).
 */

import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import {
  type BilateralIndex,
  formatProblem,
  indexFiles,
  loadEmbeddedSync,
  provenanceAnchor,
  type RelationView,
  relationView,
} from "@bilateral/data"
import { type DayDate, day, localize, type Relation } from "@bilateral/domain"
import { type APIRequestContext, test as base, expect, type Page } from "@playwright/test"
import { RELATION_PARTS } from "../../apps/web/src/lib/routes"

export { expect, provenanceAnchor }

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..")

/** Every .yaml file under `dir`, as the loader takes them (paths relative to `dir`). */
const yamlFiles = (dir: string, relative = ""): Array<{ path: string; text: string }> =>
  readdirSync(join(dir, relative), { withFileTypes: true }).flatMap((entry) => {
    const path = relative === "" ? entry.name : `${relative}/${entry.name}`
    if (entry.isDirectory()) return yamlFiles(dir, path)
    return entry.name.endsWith(".yaml")
      ? [{ path, text: readFileSync(join(dir, path), "utf8") }]
      : []
  })

/** The dataset in `dir` (relative to the repository), or the embedded one. */
export const loadIndex = (dir = process.env.E2E_DATA?.trim()): BilateralIndex => {
  if (!dir) return loadEmbeddedSync()
  const result = indexFiles(yamlFiles(resolve(root, dir)))
  if (result._tag === "Left") throw new Error(result.left.problems.map(formatProblem).join("\n"))
  return result.right
}

export const index = loadIndex()
export const LANGS = ["vi", "en"] as const
export type Lang = (typeof LANGS)[number]

/** Today (UTC), as the build's "as of" date; titles and counts used here do not depend on it. */
const today = (): DayDate => {
  const now = new Date()
  return day(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate())
}

/** A dataset's relations by the address the site gives them (`slugOf`: "kz"), with their views. */
export const relationsOf = (data: BilateralIndex) =>
  data.relations.map((relation) => ({
    relation,
    slug: data.slugOf(relation),
    view: relationView(data, relation.id, today()) as RelationView,
  }))

/** The relations of the dataset the `web` project's site is built from. */
export const relations = relationsOf(index)

/** A country's name in a language, as the pages show it. */
export const countryName = (code: string, lang: Lang): string => {
  const country = index.country(code)
  return country ? localize(country.name, lang) : code
}

/** The relation's partner's name (its other country than the dataset's subject). */
export const partnerName = (relation: Relation, lang: Lang): string =>
  countryName(index.partnerOf(relation), lang)

/** A relation with a time series of at least two points, which its page draws as a chart. */
export const charted = relations.find(({ view }) =>
  view.facts.indicators.some((s) => s.observations.filter((o) => o.date).length >= 2),
)

/** How the site names a relation in lists and badges: its partner, or its title without the subject. */
export const relationLabel = (relation: Relation, lang: Lang): string =>
  index.subject !== undefined && relation.countries.includes(index.subject)
    ? partnerName(relation, lang)
    : (relationsOf(index).find((r) => r.relation === relation)?.view.title[lang] ?? relation.id)

export const sourceIds = index.dataset.sources.map((s) => s.id)

/**
 * The pages under each relation's page (`/{lang}/countries/{code}/{part}/`), each listing one long
 * section in full; the relation page shows a summary of each with a link there. The site's own
 * list, so that a page added to it is visited by every test that walks the site.
 */
export { RELATION_PARTS }

/** Every page of one language of the site built from `data`, as paths after `/{lang}/`. */
export const sitePathsOf = (data: BilateralIndex): string[] => {
  const slugs = relationsOf(data).map((r) => r.slug)
  return [
    "",
    "timeline/",
    "compare/",
    ...slugs.map((s) => `countries/${s}/`),
    ...slugs.flatMap((s) => RELATION_PARTS.map((part) => `countries/${s}/${part}/`)),
    ...slugs.map((s) => `timeline/${s}/`),
    "sources/",
    ...data.dataset.sources.map((source) => `sources/${source.id}/`),
    "downloads/",
  ]
}

/** Every page of one language, as paths after `/{lang}/`. */
export const sitePaths = (): string[] => sitePathsOf(index)

/**
 * Every in-site address with a fragment the site links to, as `/{lang}/path/#id`: the links of
 * every page in both languages (in-page `#id` links included), the search index's entries and the
 * compare page's files (its links are drawn from them). Read from the served HTML and JSON, so
 * links in any section count.
 */
export const fragmentLinks = async (
  request: APIRequestContext,
  data: BilateralIndex,
): Promise<Set<string>> => {
  const targets = new Set<string>()
  for (const lang of LANGS) {
    for (const path of sitePathsOf(data)) {
      const page = `/${lang}/${path}`
      const html = await (await request.get(page)).text()
      for (const [, href = ""] of html.matchAll(/<a\s[^>]*?href="([^"]*#[^"]+)"/g)) {
        if (href.startsWith("#")) targets.add(page + href)
        else if (href.startsWith("/") && !href.startsWith("//")) targets.add(href)
      }
    }
  }
  const search = (await (await request.get("/search-index.json")).json()) as Array<{
    path: string
  }>
  for (const { path } of search) {
    if (path.includes("#")) for (const lang of LANGS) targets.add(`/${lang}/${path}`)
  }
  for (const { slug } of relationsOf(data)) {
    const text = await (await request.get(`/compare-data/${slug}.json`)).text()
    for (const [, href = ""] of text.matchAll(/"(\/(?:vi|en)\/[^"#]*#[^"]+)"/g)) targets.add(href)
  }
  return targets
}

/**
 * The addresses among `targets` whose page has no element with the fragment's id (empty when every
 * link lands).
 */
export const unlanded = async (
  request: APIRequestContext,
  targets: Iterable<string>,
): Promise<string[]> => {
  const pages = new Map<string, string>()
  const missing: string[] = []
  for (const target of targets) {
    const [path = "", hash = ""] = target.split("#")
    const file = path.split("?")[0] ?? ""
    if (!pages.has(file)) pages.set(file, await (await request.get(file)).text())
    if (!pages.get(file)?.includes(`id="${decodeURIComponent(hash)}"`)) missing.push(target)
  }
  return missing
}

type Fixtures = { consoleErrors: string[] }

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${message.text()} (on ${page.url()})`)
      })
      page.on("pageerror", (error) => errors.push(`${error.message} (on ${page.url()})`))
      await use(errors)
      expect(errors, "the page logged errors").toEqual([])
    },
    { auto: true },
  ],
})

/** The header's search field (the timeline's selects are comboboxes too). */
export const searchBox = (page: Page) => page.locator("search").getByRole("combobox")

/** The search results, apart from any other options on the page (the timeline's selects). */
export const searchResults = (page: Page) => page.locator("search").getByRole("listbox")
