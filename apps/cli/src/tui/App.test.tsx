import { type BilateralIndex, makeIndex } from "@bilateral/data"
import { render } from "ink-testing-library"
import { beforeAll, describe, expect, it } from "vitest"
import { fixtureIndex, TODAY } from "../../test/support/fixtureIndex"
import { displayWidth } from "../render/DisplayWidth"
import { App } from "./App"

let index: BilateralIndex
beforeAll(async () => {
  index = await fixtureIndex()
})

const KEY = {
  up: "\u001B[A",
  down: "\u001B[B",
  right: "\u001B[C",
  enter: "\r",
  escape: "\u001B",
  tab: "\t",
  shiftTab: "\u001B[Z",
  backspace: "\u007F",
} as const

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

const start = (props: Partial<Parameters<typeof App>[0]> = {}) => {
  const app = render(<App index={index} lang="vi" today={TODAY} color={false} {...props} />)
  const press = async (...inputs: string[]) => {
    // Ink listens to stdin once its input effect has run; wait for it before typing.
    for (let i = 0; i < 200 && app.stdin.listenerCount("readable") === 0; i++) await delay(5)
    for (const input of inputs) {
      app.stdin.write(input)
      await settle()
    }
  }
  // Waits until Ink has drawn no new frame for a while, so a loaded machine cannot make the test
  // read the screen before the key has been handled.
  const settle = async () => {
    await delay(25)
    let seen = app.frames.length
    for (let quiet = 0, i = 0; quiet < 3 && i < 100; i++) {
      await delay(20)
      quiet = app.frames.length === seen ? quiet + 1 : 0
      seen = app.frames.length
    }
  }
  const frame = () => app.lastFrame() ?? ""
  const lines = () => frame().split("\n")
  return { ...app, press, frame, lines }
}

