import { render } from "ink-testing-library"
import { describe, expect, it } from "vitest"
import { displayWidth } from "../../render/DisplayWidth"
import { keysText, StatusLine, truncateStart } from "./StatusLine"

describe("StatusLine", () => {
  it("shows the location and the main keys in words on a wide terminal", () => {
    const { lastFrame } = render(
      <StatusLine location="Quan hệ › Kazakhstan › Chỉ số" lang="vi" width={100} />,
    )
    const frame = lastFrame() ?? ""
    expect(frame).toMatch(
      /^Quan hệ › Kazakhstan › Chỉ số +↑↓ chọn {2}Enter mở {2}Tab mục {2}\/ tìm {2}\? trợ giúp {2}q thoát$/,
    )
    expect(displayWidth(frame)).toBe(100)
  })

  it("names every key when the terminal is wide enough", () => {
    expect(keysText("browse", "vi", 120)).toBe(
      "↑↓ chọn  Enter mở  Esc lại  Tab mục  s nguồn  / tìm  ? trợ giúp  q thoát",
    )
  })

  it("uses symbols for the keys and keeps the end of the location on a narrow terminal", () => {
    const { lastFrame } = render(
      <StatusLine location="Quan hệ › Kazakhstan › Dòng thời gian" lang="vi" width={40} />,
    )
    const frame = lastFrame() ?? ""
    expect(frame).toContain("↑↓ ⏎ Esc Tab / ? q")
    expect(frame).toContain("thời gian")
    expect(displayWidth(frame)).toBe(40)
  })

  it("shows the search keys while searching", () => {
    expect(keysText("search", "en", 120)).toBe("type to search  ↑↓ select  Enter go  Esc close")
  })

  it("cuts from the left", () => {
    expect(truncateStart("Quan hệ › Kyrgyzstan › Chỉ số", 12)).toBe("…an › Chỉ số")
    expect(displayWidth(truncateStart("Quan hệ › Kyrgyzstan › Chỉ số", 12))).toBeLessThanOrEqual(12)
  })
})
