import { expect, searchBox, searchResults, test } from "./fixtures"

test("search finds a person without diacritics and opens their events", async ({ page }) => {
  await page.goto("/vi/")
  const box = searchBox(page)
  await box.fill("to lam")
  const option = searchResults(page).getByRole("option", { name: /^Tô Lâm/ })
  await expect(option).toBeVisible()
  await box.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/)
  await box.press("Enter")
  await expect(page).toHaveURL("/vi/timeline/?person=to-lam")
  await expect(page.getByLabel("Nhân vật")).toHaveValue("to-lam")
  await expect(page.locator("li.event").first()).toContainText("Tô Lâm")
})

test("search is on every page and '/' focuses it", async ({ page }) => {
  await page.goto("/en/sources/")
  await page.locator("body").press("/")
  await expect(searchBox(page)).toBeFocused()
})

test("a country hit opens the relation page", async ({ page }) => {
  await page.goto("/en/timeline/")
  await searchBox(page).fill("kyrgyz")
  await searchResults(page)
    .getByRole("option", { name: /^Kyrgyzstan/ })
    .first()
    .click()
  await expect(page).toHaveURL("/en/countries/kg/")
})

test("places and agreements are found and lead to their entry", async ({ page }) => {
  await page.goto("/en/")
  await searchBox(page).fill("Da Nang")
  await expect(
    searchResults(page)
      .getByRole("option", { name: /Đà Nẵng/ })
      .first(),
  ).toBeVisible()
  await searchBox(page).fill("visa")
  const agreement = searchResults(page).getByRole("option", { name: /visa/i }).first()
  await expect(agreement).toBeVisible()
  await agreement.click()
  await expect(page).toHaveURL(/\/en\/countries\/kz\/#agreement-/)
})

test("no match says so, and Escape closes the results", async ({ page }) => {
  await page.goto("/en/")
  const box = searchBox(page)
  await box.fill("zzzqqq")
  await expect(page.getByText("No results for “zzzqqq”.")).toBeVisible()
  await box.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
})
