import { foldText } from "@bilateral/domain/text"
import { expect, index, partnerName, relations, searchBox, searchResults, test } from "./fixtures"

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

/** A person named in an event, preferably one whose name has diacritics. */
const named = index.dataset.people.filter((p) => index.events({ person: p.id }).length > 0)
const person = named.find((p) => foldText(p.name) !== p.name.toLowerCase()) ?? named[0]

test("search finds a person without diacritics and opens their events", async ({ page }) => {
  if (!person) throw new Error("the dataset should name a person in an event")
  await page.goto("/vi/")
  const box = searchBox(page)
  await box.fill(foldText(person.name))
  const option = searchResults(page).getByRole("option", {
    name: new RegExp(`^(${literal(person.honorific ?? "")}\\s)?${literal(person.name)}`),
  })
  await expect(option.first()).toBeVisible()
  await box.press("ArrowDown")
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/)
  await option.first().click()
  await expect(page).toHaveURL(`/vi/timeline/?person=${person.id}`)
  await expect(page.getByLabel("Nhân vật")).toHaveValue(person.id)
  await expect(page.locator("li[data-kind]").first()).toContainText(person.name)
})

test("search is on every page and '/' focuses it", async ({ page }) => {
  await page.goto("/en/sources/")
  await page.locator("body").press("/")
  await expect(searchBox(page)).toBeFocused()
})

test("a country hit opens the relation page", async ({ page }) => {
  const last = relations[relations.length - 1]
  if (!last) throw new Error("the dataset should have a relation")
  const name = partnerName(last.relation, "en")
  await page.goto("/en/timeline/")
  await searchBox(page).fill(foldText(name).slice(0, 6))
  await searchResults(page)
    .getByRole("option", { name: new RegExp(`^${literal(name)}`) })
    .first()
    .click()
  await expect(page).toHaveURL(`/en/countries/${last.slug}/`)
})

test("places and agreements are found and lead to their entry", async ({ page }) => {
  const place = index.dataset.events.flatMap((e) => e.places)[0]
  const agreement = index.dataset.agreements[0]
  const home = agreement ? index.relation(agreement.relations[0]) : undefined
  if (!place || !agreement || !home)
    throw new Error("the dataset should have places and agreements")
  await page.goto("/en/")
  await searchBox(page).fill(foldText(place))
  await expect(
    searchResults(page)
      .getByRole("option", { name: new RegExp(literal(place)) })
      .first(),
  ).toBeVisible()
  const title = agreement.title.en ?? agreement.title.vi ?? ""
  await searchBox(page).fill(foldText(title).split(" ").slice(0, 3).join(" "))
  const option = searchResults(page)
    .getByRole("option", { name: new RegExp(literal(title.split(" ").slice(0, 3).join(" ")), "i") })
    .first()
  await expect(option).toBeVisible()
  await option.click()
  await expect(page).toHaveURL(
    new RegExp(
      `/en/countries/${index.slugOf(home)}/agreements/#agreement-${literal(agreement.id)}$`,
    ),
  )
})

test("no match says so, and Escape closes the results", async ({ page }) => {
  await page.goto("/en/")
  const box = searchBox(page)
  await box.fill("zzzqqq")
  await expect(page.getByText("No results for “zzzqqq”.")).toBeVisible()
  await box.press("Escape")
  await expect(box).toHaveAttribute("aria-expanded", "false")
})
