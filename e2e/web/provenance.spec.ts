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
  test(`every provenance link on the ${slug} page and its timeline leads to a quote that exists`, async ({
    page,
    request,
  }) => {
    const facts = index.factsOf(relation.id)
    // The relation page cites every event it lists (its most recent ones) and its establishment;
    // its timeline cites every event of the relation (a relation of any size, the smallest new
    // one included).
    for (const path of [`/vi/countries/${slug}/`, `/vi/timeline/${slug}/`]) {
      await page.goto(path)
      const hrefs = await page
        .locator('a[href*="/sources/"][href*="#q-"]')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
      const listed = await page.locator('li[id^="event-"]').count()
      const least = path.includes("/timeline/")
        ? facts.events.length
        : listed + (relation.established ? 1 : 0)
      if (path.includes("/timeline/")) expect(listed).toBe(facts.events.length)
      expect(hrefs.length, path).toBeGreaterThanOrEqual(Math.max(1, least))
      const pages = new Map<string, Set<string>>()
      for (const href of hrefs) {
        const [file = "", anchor = ""] = href.split("#")
        pages.set(file, (pages.get(file) ?? new Set()).add(anchor))
      }
      for (const [file, anchors] of pages) {
        const html = await (await request.get(file)).text()
        for (const anchor of anchors) expect(html, `${file}#${anchor}`).toContain(`id="${anchor}"`)
      }
    }
  })

  test(`the ${slug} page lists its most recent events and links to its timeline for all of them`, async ({
    page,
  }) => {
    const events = index.events({ relation: relation.id })
    for (const lang of LANGS) {
      await page.goto(`/${lang}/countries/${slug}/`)
      if (events.length === 0) {
        await expect(page.locator('#exchanges li[id^="event-"]')).toHaveCount(0)
        continue
      }
      const listed = await page
        .locator('#exchanges li[id^="event-"]')
        .evaluateAll((items) => items.map((li) => li.id.replace(/^event-/, "")))
      expect(listed.length).toBeGreaterThan(0)
      expect(listed.length).toBeLessThanOrEqual(events.length)
      // The newest dated ones, in the timeline's order (the first ones when none is dated).
      const dated = events.filter((e) => e.date !== undefined)
      const expected =
        dated.length > 0 ? dated.slice(-listed.length) : events.slice(0, listed.length)
      expect(listed).toEqual(expected.map((e) => e.id))
      // Then one link to the relation's timeline, which lists every event.
      const all = page.locator(`#exchanges a[href="/${lang}/timeline/${slug}/"]`)
      await expect(all).toHaveCount(1)
      await expect(all).toContainText(String(events.length))
      await all.click()
      await expect(page).toHaveURL(`/${lang}/timeline/${slug}/`)
      await expect(page.locator('li[id^="event-"]')).toHaveCount(events.length)
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
  await expect(page).toHaveURL(new RegExp(`/en/timeline/[a-z]{2}/#event-${fact.id}$`))
  await expect(page.locator(`#event-${fact.id}`)).toBeInViewport()
})

/** How a numbered citation mark is named for assistive technology: the quote it opens. */
const QUOTE = { vi: "Câu trích", en: "Quote" } as const

test("a numbered citation mark is a link named for the quote it opens", async ({ page }) => {
  const withEvents = relations.find(({ relation }) => index.factsOf(relation.id).events.length > 0)
  if (!withEvents) throw new Error("the dataset should have a relation with events")
  for (const lang of LANGS) {
    // The relation's timeline lists every event of the relation.
    await page.goto(`/${lang}/timeline/${withEvents.slug}/`)
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
