/**
 * Browsers ask for /favicon.ico on their own (bookmarks, tabs, some client navigations) even
 * when a page names its SVG icon; a 404 there shows as a console error on whatever page is open.
 */
import { expect, test } from "./fixtures"

test("the site answers /favicon.ico with an icon", async ({ request }) => {
  const response = await request.get("/favicon.ico")
  expect(response.status()).toBe(200)
  const body = await response.body()
  // An ICO file starts with reserved 0, type 1 (icon) and at least one image.
  expect([...body.subarray(0, 4)]).toEqual([0, 0, 1, 0])
  expect(body.readUInt16LE(4)).toBeGreaterThan(0)
  expect(response.headers()["content-type"]).toMatch(/icon/)
})
