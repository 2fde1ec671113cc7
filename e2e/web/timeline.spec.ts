import { startYear } from "@bilateral/domain"
import { expect, index, relationLabel, relations, test } from "./fixtures"

const total = index.events().length
const first = relations[0]
const last = relations[relations.length - 1]
if (!first || !last) throw new Error("the timeline tests need a relation")

test("choosing a country filters the events and writes the filter into the URL", async ({
  page,
}) => {
  await page.goto("/vi/timeline/")
  await expect(page.getByTestId("timeline-count")).toHaveText(
    `Hiển thị ${total} trên ${total} sự kiện`,
  )
  await page.getByLabel("Quốc gia").selectOption(first.slug)
  await expect(page).toHaveURL(new RegExp(`/vi/timeline/\\?country=${first.slug}$`))
  const n = index.events({ relation: first.relation.id }).length
  await expect(page.getByTestId("timeline-count")).toHaveText(`Hiển thị ${n} trên ${total} sự kiện`)
  await expect(page.locator("li[data-kind]")).toHaveCount(n)
  for (const badge of await page
    .locator('li[data-kind] a[href*="/countries/"]:not([href*="#"])')
    .allInnerTexts()) {
    expect(badge).toBe(relationLabel(first.relation, "vi"))
  }
})

test("a shared URL restores its filters", async ({ page }) => {
  await page.goto(`/en/timeline/?country=${last.slug}&kind=Visit`)
  await expect(page.getByLabel("Country")).toHaveValue(last.slug)
  await expect(page.getByLabel("Kind")).toHaveValue("Visit")
  const n = index.events({ relation: last.relation.id, kind: "Visit" }).length
  await expect(page.locator("li[data-kind]")).toHaveCount(n)
  await expect(page.locator('li[data-kind="Visit"]')).toHaveCount(n)
})

test("each relation has its whole timeline on a page of its own", async ({ page }) => {
  await page.goto(`/en/timeline/${last.slug}/`)
  await expect(page.getByLabel("Country")).toHaveValue(last.slug)
  await expect(page.locator("li[data-kind]")).toHaveCount(
    index.events({ relation: last.relation.id }).length,
  )
})

test("level and period filters narrow the list", async ({ page }) => {
  const dated = index.events().filter((e) => e.date !== undefined)
  const latest = dated[dated.length - 1]
  if (!latest?.date) throw new Error("the dataset should have a dated event")
  const year = startYear(latest.date)
  await page.goto("/en/timeline/")
  await page.getByLabel("From year").selectOption(String(year))
  await page.getByLabel("To year").selectOption(String(year))
  await expect(page).toHaveURL(new RegExp(`from=${year}&to=${year}`))
  const years = await page.getByRole("main").getByRole("heading", { level: 2 }).allInnerTexts()
  expect(years).toEqual([String(year)])
  await expect(page.locator("li[data-kind]")).toHaveCount(
    index.events({ from: year, to: year }).length,
  )

  await page.getByLabel("Level").selectOption(latest.level)
  await expect(page).toHaveURL(new RegExp(`level=${latest.level}`))
  await expect(page.locator("li[data-kind]")).toHaveCount(
    index.events({ from: year, to: year, level: latest.level }).length,
  )
})

test("a person's events are one filter away, and clearing the filters shows everything", async ({
  page,
}) => {
  const person = index.dataset.people.find((p) => index.events({ person: p.id }).length > 0)
  if (!person) throw new Error("the dataset should name a person in an event")
  await page.goto(`/vi/timeline/?person=${person.id}`)
  const n = index.events({ person: person.id }).length
  await expect(page.locator("li[data-kind]")).toHaveCount(n)
  await page.getByRole("button", { name: "Xóa bộ lọc" }).click()
  await expect(page).toHaveURL(/\/vi\/timeline\/$/)
  await expect(page.locator("li[data-kind]")).toHaveCount(total)
})

test("filters that match nothing say so", async ({ page }) => {
  // A level some event has, and a relation none of whose events has it.
  const levels = [...new Set(index.events().map((e) => e.level))]
  const empty = relations
    .flatMap(({ relation, slug }) => levels.map((level) => ({ relation, slug, level })))
    .find(({ relation, level }) => index.events({ relation: relation.id, level }).length === 0)
  const query = empty ? `country=${empty.slug}&level=${empty.level}` : "from=1000&to=1000"
  await page.goto(`/en/timeline/?${query}`)
  await expect(page.getByText("No event matches these filters.")).toBeVisible()
})
