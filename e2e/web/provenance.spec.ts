import { expect, index, LANGS, provenanceAnchor, relations, test } from "./fixtures"

test("a figure opens its quote on the source page", async ({ page }) => {
  const dated = relations.find((r) => r.relation.established)
  const p = dated?.relation.established?.provenance[0]
  if (!dated || !p) throw new Error("the dataset should record when a relation began")
  await page.goto(`/en/countries/${dated.slug}/`)
  await page.locator("#key-facts a.cite").first().click()
  const anchor = provenanceAnchor(p)
  await expect(page).toHaveURL(`/en/sources/${p.source}/#${anchor}`)
  const quote = page.locator(`#${anchor}`)
  await expect(quote).toBeInViewport()
  await expect(quote.locator("blockquote")).toHaveText(p.quote)
  // :target highlights the quote the reader came for.
  const background = await quote.evaluate((el) => getComputedStyle(el).backgroundColor)
  const other = await page
    .locator('[data-testid="quote"]:not(:target)')
    .first()
    .evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(background).not.toBe(other)
})

for (const { slug, relation } of relations) {
  test(`every provenance link on the ${slug} page leads to a quote that exists`, async ({
    page,
    request,
  }) => {
    await page.goto(`/vi/countries/${slug}/`)
    const hrefs = await page
      .locator('a[href*="/sources/"][href*="#q-"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
    // At least one link per event of the relation and one for its establishment: the page cites
    // every event it lists (a relation of any size, the smallest new one included).
    const facts = index.factsOf(relation.id)
    const least = facts.events.length + (relation.established ? 1 : 0)
    expect(hrefs.length).toBeGreaterThanOrEqual(Math.max(1, least))
    const pages = new Map<string, Set<string>>()
    for (const href of hrefs) {
      const [path = "", anchor = ""] = href.split("#")
      pages.set(path, (pages.get(path) ?? new Set()).add(anchor))
    }
    for (const [path, anchors] of pages) {
      const html = await (await request.get(path)).text()
      for (const anchor of anchors) expect(html, `${path}#${anchor}`).toContain(`id="${anchor}"`)
    }
  })
}

test("a source page lists every fact it supports, one anchored quote per clause", async ({
  page,
}) => {
  for (const source of index.dataset.sources) {
    await page.goto(`/vi/sources/${source.id}/`)
    const facts = index.factsBySource(source.id)
    const anchors = new Set(facts.map((f) => f.anchor))
    const ids = await page.getByTestId("quote").evaluateAll((els) => els.map((e) => e.id))
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(anchors)
    for (const fact of facts.slice(0, 5)) {
      await expect(page.locator(`#${fact.anchor} blockquote`)).toHaveText(fact.provenance.quote)
    }
  }
})

test("a quote links back to the fact it supports", async ({ page }) => {
  const fact = index
    .factsBySource(index.dataset.sources[0]?.id ?? "")
    .find((f) => f.collection === "events")
  if (!fact) throw new Error("the first source should support an event")
  await page.goto(`/en/sources/${fact.provenance.source}/`)
  await page.locator(`#${fact.anchor} figcaption a`, { hasText: fact.label.en }).first().click()
  await expect(page).toHaveURL(new RegExp(`/en/countries/[a-z]{2}/#event-${fact.id}$`))
  await expect(page.locator(`#event-${fact.id}`)).toBeInViewport()
})

/** How a numbered citation mark is named for assistive technology: the quote it opens. */
const QUOTE = { vi: "Câu trích", en: "Quote" } as const

test("a numbered citation mark is a link named for the quote it opens", async ({ page }) => {
  const withEvents = relations.find(({ relation }) => index.factsOf(relation.id).events.length > 0)
  if (!withEvents) throw new Error("the dataset should have a relation with events")
  for (const lang of LANGS) {
    await page.goto(`/${lang}/countries/${withEvents.slug}/`)
    // Every event cites its sources with numbered marks: links whose visible text is a number.
    const marks = page.locator('a[href*="/sources/"][href*="#q-"]').filter({ hasText: /^\d+$/ })
    const numbers = await marks.allInnerTexts()
    expect(numbers.length).toBeGreaterThanOrEqual(
      index.factsOf(withEvents.relation.id).events.length,
    )
    for (const [i, n] of numbers.entries()) {
      await expect(marks.nth(i)).toHaveAccessibleName(`${QUOTE[lang]} ${n.trim()}`)
    }
  }
})
