/**
 * Events are listed in full on each relation's timeline (/{lang}/timeline/{code}/); the relation
 * page lists only its most recent ones. Every address that points at an event must land on an
 * element with that event's id, wherever the link is: the relation pages (commission sessions,
 * "part of" links), the source pages (a quote's fact), the timelines and the search index.
 */
import { expect, index, LANGS, relations, sitePaths, test } from "./fixtures"

const EVENT_HASH = /#(event-[^"'#\s]+)$/

test("every event is anchored on its relation's timeline, in both languages", async ({
  request,
}) => {
  for (const lang of LANGS) {
    for (const { relation, slug } of relations) {
      const html = await (await request.get(`/${lang}/timeline/${slug}/`)).text()
      for (const event of index.events({ relation: relation.id })) {
        expect(html, `${lang} ${slug} ${event.id}`).toContain(`id="event-${event.id}"`)
      }
    }
  }
})

test("every in-site link to an event lands on an element with that id", async ({
  page,
  request,
}) => {
  // It opens every page of the site, whose number grows with the relations (nine each).
  test.slow()
  // Addresses that point at an event, gathered from every page and from the search index.
  const targets = new Set<string>()
  for (const lang of LANGS) {
    for (const path of sitePaths()) {
      await page.goto(`/${lang}/${path}`)
      const hrefs = await page
        .locator('a[href*="#event-"]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href))
      for (const href of hrefs) targets.add(new URL(href).pathname + new URL(href).hash)
    }
  }
  const search = (await (await request.get("/search-index.json")).json()) as Array<{
    kind: string
    path: string
  }>
  const events = search.filter((e) => e.kind === "event")
  expect(events.length).toBe(index.dataset.events.length)
  for (const entry of search) {
    if (EVENT_HASH.test(entry.path)) for (const lang of LANGS) targets.add(`/${lang}/${entry.path}`)
  }
  // Every event with a quote is linked from its source page, so each one is a target.
  for (const event of index.dataset.events) {
    expect(
      [...targets].some((t) => t.endsWith(`#event-${event.id}`)),
      `a link to ${event.id}`,
    ).toBe(true)
  }
  const pages = new Map<string, string>()
  for (const target of targets) {
    const [path = "", hash = ""] = target.split("#")
    if (!pages.has(path)) pages.set(path, await (await request.get(path)).text())
    expect(pages.get(path), target).toContain(`id="${hash}"`)
  }
  // Following one such link scrolls to the event.
  const first = [...targets][0]
  if (!first) throw new Error("the site should link to at least one event")
  await page.goto(first)
  await expect(page.locator(`#${first.split("#")[1]}`)).toBeInViewport()
})
