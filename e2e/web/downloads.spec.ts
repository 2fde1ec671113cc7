import { parseCsv } from "../../packages/data/test/csv"
import { expect, index, relations, test } from "./fixtures"

const ISO = /^(\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?|(early|mid|late)-\d{4})$/

test("the downloads page links to the JSON and CSV files and documents the format", async ({
  page,
}) => {
  await page.goto("/en/downloads/")
  await expect(page.getByRole("link", { name: "bilateral.json" })).toHaveAttribute(
    "href",
    "/downloads/bilateral.json",
  )
  await expect(page.getByRole("link", { name: "bilateral.csv" })).toHaveAttribute(
    "href",
    "/downloads/bilateral.csv",
  )
  await expect(page.locator("#format")).toBeVisible()
  await expect(page.locator("main")).toContainText("formatVersion")
  await expect(page.locator("main")).toContainText("13500000")
})

test("the overview and each relation page link to the downloads", async ({ page }) => {
  await page.goto("/vi/")
  await page
    .locator("main")
    .getByRole("link", { name: /Tải toàn bộ dữ liệu/ })
    .click()
  await expect(page).toHaveURL("/vi/downloads/")
  await page.goto(`/vi/countries/${relations[0]?.slug}/`)
  await expect(page.locator('footer a[href="/vi/downloads/"]')).toBeVisible()
})

test("the JSON export follows the interchange format", async ({ request }) => {
  const response = await request.get("/downloads/bilateral.json")
  expect(response.ok()).toBe(true)
  const doc = await response.json()
  expect(doc.formatVersion).toMatch(/^\d+\.\d+\.\d+$/)
  expect(doc.relations).toHaveLength(index.relations.length)
  expect(doc.events).toHaveLength(index.dataset.events.length)
  for (const event of doc.events) {
    if (event.date !== undefined) expect(event.date).toMatch(ISO)
    expect(event.provenance.length).toBeGreaterThan(0)
    for (const p of event.provenance) {
      expect(typeof p.source).toBe("string")
      expect(typeof p.quote).toBe("string")
    }
  }
  // Each relation's latest trade figure, in base units with its unit and qualifier beside it.
  const traded = relations.filter((r) => r.view.latestTrade !== undefined)
  expect(traded.length).toBeGreaterThan(0)
  for (const { view } of traded) {
    const latest = view.latestTrade
    if (!latest) continue
    const series = doc.indicators.find((s: { id: string }) => s.id === latest.series.id)
    const values = series.observations.map((o: { value: unknown }) => o.value)
    expect(values).toContainEqual(
      expect.objectContaining({
        value: latest.observation.value.value,
        unit: latest.observation.value.unit,
        qualifier: latest.observation.value.qualifier,
      }),
    )
  }
})

test("the CSV export parses, with a header and one row per fact", async ({ request }) => {
  const response = await request.get("/downloads/bilateral.csv")
  expect(response.ok()).toBe(true)
  const text = await response.text()
  expect(text.charCodeAt(0)).toBe(0xfeff)
  const rows = parseCsv(text.slice(1))
  const [header, ...body] = rows
  expect(header?.slice(0, 4)).toEqual(["table", "id", "relation", "kind"])
  expect(header).toContain("quote")
  for (const row of body) expect(row).toHaveLength(header?.length ?? 0)
  const tables = new Set(body.map((r) => r[0]))
  for (const t of ["events", "agreements", "indicators", "claims"]) expect(tables).toContain(t)
  const events = body.filter((r) => r[0] === "events")
  expect(events).toHaveLength(index.dataset.events.length)
  const quote = header?.indexOf("quote") ?? -1
  expect(events.every((r) => (r[quote] ?? "").length > 0)).toBe(true)
})