describe("the terminal UI", () => {
  it("starts on the relation list with a status line of location and keys", () => {
    const app = start()
    const lines = app.lines()
    expect(lines[0]).toMatch(/^Bilateral +1\/3$/)
    expect(app.frame()).toContain("› xa  Aralia")
    expect(app.frame()).toContain("Thương mại gần nhất: 9 triệu USD (2024)")
    expect(lines).toHaveLength(23)
    expect(lines[22]).toMatch(/^Quan hệ +↑↓ chọn {2}Enter mở/)
    app.unmount()
  })

  it("opens a relation with Enter and switches sections with Tab, Shift-Tab and numbers", async () => {
    const app = start()
    await app.press(KEY.enter)
    expect(app.lines()[0]).toMatch(/^Bilateral · Aralia/)
    expect(app.lines()[1]).toContain("1 Tổng quan │ 2 Dòng thời gian")
    expect(app.frame()).toContain("Việt Nam – Aralia")
    await app.press(KEY.tab)
    expect(app.frame()).toContain("Loại: Tất cả (2)")
    expect(app.frame()).toContain("› 5–6/3/2024")
    await app.press(KEY.shiftTab)
    expect(app.frame()).toContain("Việt Nam – Aralia")
    await app.press("3")
    expect(app.frame()).toContain("CAGR 2022 → 2024: +50%")
    await app.press("l")
    expect(app.frame()).toContain("Hiệp định hợp tác văn hóa")
    expect(app.lines().at(-1)).toMatch(/^Quan hệ › Aralia › Văn kiện/)
    app.unmount()
  })

  it("moves with arrows and j/k, and goes back with Esc and Backspace", async () => {
    const app = start()
    await app.press("j")
    expect(app.frame()).toContain("› xb  Bắc Đảo")
    await app.press(KEY.up, KEY.down, KEY.enter)
    expect(app.frame()).toContain("Việt Nam – Bắc Đảo")
    await app.press(KEY.escape)
    expect(app.frame()).toContain("› xb  Bắc Đảo")
    await app.press(KEY.enter, KEY.backspace)
    expect(app.lines()[0]).toMatch(/^Bilateral +2\/3$/)
    app.unmount()
  })

  it("shows the source and quote of the selected item with s, and closes it with Esc", async () => {
    const app = start()
    await app.press(KEY.enter, "2", KEY.down, "s")
    const frame = app.frame()
    expect(frame).toContain("Điện đàm, 17/2/2025")
    expect(frame).toContain("Bài viết thử nghiệm, đoạn 5")
    expect(frame).toContain("“Thứ trưởng Ngoại giao Nguyễn Văn An điện đàm với Thứ trưởng")
    await app.press(KEY.escape)
    expect(app.frame()).toContain("Loại: Tất cả (2)")
    app.unmount()
  })

  it("opens an indicator's figure with Enter to show where it comes from", async () => {
    const app = start()
    await app.press(KEY.enter, "3", KEY.down, KEY.enter)
    expect(app.frame()).toContain("Kim ngạch thương mại Việt Nam – Aralia: 6 triệu USD (2023)")
    expect(app.frame()).toContain("“6 triệu USD năm 2023”")
    app.unmount()
  })

  it("filters the timeline by kind with f", async () => {
    const app = start()
    await app.press(KEY.enter, "2", "f")
    expect(app.frame()).toContain("Loại: Chuyến thăm (1)")
    await app.press("f", "f")
    expect(app.frame()).toContain("Loại: Điện đàm (1)")
    app.unmount()
  })

  it("searches with / and jumps to the result with Enter", async () => {
    const app = start()
    await app.press("/")
    expect(app.frame()).toContain("Gõ tên người, địa điểm, văn kiện hoặc sự kiện")
    await app.press("n", "g", "u", "y", "e", "n", " ", "v", "a", "n", " ", "q")
    expect(app.frame()).toContain("/ nguyen van q")
    await app.press(KEY.backspace, "a", "n")
    expect(app.frame()).toContain("Người")
    expect(app.frame()).toContain("Nguyễn Văn An")
    await app.press(KEY.enter)
    expect(app.lines()[0]).toMatch(/2\/2$/)
    expect(app.frame()).toContain("› 17/2/2025")
    expect(app.lines().at(-1)).toMatch(/^Quan hệ › Aralia › Dòng thời gian/)
    app.unmount()
  })

  it("opens the help with ? and lists every key", async () => {
    const app = start()
    await app.press("?")
    const frame = app.frame()
    for (const key of ["j k", "Enter", "Esc", "Tab", "/", "?", "q  Ctrl-C", "s ", "f "])
      expect(frame).toContain(key)
    await app.press(KEY.escape)
    expect(app.frame()).toContain("› xa  Aralia")
    app.unmount()
  })

  it("compares two relations chosen on the list: c on the first, Enter on the second", async () => {
    const app = start()
    await app.press("j", "c")
    expect(app.frame()).toContain("› ◆ xb  Bắc Đảo")
    expect(app.lines().at(-1)).toMatch(/^Quan hệ › So sánh: Bắc Đảo ↔ …/)
    await app.press("k", KEY.enter)
    expect(app.lines()[0]).toMatch(/^Bilateral · So sánh/)
    expect(app.frame()).toMatch(/Bắc Đảo +Aralia/)
    expect(app.frame()).toMatch(/Kim ngạch thương mại +— +9 triệu USD/)
    await app.press(KEY.escape)
    expect(app.frame()).not.toContain("◆")
    app.unmount()
  })

  it("cancels a comparison being chosen with Esc, and c on the mark clears it too", async () => {
    const app = start()
    await app.press("c")
    expect(app.frame()).toContain("› ◆ xa  Aralia")
    await app.press(KEY.escape)
    expect(app.frame()).toContain("› xa  Aralia")
    expect(app.lines().at(-1)).toMatch(/^Quan hệ +↑↓/)
    await app.press("c", "c")
    expect(app.frame()).not.toContain("◆")
    app.unmount()
  })

  it("shows each side's source and quote of a comparison row with s", async () => {
    const app = start()
    await app.press("G", KEY.enter)
    expect(app.lines()[0]).toMatch(/^Bilateral · So sánh/)
    const rows = app.frame().split("\n")
    const trade = rows.findIndex((l) => l.includes("Kim ngạch thương mại  "))
    const selected = rows.findIndex((l) => l.startsWith("› "))
    await app.press(...Array.from({ length: trade - selected }, () => "j"), "s")
    expect(app.frame()).toContain("Nguồn: Aralia")
    expect(app.frame()).toContain("“9 triệu USD năm 2024”")
    app.unmount()
  })

  it("compares the open relation with c on its detail", async () => {
    const app = start()
    await app.press("j", KEY.enter, "c")
    expect(app.lines().at(-1)).toMatch(/^Quan hệ › So sánh: Bắc Đảo ↔ Aralia/)
    app.unmount()
  })

  it("takes keys that arrive together one by one (a held j)", async () => {
    const app = start()
    await app.press("jj")
    expect(app.frame()).toContain("› So sánh: Aralia ↔ Bắc Đảo")
    app.unmount()
  })

  it("acts on keys that arrive together in order (Down then Enter opens the second relation)", async () => {
    const app = start()
    await app.press(`${KEY.down}${KEY.enter}`)
    expect(app.lines()[0]).toMatch(/^Bilateral · Bắc Đảo/)
    app.unmount()
  })

  it("takes Tabs that arrive together one by one (Tab Tab opens the third section)", async () => {
    const app = start()
    await app.press(KEY.enter)
    await app.press(`${KEY.tab}${KEY.tab}`)
    expect(app.frame()).toContain("CAGR 2022 → 2024: +50%")
    app.unmount()
  })

  it("quits with q: keys no longer change the screen", async () => {
    const app = start()
    await app.press("q")
    const before = app.frame()
    await app.press(KEY.down, KEY.enter)
    expect(app.frame()).toBe(before)
  })

  it("fits a 40×12 terminal", async () => {
    const app = start({ size: { columns: 40, rows: 12 } })
    await app.press(KEY.enter, "2")
    const lines = app.lines()
    expect(lines).toHaveLength(11)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40)
    expect(lines[1]).toBe("‹ Dòng thời gian 2/5 ›")
    expect(lines[10]).toContain("↑↓ ⏎ Esc Tab / ? q")
    app.unmount()
  })

  it("redraws to the new size when the terminal is resized", async () => {
    const app = start()
    await app.press(KEY.enter)
    expect(app.lines()[1]).toContain("1 Tổng quan │ 2 Dòng thời gian")
    Object.defineProperty(app.stdout, "columns", { value: 40, configurable: true })
    Object.defineProperty(app.stdout, "rows", { value: 12, configurable: true })
    app.stdout.emit("resize")
    await delay(50)
    const lines = app.lines()
    expect(lines[1]).toBe("‹ Tổng quan 1/5 ›")
    expect(lines).toHaveLength(11)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(40)
    app.unmount()
  })

  it("asks for more room below 40×12", () => {
    const app = start({ size: { columns: 30, rows: 10 } })
    expect(app.frame()).toContain("Cửa sổ quá nhỏ (30×10): cần ít nhất 40×12.")
    app.unmount()
  })

  it("shows English when asked", () => {
    const app = start({ lang: "en" })
    expect(app.frame()).toContain("Latest trade: 9 million USD (2024)")
    expect(app.lines().at(-1)).toMatch(/^Relation +↑↓ move/)
    app.unmount()
  })
})

