import { expect, test } from "./fixtures"

test("the language switch opens the same page in the other language", async ({ page }) => {
  await page.goto("/vi/countries/kz/")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL("/en/countries/kz/")
  await expect(page.locator("html")).toHaveAttribute("lang", "en")
  await expect(page.locator("h1")).toHaveText("Vietnam – Kazakhstan")
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL("/vi/countries/kz/")
  await expect(page.locator("h1")).toHaveText("Việt Nam – Kazakhstan")
})

test("switching language keeps the timeline's filters", async ({ page }) => {
  await page.goto("/vi/timeline/?country=kg&kind=Visit")
  await page.getByRole("link", { name: "English" }).click()
  await expect(page).toHaveURL("/en/timeline/?country=kg&kind=Visit")
  await expect(page.getByLabel("Country")).toHaveValue("kg")
})

test("switching language keeps the quote a source page was opened at", async ({ page }) => {
  await page.goto("/en/sources/")
  await page.locator(".fact-list a").first().click()
  const anchor = await page.locator("figure.quote").first().getAttribute("id")
  await page.goto(`${new URL(page.url()).pathname}#${anchor}`)
  await page.getByRole("link", { name: "Tiếng Việt" }).click()
  await expect(page).toHaveURL(new RegExp(`^http://[^/]+/vi/sources/[a-z0-9-]+/#${anchor}$`))
  await expect(page.locator(`#${anchor}`)).toBeInViewport()
})

test("numbers and dates follow the page's language", async ({ page }) => {
  await page.goto("/vi/countries/kg/")
  await expect(page.locator("#indicators")).toContainText("13,5 triệu USD")
  await page.goto("/en/countries/kg/")
  await expect(page.locator("#indicators")).toContainText("13.5 million USD")
  await page.goto("/en/countries/kz/")
  await expect(page.locator("#indicators")).toContainText("150,000 visitors")
})
