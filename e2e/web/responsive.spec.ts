import { charted, expect, LANGS, relations, searchBox, sitePaths, test } from "./fixtures"

test.use({ viewport: { width: 360, height: 740 } })

for (const lang of LANGS) {
  test(`every ${lang} page fits a 360 px wide screen`, async ({ page }) => {
    // It opens every page of the site, whose number grows with the relations (nine each).
    test.slow()
    for (const path of sitePaths()) {
      await page.goto(`/${lang}/${path}`)
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      )
      expect(overflow, `/${lang}/${path} scrolls sideways`).toBeLessThanOrEqual(0)
      await expect(searchBox(page)).toBeVisible()
    }
  })
}

test("on a phone, charts switch to horizontal bars that stay legible", async ({ page }) => {
  await page.goto(`/vi/countries/${charted?.slug}/`)
  const chart = page.getByTestId("series").first()
  await expect(chart.getByTestId("chart-narrow")).toBeVisible()
  await expect(chart.getByTestId("chart-wide")).toBeHidden()
  // Every label of the bars (dates, values, growth) is drawn at least 11 px high.
  const sizes = await chart
    .getByTestId("chart-narrow")
    .locator("text")
    .evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height))
  expect(sizes.length).toBeGreaterThan(0)
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11)
})

test("on a phone, every label of every chart lies inside its chart", async ({ page }) => {
  for (const { slug } of relations) {
    await page.goto(`/vi/countries/${slug}/indicators/`)
    for (const svg of await page.getByTestId("chart-narrow").all()) {
      const box = await svg.boundingBox()
      if (box === null) continue
      const edges = await svg
        .locator("text")
        .evaluateAll((els) => els.map((el) => el.getBoundingClientRect()))
      for (const r of edges) {
        expect(r.left, slug).toBeGreaterThanOrEqual(box.x - 1)
        expect(r.right, slug).toBeLessThanOrEqual(box.x + box.width + 1)
      }
    }
  }
})

test("on a phone, the main navigation scrolls and every link can be reached", async ({ page }) => {
  await page.goto("/en/")
  const last = page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Downloads" })
  await last.scrollIntoViewIfNeeded()
  await last.click()
  await expect(page).toHaveURL("/en/downloads/")
})
