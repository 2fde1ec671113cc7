/**
 * The site as the project's own server (scripts/serve.mjs) serves it: every kind of page runs
 * under its Content-Security-Policy without a violation, hostile paths and methods are refused
 * without a listing, and a very long word wraps instead of widening the page.
 */
import { expect, LANGS, relations, sourceIds, test } from "./fixtures"

const first = relations[0]
const last = relations[relations.length - 1]
if (!first || !last || first === last) throw new Error("these tests need two relations")
const source = sourceIds[0]
if (source === undefined) throw new Error("these tests need a source")

/** One page of each kind, as paths after `/{lang}/`. */
const PAGE_KINDS: ReadonlyArray<[string, string]> = [
  ["overview", ""],
  ["relation", `countries/${first.slug}/`],
  ["timeline", "timeline/"],
  ["relation timeline", `timeline/${first.slug}/`],
  ["compare with two relations picked", `compare/?a=${first.slug}&b=${last.slug}`],
  ["sources", "sources/"],
  ["a source", `sources/${source}/`],
  ["downloads", "downloads/"],
]

for (const lang of LANGS) {
  test(`no ${lang} page reports a Content-Security-Policy violation`, async ({
    page,
    consoleErrors,
  }) => {
    // Listening from the first script on, so a violation during loading is seen too.
    await page.addInitScript(() => {
      const seen: string[] = []
      ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
      document.addEventListener("securitypolicyviolation", (event) => {
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || "inline"}`)
      })
    })
    const visits: Array<[string, string, number]> = [
      ...PAGE_KINDS.map(([kind, path]): [string, string, number] => [kind, path, 200]),
      ["404", "no-such-page/", 404],
    ]
    for (const [kind, path, status] of visits) {
      const response = await page.goto(`/${lang}/${path}`, { waitUntil: "networkidle" })
      expect(response?.status(), `${kind}: /${lang}/${path}`).toBe(status)
      expect(response?.headers()["content-security-policy"], kind).toContain("script-src 'self'")
      await expect(page.locator("h1").first()).toBeVisible()
      const violations = await page.evaluate(
        () => (window as unknown as { __cspViolations: string[] }).__cspViolations,
      )
      expect(violations, `${kind}: /${lang}/${path}`).toEqual([])
    }
    // The browser reports the 404 page's own status; nothing else may be logged.
    const others = consoleErrors.filter((e) => !/status of 404 .*no-such-page/.test(e))
    consoleErrors.length = 0
    expect(others).toEqual([])
  })
}

test("the compare page with two relations picked runs its script under the policy", async ({
  page,
}) => {
  await page.goto(`/en/compare/?a=${first.slug}&b=${last.slug}`)
  // The table is filled in by the page's script from the two relations' files.
  await expect(page.getByTestId("compare-table").locator("tbody tr").first()).toBeVisible()
})

test("hostile paths answer 400 or 404 and no directory is listed", async ({ request }) => {
  // A 404 answers with the site's own 404 page, a 400 with a line of text: nothing else, so no
  // listing of what a directory holds.
  const notFoundPage = await (await request.get("/no-such-page/")).text()
  const paths = ["/vi/%00", `/vi/${"a".repeat(300)}/`, "/_next/", "/_next/static/", "/downloads/"]
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0 })
    const status = response.status()
    expect([400, 404], path).toContain(status)
    const body = await response.text()
    expect(body, `${path} answers more than an error`).toBe(
      status === 404 ? notFoundPage : "Bad Request\n",
    )
  }
})

test("only GET and HEAD are answered: OPTIONS and POST get 405", async ({ request }) => {
  for (const method of ["OPTIONS", "POST"] as const) {
    const response = await request.fetch("/vi/", { method, maxRedirects: 0 })
    expect(response.status(), method).toBe(405)
    expect(response.headers().allow).toBe("GET, HEAD")
  }
  expect((await request.head("/vi/")).status()).toBe(200)
})

test("a 3,000-character word wraps on a 375 px screen instead of widening the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 })
  const word = "x".repeat(3000)
  for (const path of [`/vi/countries/${first.slug}/`, `/en/sources/${source}/`, "/en/timeline/"]) {
    await page.goto(path)
    // A long word where the data puts text: a heading, a list item, a table cell and a quote.
    await page.evaluate((long) => {
      for (const selector of ["h1", "main li", "main td", "main blockquote p", "main p"]) {
        const element = document.querySelector(selector)
        if (element) element.textContent = `${element.textContent ?? ""} ${long}`
      }
    }, word)
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0)
  }
})
