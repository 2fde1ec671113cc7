/**
 * The site built from the fixture of many relations (packages/data/test/fixtures/many: six
 * relations, one between two countries other than the subject, sources in two languages),
 * served by the `web-many` project (playwright.config.ts). Nothing here names its relations:
 * everything expected is read from the fixture.
 */
import {
  expect,
  fragmentLinks,
  loadIndex,
  RELATION_PARTS,
  relationsOf,
  test,
  unlanded,
} from "../fixtures"

/** Where the project's site was built from; the config builds it from the same directory. */
const MANY = "packages/data/test/fixtures/many"
const index = loadIndex(MANY)
const relations = relationsOf(index)
const withSubject = relations.filter(({ relation }) =>
  relation.countries.some((c) => c === index.subject),
)
const without = relations.find(({ relation }) => !withSubject.some((r) => r.relation === relation))

test("the fixture has at least five relations, one of them without the subject", () => {
  expect(relations.length).toBeGreaterThanOrEqual(5)
  expect(without).toBeDefined()
})

test("the overview shows every relation, each in a colour of its own, titled from the data", async ({
  page,
}) => {
  await page.goto("/en/")
  const title = index.about?.title?.en
  if (title) await expect(page.locator("h1")).toHaveText(title)
  const colours = new Set<string>()
  for (const { slug, view } of relations) {
    const card = page.locator("article", { has: page.locator(`#card-${slug}`) })
    await expect(card.locator("h3")).toHaveText(view.title.en)
    colours.add(await card.evaluate((el) => getComputedStyle(el).borderTopColor))
  }
  expect(colours.size).toBe(relations.length)
})

test("each relation has its page and its own timeline", async ({ page }) => {
  for (const { relation, slug, view } of relations) {
    await page.goto(`/vi/countries/${slug}/`)
    await expect(page.locator("h1")).toHaveText(view.title.vi)
    await page.goto(`/vi/timeline/${slug}/`)
    await expect(page.locator("li[data-kind]")).toHaveCount(
      index.events({ relation: relation.id }).length,
    )
  }
})

test("each relation has a page for each long section, its entries anchored", async ({ page }) => {
  for (const { slug, view } of relations) {
    for (const part of RELATION_PARTS) {
      await page.goto(`/en/countries/${slug}/${part}/`)
      await expect(page.locator("h1")).toHaveText(view.title.en)
      await expect(page.locator(`#${part} h2`)).toBeVisible()
    }
    await page.goto(`/en/countries/${slug}/claims/`)
    await expect(page.locator('li[id^="claim-"]')).toHaveCount(view.claims.length)
  }
})

test("every in-site link with a fragment lands on an element with that id", async ({ request }) => {
  const targets = await fragmentLinks(request, index)
  expect(targets.size).toBeGreaterThan(0)
  expect(await unlanded(request, targets)).toEqual([])
})

test("a relation without the subject compares with one that has it, figures cited", async ({
  page,
}) => {
  const other = withSubject[0]
  if (!without || !other) throw new Error("the fixture should have both kinds of relation")
  await page.goto("/en/compare/")
  await page.getByLabel("Left").selectOption(without.slug)
  await page.getByLabel("Right").selectOption(other.slug)
  await page.getByRole("button", { name: "Compare" }).click()
  await expect(page).toHaveURL(`/en/compare/?a=${without.slug}&b=${other.slug}`)
  const headers = page.getByTestId("compare-table").locator("thead th")
  await expect(headers.nth(1)).toContainText(
    index.country(index.partnerOf(without.relation))?.name.en ?? "",
  )
  const cited = page.getByTestId("compare-table").locator('td a.cite[href*="/sources/"]')
  expect(await cited.count()).toBeGreaterThan(0)
  for (const link of await cited.all()) {
    await expect(link).toHaveAttribute("href", /^\/en\/sources\/[a-z0-9-]+\/#q-[0-9a-f]+$/)
  }
})

test("a source page says which language its quotes are in", async ({ page }) => {
  const english = index.dataset.sources.find((s) => s.language === "en")
  const vietnamese = index.dataset.sources.find((s) => s.language === "vi")
  if (!english || !vietnamese) throw new Error("the fixture should have sources in vi and en")
  await page.goto(`/vi/sources/${english.id}/`)
  await expect(page.locator("#supports + p")).toContainText("tiếng Anh")
  await expect(page.locator("main")).not.toContainText("giữ nguyên tiếng Việt")
  await page.goto(`/en/sources/${vietnamese.id}/`)
  await expect(page.locator("#supports + p")).toContainText("in Vietnamese")
})
