import { expect, index, provenanceAnchor, relations, test } from "./fixtures"

test("each relation card shows its key figures, each linked to where it comes from", async ({
  page,
}) => {
  await page.goto("/en/")
  for (const { relation, slug } of relations) {
    const card = page.locator("article", { has: page.locator(`#card-${slug}`) })
    const figures = card.getByTestId("key-figures").locator("dd")
    await expect(figures).toHaveCount(4)
    const established = relation.established?.provenance[0]
    if (established) {
      await expect(figures.nth(0).locator("a.cite")).toHaveAttribute(
        "href",
        `/en/sources/${established.source}/#${provenanceAnchor(established)}`,
      )
    }
    await expect(figures.nth(1).locator("a.cite")).toHaveAttribute("href", /\/en\/sources\/.+#q-/)
    await expect(figures.nth(2).locator("a")).toHaveAttribute(
      "href",
      new RegExp(`^/en/timeline/\\?country=${slug}&kind=Visit&from=\\d{4}&to=\\d{4}$`),
    )
    await expect(figures.nth(3).locator("a.cite")).toHaveAttribute("href", /\/en\/sources\/.+#q-/)
  }
})

test("the overview lists the latest events, newest first", async ({ page }) => {
  await page.goto("/vi/")
  const ids = await page
    .locator("#recent ~ ol li[data-kind]")
    .evaluateAll((items) => items.map((li) => li.id.replace(/^event-/, "")))
  const dated = index.events().filter((e) => e.date !== undefined)
  const expected = dated
    .slice(-ids.length)
    .reverse()
    .map((e) => e.id)
  expect(ids.length).toBeGreaterThan(0)
  expect(ids).toEqual(expected)
})
