import { formatQuantity } from "@bilateral/domain"
import { expect, relations, test } from "./fixtures"

const first = relations[0]
if (!first) throw new Error("the language tests need a relation")

test("the language switch opens the same page in the other language", async ({ page }) => {
  await page.goto(`/vi/countries/${first.slug}/`)
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(`/en/countries/${first.slug}/`)
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.locator("h1")).toHaveText(first.view.title.en)
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(`/vi/countries/${first.slug}/`)
  await expect(page.locator("h1")).toHaveText(first.view.title.vi)
})

test("switching language keeps the timeline's filters", async ({ page }) => {
  await page.goto(`/vi/timeline/?country=${first.slug}&kind=Visit`)
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL(`/en/timeline/?country=${first.slug}&kind=Visit`)
  await expect(page.getByLabel("Country")).toHaveValue(first.slug)
  await expect(page.getByLabel("Kind")).toHaveValue("Visit")
})

test("switching language keeps the quote a source page was opened at", async ({ page }) => {
  await page.goto("/en/sources/")
  await page.getByRole("main").locator('a[href^="/en/sources/"]').first().click()
  const anchor = await page.getByTestId("quote").first().getAttribute("id")
  await page.goto(`${new URL(page.url()).pathname}#${anchor}`)
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+/vi/sources/[a-z0-9-]+/#${anchor}$`))
  await expect(page.locator(`#${anchor}`)).toBeInViewport()
})

test("numbers follow the page's language", async ({ page }) => {
  const traded = relations.filter((r) => r.view.latestTrade !== undefined)
  expect(traded.length).toBeGreaterThan(0)
  for (const { slug, view } of traded) {
    const value = view.latestTrade?.observation.value
    if (value === undefined) continue
    for (const lang of ["vi", "en"] as const) {
      await page.goto(`/${lang}/countries/${slug}/`)
      await expect(page.getByTestId("key-figures")).toContainText(formatQuantity(value, lang))
    }
    expect(formatQuantity(value, "vi")).not.toBe(formatQuantity(value, "en"))
  }
})
