/**
 * What issue 10 added to the model, as the relation page and the timeline show it, on the site
 * built from the fixture of many relations: several reports of one figure, commission sessions
 * with their ordinal, co-chairs and each side's level, a relation's commissions with their levels,
 * and change claims with their wording, the periods compared and the tolerance. Every expectation
 * is read from the fixture (and worded by the domain), never written out here.
 */
import {
  type CommissionSession,
  formatDate,
  formatQuantity,
  levelLabel,
  localize,
  observationReports,
  observationSpanLabel,
  reporterName,
  reportSpread,
} from "@bilateral/domain"
import type { Page } from "@playwright/test"
import { expect, loadIndex, provenanceAnchor, relationsOf, test } from "../fixtures"

const MANY = "packages/data/test/fixtures/many"
const index = loadIndex(MANY)
const relations = relationsOf(index)
const LANGS = ["vi", "en"] as const

const citeHref = (lang: string, p: { source: string; quote: string }) =>
  `/${lang}/sources/${p.source}/#${provenanceAnchor(p)}`

/** The first observation in the fixture whose reports differ, with its series and relation. */
const several = relations.flatMap(({ slug, view }) =>
  view.facts.indicators.flatMap((series) =>
    series.observations
      .filter((o) => o.date !== undefined && reportSpread(o).differ)
      .map((o) => ({ slug, series, o })),
  ),
)[0]

/** A commission session whose two sides' levels differ, with co-chairs. */
const session = index.dataset.events.find(
  (e): e is CommissionSession =>
    e._tag === "CommissionSession" &&
    e.session !== undefined &&
    (e.coChairs ?? []).length > 0 &&
    new Set((e.sideLevels ?? []).map((s) => s.level)).size > 1,
)

/** A change claim whose figures are in the data, and its relation. */
const change = relations.flatMap(({ slug, view }) =>
  view.claims
    .filter(({ claim, result }) => claim.check._tag === "Change" && result.change)
    .map(({ claim, result }) => ({ slug, claim, result })),
)[0]

test("the fixture has a figure with differing reports, a session and a change claim", () => {
  expect(several).toBeDefined()
  expect(session).toBeDefined()
  expect(change).toBeDefined()
})

for (const lang of LANGS) {
  test(`${lang}: each report of a figure is listed with its reporter, value, citation and spread`, async ({
    page,
  }) => {
    if (!several) throw new Error("the fixture should have a figure with differing reports")
    const { slug, series, o } = several
    await page.goto(`/${lang}/countries/${slug}/indicators/`)
    const date = observationSpanLabel(o, lang) ?? (o.date ? formatDate(o.date, lang) : "")
    const startsWith = new RegExp(`^${date.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`)
    const row = page
      .locator(`#indicator-${series.id} tbody tr`)
      .filter({ has: page.locator("th").filter({ hasText: startsWith }) })
    await expect(row).toHaveCount(1)
    const reports = observationReports(o)
    const items = row.locator("li")
    await expect(items).toHaveCount(reports.length)
    for (const [i, r] of reports.entries()) {
      const item = items.nth(i)
      const who = reporterName(r.reporter, index.dataset.organisations, lang)
      if (who) await expect(item).toContainText(who)
      const first = r.provenance[0]
      if (!first) throw new Error("every report is cited")
      const link = item.locator("a.cite")
      await expect(link).toHaveAttribute("href", citeHref(lang, first))
      await expect(link).toHaveText(formatQuantity(r.value, lang))
    }
    // The main report comes first and is the one the chart uses; the spread is stated as a range.
    const spread = reportSpread(o)
    const { reported: _reported, ...base } = o.value
    const range = formatQuantity(
      { ...base, value: spread.min, max: spread.max, qualifier: "exact" },
      lang,
    )
    await expect(row).toContainText(range)
    const note = page.locator(`#indicator-${series.id} figcaption`)
    await expect(note).toContainText(date)
    await expect(note).toContainText(formatQuantity(o.value, lang))
  })

  test(`${lang}: a commission session shows its ordinal, commission, co-chairs and each side's level`, async ({
    page,
  }) => {
    if (!session) throw new Error("the fixture should have a session with co-chairs")
    const relation = index.relation(session.relation)
    if (!relation) throw new Error("the session's relation is in the fixture")
    const check = async (p: Page) => {
      const item = p.locator(`#event-${session.id}`)
      await expect(item).toContainText(String(session.session))
      const commission =
        relation.commissions?.find((c) => c.id === session.commissionId)?.name ?? session.commission
      await expect(item).toContainText(localize(commission, lang))
      for (const place of session.places) await expect(item).toContainText(place)
      for (const chair of session.coChairs ?? []) {
        const person = chair.person ? index.person(chair.person) : undefined
        if (person) await expect(item).toContainText(person.name)
        if (chair.office) await expect(item).toContainText(localize(chair.office, lang))
        const country = chair.country ? index.country(chair.country) : undefined
        if (country) await expect(item).toContainText(localize(country.name, lang))
      }
      // Each side's level beside its country (the sides differ in this session).
      for (const side of session.sideLevels ?? []) {
        const country = index.country(side.country)
        const name = country ? localize(country.name, lang) : side.country
        await expect(item).toContainText(`${name}: ${levelLabel(side.level, lang)}`)
      }
    }
    // The relation's exchanges page lists its commissions, each linking to its sessions on the
    // relation's timeline.
    const slug = index.slugOf(relation)
    await page.goto(`/${lang}/countries/${slug}/exchanges/`)
    await page.locator(`#exchanges a[href$="#event-${session.id}"]`).first().click()
    await expect(page).toHaveURL(`/${lang}/timeline/${slug}/#event-${session.id}`)
    await check(page)
  })

  test(`${lang}: a relation's commissions show their levels over time, each cited`, async ({
    page,
  }) => {
    const withCommission = relations.find(({ relation }) =>
      (relation.commissions ?? []).some((c) => (c.levels ?? []).length > 1),
    )
    if (!withCommission) throw new Error("the fixture should have a commission raised in level")
    await page.goto(`/${lang}/countries/${withCommission.slug}/exchanges/`)
    for (const c of withCommission.relation.commissions ?? []) {
      const item = page
        .locator("#exchanges li")
        .filter({ hasText: localize(c.name, lang) })
        .filter({ has: page.locator("ol") })
      for (const l of c.levels ?? []) {
        const first = l.provenance[0]
        if (!first) throw new Error("every level is cited")
        const link = item.locator(`a.cite[href="${citeHref(lang, first)}"]`)
        await expect(link).toContainText(levelLabel(l.level, lang))
        if (l.since) await expect(link).toContainText(formatDate(l.since, lang))
      }
    }
  })

  test(`${lang}: a change claim shows the source's wording, the periods compared and the tolerance`, async ({
    page,
  }) => {
    if (!change) throw new Error("the fixture should have a checked change claim")
    const { result } = change
    if (!result.change) throw new Error("the change claim's figures are in the fixture")
    await page.goto(`/${lang}/countries/${change.slug}/claims/`)
    const item = page.locator(`#claim-${change.claim.id}`)
    await expect(item.locator("q")).toHaveText(result.change.reported)
    await expect(item).toContainText(result.change.compared[lang])
    await expect(item).toContainText(result.change.tolerance[lang])
    await expect(item).toContainText(result.explanation[lang])
  })
}
