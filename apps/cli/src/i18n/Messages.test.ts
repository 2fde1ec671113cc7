import { describe, expect, it } from "vitest"
import { counted, t } from "./Messages"

describe("counted", () => {
  it("writes one thing in the singular and other counts in the plural in English", () => {
    expect(counted(1, "events", "en")).toBe("1 event")
    expect(counted(0, "events", "en")).toBe("0 events")
    expect(counted(3, "agreements", "en")).toBe("3 agreements")
    expect(counted(1, "agreements", "en")).toBe("1 agreement")
  })

  it("keeps the Vietnamese noun the same for every count", () => {
    expect(counted(1, "events", "vi")).toBe("1 sự kiện")
    expect(counted(4, "events", "vi")).toBe("4 sự kiện")
    expect(counted(2, "agreements", "vi")).toBe("2 văn kiện")
  })

  it("writes the number with the language's thousands separator", () => {
    expect(counted(1200, "events", "en")).toBe("1,200 events")
    expect(counted(1200, "events", "vi")).toBe("1.200 sự kiện")
  })
})

describe("t", () => {
  it("fills each {name} from the parameters and leaves unknown ones as written", () => {
    expect(t("eventCount", "en", { count: 7 })).toBe("7 events")
    expect(t("eventCount", "en")).toBe("{count} events")
  })
})
