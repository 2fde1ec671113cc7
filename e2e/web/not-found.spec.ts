import { expect, test } from "./fixtures"

test("an unknown address gets a real 404 page in both languages", async ({
  page,
  consoleErrors,
}) => {
  const response = await page.goto("/vi/no-such-page/")
  expect(response?.status()).toBe(404)
  await expect(page.locator("h1")).toHaveText("Không tìm thấy trang")
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible()
  await page.getByRole("link", { name: "Go to the overview" }).click()
  await expect(page).toHaveURL("/en/")
  // The browser reports the 404 response itself; nothing else may fail.
  const others = consoleErrors.filter((e) => !/status of 404/.test(e))
  consoleErrors.length = 0
  expect(others).toEqual([])
})

test("an unknown relation is a 404 too", async ({ page, consoleErrors }) => {
  const response = await page.goto("/en/countries/xx/")
  expect(response?.status()).toBe(404)
  consoleErrors.length = 0
})

test("the root address leads to the Vietnamese site", async ({ page }) => {
  await page.goto("/")
  await expect(page).toHaveURL("/vi/")
  await expect(page.locator("html")).toHaveAttribute("lang", "vi")
})
