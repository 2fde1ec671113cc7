import type { BilateralIndex } from "@bilateral/data"
import { render } from "ink-testing-library"
import { beforeAll, describe, expect, it } from "vitest"
import { SearchBox, searchTarget } from "./Search"
import { loadFixture } from "./testing"

let index: BilateralIndex
beforeAll(async () => {
  index = await loadFixture()
})

describe("SearchBox", () => {
  it("shows the query, the count and the hits with their kind and relation", () => {
    const { lastFrame } = render(
      <SearchBox
        query="khanh hoa"
        hits={[
          { kind: "place", id: "Khánh Hòa", label: "Khánh Hòa", relation: "vn-kg" },
          {
            kind: "event",
            id: "e1",
            label: "Đoàn địa phương Khánh Hòa thăm Kazakhstan.",
            relation: "vn-kz",
            eventId: "e1",
          },
        ]}
        cursor={1}
        lang="vi"
        width={60}
        height={6}
        codeOf={(id) => id.slice(3)}
      />,
    )
    const lines = (lastFrame() ?? "").split("\n")
    expect(lines[0]).toBe("/ khanh hoa")
    expect(lines[1]).toBe("2 kết quả")
    expect(lines[2]).toBe("  Địa điểm Khánh Hòa (kg)")
    expect(lines[3]).toMatch(/^› Sự kiện +Đoàn địa phương Khánh Hòa thăm Kazakhstan\. \(kz\)$/)
  })

  it("says so when nothing matches", () => {
    const { lastFrame } = render(
      <SearchBox
        query="zzz"
        hits={[]}
        cursor={0}
        lang="en"
        width={40}
        height={4}
        codeOf={(id) => id}
      />,
    )
    expect(lastFrame()).toContain("No results.")
  })
})

describe("searchTarget", () => {
  it("sends a person to the first event they took part in, an agreement to its section", () => {
    expect(
      searchTarget(index, { kind: "person", id: "nguyen-van-an", label: "Nguyễn Văn An" }),
    ).toEqual({
      screen: { _tag: "Detail", relation: "vn-xa", section: "timeline" },
      key: "event:call-2025-02-deputy-ministers",
    })
    expect(searchTarget(index, { kind: "agreement", id: "vn-xa-culture", label: "x" })).toEqual({
      screen: { _tag: "Detail", relation: "vn-xa", section: "agreements" },
      key: "agreement:vn-xa-culture",
    })
    expect(searchTarget(index, { kind: "country", id: "XB", label: "Bắc Đảo" })).toEqual({
      screen: { _tag: "Detail", relation: "vn-xb", section: "overview" },
    })
    expect(searchTarget(index, { kind: "country", id: "VN", label: "Việt Nam" })).toBeUndefined()
  })

  it("sends a place of a project or a sister-region pair to that item of the overview", () => {
    const place = { kind: "place", id: "Aktau", label: "Aktau", relation: "vn-xa" } as const
    expect(
      searchTarget(index, { ...place, fact: { collection: "sisterRegions", id: "xa-twins" } }),
    ).toEqual({
      screen: { _tag: "Detail", relation: "vn-xa", section: "overview" },
      key: "ov:sister:xa-twins",
    })
    expect(
      searchTarget(index, { ...place, fact: { collection: "projects", id: "xa-port" } }),
    ).toEqual({
      screen: { _tag: "Detail", relation: "vn-xa", section: "overview" },
      key: "ov:project:xa-port",
    })
  })
})
