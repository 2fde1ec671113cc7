/**
 * A relation's page is a bounded overview: indicators, agreements, cooperation, statements and
 * claims are summarised there
 * and listed in full on pages of their own under it (/{lang}/countries/{code}/{part}/). Every
 * in-site link with a fragment (source pages, search index, summaries, compare files) lands on an
 * element with that id. Everything expected is read from the dataset.
 */
import { CLAIM_STATUSES, label, localize } from "@bilateral/domain"
import {
  expect,
  fragmentLinks,
  index,
  LANGS,
  RELATION_PARTS,
  relations,
  test,
  unlanded,
} from "./fixtures"

/** The relation's cooperation facts of every kind, as the cooperation page lists them. */
const cooperationIds = (facts: (typeof relations)[number]["view"]["facts"]) => [
  ...facts.sisterRegions,
  ...facts.support,
  ...facts.cooperationAreas,
  ...facts.projects,
  ...facts.tradeGoods,
  ...facts.measures,
]

const PARTS_NAV = { vi: "Các trang của mối quan hệ", en: "Pages of this relation" } as const
const COMMISSIONS = { vi: "Ủy ban và cơ chế hợp tác", en: "Commissions and committees" } as const
const GAPS = {
  vi: "Khoảng cách giữa các chuyến thăm cấp cao",
  en: "Gaps between top-level visits",
} as const

for (const { slug, view } of relations) {
  test(`the ${slug} page lists no agreement, claim, statement or cooperation entry itself`, async ({
    page,
  }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/countries/${slug}/`)
      await expect(
        page.locator('main [id^="claim-"], main [id^="fact-"], main [id^="agreement-"]'),
      ).toHaveCount(0)
      // At most a few of its indicators, however many it has.
      const indicators = page.locator('#indicators article[id^="indicator-"]')
      expect(await indicators.count()).toBeLessThanOrEqual(
        Math.min(4, view.facts.indicators.length),
      )
      // Its latest changes of status (the last dated ones), in order, then a link to all of them.
      const changes = await page.locator("#status li").allInnerTexts()
      expect(changes.length).toBeLessThanOrEqual(Math.min(4, view.status.length))
      expect(changes.length > 0).toBe(view.status.length > 0)
      const dated = view.status.filter((c) => c.date !== undefined)
      const latest =
        dated.length > 0
          ? dated.slice(dated.length - changes.length)
          : view.status.slice(0, changes.length)
      for (const [i, text] of changes.entries()) {
        expect(text).toContain(latest[i]?.label[lang] ?? "")
      }
      if (changes.length > 0) {
        await expect(page.locator("#status").getByTestId("part-link")).toHaveAttribute(
          "href",
          `/${lang}/countries/${slug}/status/`,
        )
      }
      const agreements = page.locator("#agreements li")
      expect(await agreements.count()).toBeLessThanOrEqual(
        Math.min(3, view.facts.agreements.length),
      )
      // Its statements are a few of the first ones, not all of them.
      const statements = view.facts.statements
      const shown = page.locator("#statements li")
      if (statements.length === 0) {
        await expect(page.locator("#statements")).toHaveCount(0)
        continue
      }
      const texts = await shown.allInnerTexts()
      expect(texts.length).toBeGreaterThan(0)
      expect(texts.length).toBeLessThanOrEqual(Math.min(3, statements.length))
      for (const [i, text] of texts.entries()) {
        expect(text).toContain(localize(statements[i]?.text ?? { vi: "", en: "" }, lang))
      }
    }
  })

  test(`the ${slug} page leaves the gaps between visits and the commissions to its exchanges page`, async ({
    page,
  }) => {
    const commissions = view.relation.commissions ?? []
    for (const lang of LANGS) {
      await page.goto(`/${lang}/countries/${slug}/`)
      const section = page.locator("#exchanges")
      for (const name of [COMMISSIONS[lang], GAPS[lang]]) {
        await expect(section.getByRole("heading", { name })).toHaveCount(0)
      }
      if (view.facts.events.length === 0 && commissions.length === 0) continue
      await section.getByTestId("part-link").click()
      await expect(page).toHaveURL(`/${lang}/countries/${slug}/exchanges/`)
      const full = page.locator("#exchanges")
      await expect(full.getByRole("heading", { name: COMMISSIONS[lang] })).toHaveCount(
        commissions.length > 0 ? 1 : 0,
      )
      for (const c of commissions) await expect(full).toContainText(localize(c.name, lang))
    }
  })

  test(`the ${slug} page counts its claims by their check and links to all of them`, async ({
    page,
  }) => {
    const { claims } = view
    for (const lang of LANGS) {
      await page.goto(`/${lang}/countries/${slug}/`)
      const section = page.locator("#claims")
      if (claims.length === 0) {
        await expect(section.getByTestId("part-link")).toHaveCount(0)
        continue
      }
      const present = CLAIM_STATUSES.filter((s) => claims.some((c) => c.result.status === s))
      await expect(section.locator("li[data-status]")).toHaveCount(present.length)
      for (const status of present) {
        const item = section.locator(`li[data-status="${status}"]`)
        await expect(item).toContainText(label("claimStatus", status, lang))
        await expect(item.locator("strong")).toHaveText(
          String(claims.filter((c) => c.result.status === status).length),
        )
      }
      const all = section.getByTestId("part-link")
      await expect(all).toHaveAttribute("href", `/${lang}/countries/${slug}/claims/`)
      await expect(all).toContainText(String(claims.length))
      await all.click()
      await expect(page).toHaveURL(`/${lang}/countries/${slug}/claims/`)
      await expect(page.locator('li[id^="claim-"]')).toHaveCount(claims.length)
      for (const { claim, result } of claims) {
        await expect(page.locator(`#claim-${claim.id}`)).toContainText(result.explanation[lang])
      }
    }
  })

  test(`the ${slug} page links to all its indicators, agreements, statements and cooperation facts`, async ({
    page,
  }) => {
    const parts = [
      { part: "indicators", ids: view.facts.indicators.map((s) => s.id) },
      { part: "agreements", ids: view.facts.agreements.map((a) => a.id) },
      { part: "statements", ids: view.facts.statements.map((s) => s.id) },
      { part: "cooperation", ids: cooperationIds(view.facts).map((f) => f.id) },
    ] as const
    for (const lang of LANGS) {
      for (const { part, ids } of parts) {
        await page.goto(`/${lang}/countries/${slug}/`)
        const all = page.locator(`#${part}`).getByTestId("part-link")
        if (ids.length === 0) {
          await expect(all).toHaveCount(0)
          continue
        }
        await expect(all).toContainText(String(ids.length))
        await all.click()
        await expect(page).toHaveURL(`/${lang}/countries/${slug}/${part}/`)
        const prefix =
          part === "indicators" ? "indicator-" : part === "agreements" ? "agreement-" : "fact-"
        // Indicators are articles (their headings' ids share the prefix); the others list items.
        const entry = part === "indicators" ? 'article[id^="indicator-"]' : `[id^="${prefix}"]`
        await expect(page.locator(`#${part} ${entry}`)).toHaveCount(ids.length)
        for (const id of ids) await expect(page.locator(`#${prefix}${id}`)).toHaveCount(1)
      }
    }
  })

  test(`the ${slug} page's cooperation kinds lead to their cards`, async ({ page }) => {
    for (const lang of LANGS) {
      await page.goto(`/${lang}/countries/${slug}/`)
      // One item per kind the relation has: a link to its card and how many facts it lists.
      const kinds = page.locator("#cooperation li")
      const hrefs = await kinds
        .locator("a")
        .evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))
      expect(hrefs.length > 0).toBe(cooperationIds(view.facts).length > 0)
      for (const [i, href] of hrefs.entries()) {
        expect(href).toMatch(new RegExp(`^/${lang}/countries/${slug}/cooperation/#cooperation-`))
        await page.goto(`/${lang}/countries/${slug}/`)
        const count = Number(await kinds.nth(i).locator("span").textContent())
        await kinds.nth(i).locator("a").click()
        const card = page.locator(`#${href.split("#")[1]}`)
        await expect(card).toBeInViewport()
        // The count beside the kind is the number of facts its card lists.
        await expect(card.locator('[id^="fact-"]')).toHaveCount(count)
      }
    }
  })

  test(`the ${slug} pages under the relation keep its head, a way back and the language`, async ({
    page,
  }) => {
    // It opens each of the relation's pages in both languages and follows the way back.
    test.slow()
    for (const lang of LANGS) {
      for (const part of RELATION_PARTS) {
        const path = `/${lang}/countries/${slug}/${part}/`
        await page.goto(path)
        await expect(page.locator("h1")).toHaveText(view.title[lang])
        await expect(page.locator(`#${part} h2`)).toBeVisible()
        const nav = page.getByRole("navigation", { name: PARTS_NAV[lang] })
        await expect(nav.locator(`a[href="${path}"]`)).toHaveAttribute("aria-current", "page")
        await nav.locator(`a[href="/${lang}/countries/${slug}/"]`).click()
        await expect(page).toHaveURL(`/${lang}/countries/${slug}/`)
      }
    }
    await page.goto(`/vi/countries/${slug}/claims/`)
    await page.getByTestId("lang-switch").click()
    await expect(page).toHaveURL(`/en/countries/${slug}/claims/`)
    await expect(page.locator("h1")).toHaveText(view.title.en)
  })
}

