/**
 * Shared test setup for the site: a `test` that fails when a page logs a console error or throws,
 * and the site's map (relations, sources, pages) read from @bilateral/data, so the tests follow
 * the dataset instead of hard-coding it.
 */
import { loadEmbeddedSync, provenanceAnchor } from "@bilateral/data"
import { test as base, expect, type Page } from "@playwright/test"

export { expect, provenanceAnchor }

export const index = loadEmbeddedSync()
export const LANGS = ["vi", "en"] as const
export type Lang = (typeof LANGS)[number]

/** Relations by the partner code the site uses in its addresses ("kz"). */
export const relations = index.relations.map((r) => ({
  relation: r,
  slug: r.countries[1].toLowerCase(),
}))
export const sourceIds = index.dataset.sources.map((s) => s.id)

/** Every page of one language, as paths after `/{lang}/`. */
export const sitePaths = (): string[] => {
  const slugs = relations.map((r) => r.slug)
  const pairs = slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => `compare/${a}-${b}/`))
  return [
    "",
    "timeline/",
    "compare/",
    ...pairs,
    ...slugs.map((s) => `countries/${s}/`),
    "sources/",
    ...sourceIds.map((id) => `sources/${id}/`),
    "downloads/",
  ]
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
export const searchBox = (page: Page) => page.locator("input.search__input")

/** The search results, apart from any other options on the page (the timeline's selects). */
export const searchResults = (page: Page) => page.locator("search").getByRole("listbox")
