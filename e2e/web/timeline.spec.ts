import { expect, index, test } from "./fixtures"

const total = index.events().length
const countOf = (relationId: string) => index.events({ relation: relationId }).length

test("choosing a country filters the events and writes the filter into the URL", async ({
  page,
}) => {
  await page.goto("/vi/timeline/")
  await expect(page.getByTestId("timeline-count")).toHaveText(
    `Hiển thị ${total} trên ${total} sự kiện`,
  )
  await page.getByLabel("Quốc gia").selectOption("kz")
  await expect(page).toHaveURL(/\/vi\/timeline\/\?country=kz$/)
  const n = countOf("vn-kz")
  await expect(page.getByTestId("timeline-count")).toHaveText(`Hiển thị ${n} trên ${total} sự kiện`)
  await expect(page.locator("li.event")).toHaveCount(n)
  for (const badge of await page.locator("li.event .event__meta a.badge").allInnerTexts()) {
    expect(badge).toBe("Kazakhstan")
  }
})

test("a shared URL restores its filters", async ({ page }) => {
  await page.goto("/en/timeline/?country=kg&kind=Visit")
  await expect(page.getByLabel("Country")).toHaveValue("kg")
  await expect(page.getByLabel("Kind")).toHaveValue("Visit")
  const n = index.events({ relation: "vn-kg", kind: "Visit" }).length
  await expect(page.locator("li.event")).toHaveCount(n)
  await expect(page.locator('li.event[data-kind="Visit"]')).toHaveCount(n)
})

test("level and period filters narrow the list", async ({ page }) => {
  await page.goto("/en/timeline/")
  await page.getByLabel("From year").selectOption("2025")
  await page.getByLabel("To year").selectOption("2025")
  await expect(page).toHaveURL(/from=2025&to=2025/)
  const years = await page.locator(".timeline__year").allInnerTexts()
  expect(years).toEqual(["2025"])
  await expect(page.locator("li.event")).toHaveCount(index.events({ from: 2025, to: 2025 }).length)

  await page.getByLabel("Level").selectOption("party")
  await expect(page).toHaveURL(/level=party/)
  await expect(page.locator("li.event")).toHaveCount(
    index.events({ from: 2025, to: 2025, level: "party" }).length,
  )
})

test("a person's events are one filter away, and clearing the filters shows everything", async ({
  page,
}) => {
  await page.goto("/vi/timeline/?person=le-thi-thu-hang")
  const n = index.events({ person: "le-thi-thu-hang" }).length
  expect(n).toBeGreaterThan(0)
  await expect(page.locator("li.event")).toHaveCount(n)
  await page.getByRole("button", { name: "Xóa bộ lọc" }).click()
  await expect(page).toHaveURL(/\/vi\/timeline\/$/)
  await expect(page.locator("li.event")).toHaveCount(total)
})

test("filters that match nothing say so", async ({ page }) => {
  await page.goto("/en/timeline/?country=kg&level=party")
  await expect(page.getByText("No event matches these filters.")).toBeVisible()
})