test("every in-site link with a fragment lands on an element with that id", async ({
  page,
  request,
}) => {
  const targets = await fragmentLinks(request, index)
  expect(await unlanded(request, targets)).toEqual([])
  // Each indicator, agreement, claim, statement and cooperation fact is quoted on a source page,
  // which links to it on
  // its relation's page for that part.
  for (const { relation, slug, view } of relations) {
    const expected = [
      ...view.facts.indicators.map((s) => `indicators/#indicator-${s.id}`),
      // An agreement of several relations is linked on its first relation's page.
      ...index.dataset.agreements
        .filter((a) => a.relations[0] === relation.id)
        .map((a) => `agreements/#agreement-${a.id}`),
      ...view.claims.map(({ claim }) => `claims/#claim-${claim.id}`),
      ...view.facts.statements.map((s) => `statements/#fact-${s.id}`),
      ...cooperationIds(view.facts).map((f) => `cooperation/#fact-${f.id}`),
    ]
    for (const lang of LANGS) {
      for (const end of expected) {
        expect(targets, end).toContain(`/${lang}/countries/${slug}/${end}`)
      }
    }
  }
  expect(index.dataset.claims.length).toBeGreaterThan(0)
  // Following one such link scrolls to its entry.
  const first = [...targets].find((t) => t.includes("/claims/#"))
  if (!first) throw new Error("the site should link to a claim")
  await page.goto(first)
  await expect(page.locator(`#${first.split("#")[1]}`)).toBeInViewport()
})