describe("text from the data in the terminal", () => {
  const ESC = "\u001b"
  const BEL = "\u0007"
  const TITLE = `${ESC}]0;pwned${BEL}`
  const LINK = `${ESC}]8;;https://example.invalid${ESC}\\`

  it("never emits an escape sequence, bell or line break that an event summary carries", async () => {
    const hostile = makeIndex(
      {
        ...index.dataset,
        events: index.dataset.events.map((e) =>
          e.id === "call-2025-02-deputy-ministers"
            ? {
                ...e,
                summary: { vi: `Điện đàm${TITLE}${LINK} thứ trưởng\r\nhai nước`, en: "Call" },
              }
            : e,
        ),
      } as typeof index.dataset,
      index.about,
    )
    const app = start({ index: hostile })
    await app.press(KEY.enter, "2", KEY.down)
    await app.press("s")
    const written = app.frames.join("")
    expect(written).toContain("pwned")
    // No OSC (title, hyperlink), no bell, no bare CR or LF inside a line: only Ink's own SGR.
    expect(written).not.toContain(`${ESC}]`)
    expect(written).not.toContain(BEL)
    expect(written).not.toMatch(/\r/)
    expect(app.frame()).toContain("Điện đàm�]0;pwned�")
    for (const line of app.lines()) expect(displayWidth(line)).toBeLessThanOrEqual(100)
    app.unmount()
  })
})
