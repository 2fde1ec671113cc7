import { charted, expect, LANGS, relations, searchBox, sitePaths, test } from "./fixtures"

const NAV = { vi: "Điều hướng chính", en: "Main navigation" } as const
const SWITCH = { vi: "English", en: "Tiếng Việt" } as const

for (const lang of LANGS) {
  for (const path of sitePaths()) {
    test(`/${lang}/${path} renders in its language with one heading, the navigation and search`, async ({
      page,
    }) => {
      const response = await page.goto(`/${lang}/${path}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator("html")).toHaveAttribute("lang", lang)
      await expect(page).toHaveTitle(/Bilateral/)
      await expect(page.locator("h1")).toHaveCount(1)
      await expect(page.getByRole("main")).toBeVisible()
      await expect(page.getByRole("navigation", { name: NAV[lang] })).toBeVisible()
      await expect(searchBox(page)).toBeVisible()
      await expect(page.getByTestId("lang-switch")).toHaveText(SWITCH[lang])
      // Every chart has a text alternative, and every table a caption or a header row.
      for (const svg of await page.locator("svg[role=img]").all()) {
        expect(await svg.getAttribute("aria-label")).toBeTruthy()
      }
    })
  }
}

test("English pages show no Vietnamese interface text", async ({ page }) => {
  // It opens every page of the site, whose number grows with the relations (nine each).
  test.slow()
  for (const path of sitePaths()) {
    await page.goto(`/en/${path}`)
    const chrome = await page
      .locator("header, footer, nav, h2, th[scope=col], label")
      .allInnerTexts()
    // Interface words of the Vietnamese dictionary; names and quotes may be Vietnamese, labels not.
    for (const word of [
      "Tổng quan",
      "Dòng thời gian",
      "So sánh",
      "Nguồn",
      "Tải dữ liệu",
      "Thời điểm",
      "Giá trị",
    ]) {
      expect(chrome.join(" | "), `${word} on /en/${path}`).not.toContain(word)
    }
  }
})

test("a relation's indicators page draws every chart with growth labels and a data table beside it", async ({
  page,
}) => {
  if (!charted) throw new Error("the dataset should have a series with a trend")
  const trends = charted.view.facts.indicators.filter(
    (s) => s.observations.filter((o) => o.date).length >= 2,
  )
  // The relation page charts the first of them; its indicators page charts them all.
  await page.goto(`/vi/countries/${charted.slug}/`)
  await expect(page.getByTestId("series").first()).toBeVisible()
  await page.goto(`/vi/countries/${charted.slug}/indicators/`)
  const series = page.getByTestId("series")
  expect(await series.count()).toBeGreaterThanOrEqual(trends.length > 0 ? 1 : 0)
  for (const article of await series.all()) {
    await expect(article.getByTestId("chart-wide")).toBeVisible()
    await expect(article.getByTestId("chart-wide").getByTestId("growth").first()).toHaveText(
      /^[+−-]?[\d.,]+%$/,
    )
    await expect(article.locator("table caption")).toContainText("Bảng số liệu")
  }
})

test("a relation's status page shows its status timeline, each change's label linked to its quote", async ({
  page,
}) => {
  const withStatus = relations.find(({ view }) => view.status.length > 0)
  expect(withStatus, "a relation with a status timeline in the dataset").toBeDefined()
  if (!withStatus) return
  for (const lang of LANGS) {
    await page.goto(`/${lang}/countries/${withStatus.slug}/status/`)
    const items = page.locator("#status li")
    await expect(items).toHaveCount(withStatus.view.status.length)
    for (const [i, change] of withStatus.view.status.entries()) {
      const link = items.nth(i).locator("a.cite").first()
      await expect(link).toHaveText(change.label[lang])
      await expect(link).toHaveAttribute("href", /\/sources\/[^/]+\/#/)
    }
  }
})
