import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { Header, Tabs } from "./Header"

const sections = [
  { id: "overview", name: "Tổng quan" },
  { id: "timeline", name: "Dòng thời gian" },
  { id: "indicators", name: "Chỉ số" },
  { id: "agreements", name: "Văn kiện" },
  { id: "visits", name: "Chuyến thăm" },
] as const

describe("Tabs", () => {
  it("lists every section with its number when they fit", () => {
    const { lastFrame } = render(<Tabs sections={sections} current="indicators" width={100} />)
    expect(lastFrame()).toBe(
      " 1 Tổng quan │ 2 Dòng thời gian │ 3 Chỉ số │ 4 Văn kiện │ 5 Chuyến thăm",
    )
  })

  it("shows only the current section and its place on a narrow terminal", () => {
    const { lastFrame } = render(<Tabs sections={sections} current="timeline" width={40} />)
    expect(lastFrame()).toBe("‹ Dòng thời gian 2/5 ›")
  })
})

describe("Header", () => {
  it("puts the title on the left and the position on the right, on one line", () => {
    const { lastFrame } = render(
      <Header title="Bilateral · Kazakhstan" position="3/13" width={40} />,
    )
    expect(lastFrame()).toBe("Bilateral · Kazakhstan              3/13")
  })
})
