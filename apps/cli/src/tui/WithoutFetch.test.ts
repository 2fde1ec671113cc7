import { describe, expect, it } from "vitest"

describe("WithoutFetch", () => {
  it("hides fetch while the modules after it load, and restoreFetch puts the same one back", async () => {
    const original = globalThis.fetch
    expect(typeof original).toBe("function")
    const { restoreFetch } = await import("./WithoutFetch")
    expect(globalThis.fetch).toBeUndefined()
    restoreFetch()
    expect(globalThis.fetch).toBe(original)
  })
})
