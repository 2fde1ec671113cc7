import { expect, relationLabel, relations, test } from "./fixtures"

// Two relations of the dataset, whatever it holds: the first and the last.
const first = relations[0]
const last = relations[relations.length - 1]
if (!first || !last || first === last) throw new Error("the compare tests need two relations")

test("the compare page puts the first two relations side by side on the same rows", async ({
  page,
}) => {
  await page.goto("/en/compare/")
  const headers = page.getByTestId("compare-table").locator("thead th")
  await expect(headers).toHaveCount(4)
  const second = relations[1]
  await expect(headers.nth(1)).toContainText(relationLabel(first.relation, "en"))
  await expect(headers.nth(2)).toContainText(
    relationLabel(second?.relation ?? first.relation, "en"),
  )
  const rows = page.getByTestId("compare-table").locator("tbody tr")
  expect(await rows.count()).toBeGreaterThan(5)
  for (const row of await rows.all()) await expect(row.locator("td")).toHaveCount(3)
})

test("two relations picked in the browser are compared, and the pair is kept in the URL", async ({
  page,
}) => {
  await page.goto("/vi/compare/")
  await page.getByLabel("Bên trái").selectOption(last.slug)
  await page.getByLabel("Bên phải").selectOption(first.slug)
  await page.getByRole("button", { name: "So sánh" }).click()
  await expect(page).toHaveURL(`/vi/compare/?a=${last.slug}&b=${first.slug}`)
  const headers = page.getByTestId("compare-table").locator("thead th")
  await expect(headers.nth(1)).toContainText(relationLabel(last.relation, "vi"))
  await expect(headers.nth(2)).toContainText(relationLabel(first.relation, "vi"))
  await page.getByRole("link", { name: /Đổi chỗ/ }).click()
  await expect(page).toHaveURL(`/vi/compare/?a=${first.slug}&b=${last.slug}`)
  await expect(headers.nth(1)).toContainText(relationLabel(first.relation, "vi"))
  await page.goBack()
  await expect(headers.nth(1)).toContainText(relationLabel(last.relation, "vi"))
})

test("a pair given in the query is shown from a shared link", async ({ page }) => {
  await page.goto(`/en/compare/?a=${last.slug}&b=${first.slug}`)
  await expect(page.getByTestId("compare-table").locator("thead th").nth(1)).toContainText(
    relationLabel(last.relation, "en"),
  )
  await expect(page.getByLabel("Left")).toHaveValue(last.slug)
})

test("the same relation on both sides cannot be compared", async ({ page }) => {
  await page.goto(`/en/compare/?a=${first.slug}&b=${last.slug}`)
  await page.getByLabel("Right").selectOption(first.slug)
  await expect(page.getByRole("button", { name: "Compare" })).toBeDisabled()
  await expect(page.getByRole("status")).toHaveText("Choose two different relations.")
})

test("the page fetches one small file per relation, not one per pair", async ({ page }) => {
  const fetched: string[] = []
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname
    if (path.startsWith("/compare-data/")) fetched.push(path)
  })
  await page.goto(`/en/compare/?a=${first.slug}&b=${last.slug}`)
  await expect(page.getByTestId("compare-table")).toBeVisible()
  expect(fetched.sort()).toEqual(
    [`/compare-data/${first.slug}.json`, `/compare-data/${last.slug}.json`].sort(),
  )
})

test("every known figure links to its quote, and every count to the facts it counts", async ({
  page,
}) => {
  await page.goto(`/en/compare/?a=${first.slug}&b=${last.slug}`)
  await expect(page.getByTestId("compare-table")).toBeVisible()
  const sourced = /^(established|age|latest-.+|growth-.+)$/
  const quotes = new Map<string, string>()
  let checked = 0
  for (const row of await page.getByTestId("compare-table").locator("tbody tr").all()) {
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
        expect(href, key).toMatch(/^\/en\/(timeline|countries\/[a-z0-9-]+)\//)
      }
      checked++
    }
  }
  expect(checked).toBeGreaterThan(4)
  expect(quotes.size).toBeGreaterThan(0)
  // Each link lands on its quote: the text the link's title shows.
  for (const [href, quote] of quotes) {
    await page.goto(href)
    const anchor = href.split("#")[1] ?? ""
    await expect(page.locator(`#${anchor} blockquote`), href).toHaveText(quote)
  }
})

test("each relation page leads to the compare page with that relation on the left", async ({
  page,
}) => {
  await page.goto(`/en/countries/${last.slug}/`)
  await page.getByRole("link", { name: "Compare with another relation" }).click()
  await expect(page).toHaveURL(`/en/compare/?a=${last.slug}`)
  await expect(page.getByLabel("Left")).toHaveValue(last.slug)
})
