import { expect, index, relations, test } from "./fixtures"

test("the overview leads to each relation's page", async ({ page }) => {
  for (const { slug, relation } of relations) {
    await page.goto("/vi/")
    const partner = index.country(relation.countries[1])?.name.vi ?? ""
    await page.locator(`#card-${slug}`).getByRole("link").click()
    await expect(page).toHaveURL(`/vi/countries/${slug}/`)
    await expect(page.locator("h1")).toHaveText(`Việt Nam – ${partner}`)
  }
})

test("the main navigation reaches every section and marks the current one", async ({ page }) => {
  await page.goto("/en/")
  const nav = page.getByRole("navigation", { name: "Main navigation" })
  for (const [label, path] of [
    ["Timeline", "/en/timeline/"],
    ["Compare", "/en/compare/"],
    ["Sources", "/en/sources/"],
    ["Downloads", "/en/downloads/"],
    ["Overview", "/en/"],
  ] as const) {
    await nav.getByRole("link", { name: label }).click()
    await expect(page).toHaveURL(path)
    await expect(nav.getByRole("link", { name: label })).toHaveAttribute("aria-current", "page")
  }
})

test("the breadcrumb leads back to the overview", async ({ page }) => {
  await page.goto(`/en/countries/${relations[0]?.slug}/`)
  await page
    .getByRole("navigation", { name: "Breadcrumb" })
    .getByRole("link", { name: "Overview" })
    .click()
  await expect(page).toHaveURL("/en/")
})

test("the skip link is the first stop of the keyboard and moves focus to the content", async ({
  page,
}) => {
  await page.goto("/vi/timeline/")
  await page.keyboard.press("Tab")
  const skip = page.getByRole("link", { name: "Bỏ qua, tới nội dung chính" })
  await expect(skip).toBeFocused()
  await expect(skip).toBeInViewport()
  await page.keyboard.press("Enter")
  await expect(page.locator("main#main")).toBeFocused()
})

test("focused links show a visible outline", async ({ page }) => {
  await page.goto("/en/")
  await page.keyboard.press("Tab")
  await page.keyboard.press("Tab")
  const outline = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement
    const style = getComputedStyle(el)
    return { width: Number.parseFloat(style.outlineWidth), style: style.outlineStyle }
  })
  expect(outline.style).not.toBe("none")
  expect(outline.width).toBeGreaterThanOrEqual(2)
})

test("a relation's in-page links lead to its sections", async ({ page }) => {
  await page.goto(`/en/countries/${relations[relations.length - 1]?.slug}/`)
  for (const id of ["key-facts", "indicators", "exchanges", "agreements", "claims"]) {
    await page
      .getByRole("navigation", { name: "Relation profile" })
      .locator(`a[href="#${id}"]`)
      .click()
    await expect(page.locator(`#${id}`)).toBeInViewport()
  }
})
