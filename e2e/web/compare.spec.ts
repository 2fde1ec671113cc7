import { expect, test } from "./fixtures"

test("the compare page puts two relations side by side on the same rows", async ({ page }) => {
  await page.goto("/en/compare/")
  const headers = page.locator(".compare-table thead th")
  await expect(headers).toHaveCount(4)
  await expect(headers.nth(1)).toContainText("Kyrgyzstan")
  await expect(headers.nth(2)).toContainText("Kazakhstan")
  const rows = page.locator(".compare-table tbody tr")
  expect(await rows.count()).toBeGreaterThan(8)
  for (const row of await rows.all()) await expect(row.locator("td")).toHaveCount(3)
  await expect(page.locator('tr[data-key="latest-trade"] td.higher')).toHaveCount(1)
  await expect(page.locator('tr[data-key="latest-trade"]')).toHaveClass(/differs/)
  await expect(page.locator('tr[data-key="age"]')).not.toHaveClass(/differs/)
})

test("the pair is chosen in the URL, from the picker or the swap link", async ({ page }) => {
  await page.goto("/vi/compare/")
  await page.getByLabel("Bên trái").selectOption("kz")
  await page.getByLabel("Bên phải").selectOption("kg")
  await page.getByRole("button", { name: "So sánh" }).click()
  await expect(page).toHaveURL("/vi/compare/kz-kg/")
  await expect(page.locator(".compare-table thead th").nth(1)).toContainText("Kazakhstan")
  await page.getByRole("link", { name: /Đổi chỗ/ }).click()
  await expect(page).toHaveURL("/vi/compare/kg-kz/")
  await expect(page.locator(".compare-table thead th").nth(1)).toContainText("Kyrgyzstan")
})

test("a pair given as a query leads to that pair's page", async ({ page }) => {
  await page.goto("/en/compare/?a=kz&b=kg")
  await expect(page).toHaveURL("/en/compare/kz-kg/")
  await expect(page.locator("h1")).toHaveText("Kazakhstan – Kyrgyzstan")
})

test("the same relation on both sides cannot be compared", async ({ page }) => {
  await page.goto("/en/compare/kg-kz/")
  await page.getByLabel("Right").selectOption("kg")
  await expect(page.getByRole("button", { name: "Compare" })).toBeDisabled()
  await expect(page.getByRole("status")).toHaveText("Choose two different relations.")
})

test("compared figures link to where they come from", async ({ page }) => {
  await page.goto("/en/compare/kz-kg/")
  const trade = page.locator('tr[data-key="latest-trade"] td a').first()
  await expect(trade).toHaveAttribute("href", /^\/en\/sources\/[a-z0-9-]+\/#q-[0-9a-z]+$/)
})

test("every known figure links to its quote, and every count to the facts it counts", async ({
  page,
}) => {
  await page.goto("/en/compare/kz-kg/")
  const sourced = /^(established|age|latest-.+|growth-.+)$/
  const quotes = new Map<string, string>()
  let checked = 0
  for (const row of await page.locator(".compare-table tbody tr").all()) {
    const key = (await row.getAttribute("data-key")) ?? ""
    for (const cell of await row.locator("td[data-side]").all()) {
      const link = cell.locator("a").first()
      if ((await link.count()) === 0) {
        // Only an unknown value has no link.
        await expect(cell).toHaveText(/^—/)
        continue
      }
      const href = (await link.getAttribute("href")) ?? ""
      if (sourced.test(key)) {
        expect(href, key).toMatch(/^\/en\/sources\/[a-z0-9-]+\/#q-[0-9a-z]+$/)
        quotes.set(href, ((await link.getAttribute("title")) ?? "").replace(/^“|”$/g, ""))
      } else {
        expect(href, key).toMatch(/^\/en\/(timeline|countries\/[a-z]{2})\//)
      }
      checked++
    }
  }
  expect(checked).toBeGreaterThan(12)
  expect(quotes.size).toBeGreaterThan(4)
  // Each link lands on its quote: the text the link's title shows.
  for (const [href, quote] of quotes) {
    await page.goto(href)
    const anchor = href.split("#")[1] ?? ""
    await expect(page.locator(`#${anchor} blockquote`), href).toHaveText(quote)
  }
})
