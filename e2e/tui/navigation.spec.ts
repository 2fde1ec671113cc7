import { join } from "node:path"
import { expect, test } from "@playwright/test"
import { REPO, type RelationEntry, relationsOf, Terminal } from "./terminal"

/** The data package's fixture of six relations (one without the dataset's subject). */
const MANY = join(REPO, "packages", "data", "test", "fixtures", "many")

/** How the list names a relation: its partner's name, or its title for one without the subject. */
const listName = (r: RelationEntry) => (r.code === r.relation ? r.title.vi : (r.name.vi ?? r.code))

/**
 * The status line: the UI draws one line short of the terminal (a frame as tall as the terminal
 * makes Ink clear the screen on every redraw), so it is the last line that is not empty.
 */
const status = (lines: string[]) => [...lines].reverse().find((l) => l.trim() !== "") ?? ""

/** Terminal columns of a line (the UI's text is Vietnamese in NFC: one column per letter). */
const columns = (line: string) => Array.from(line.normalize("NFC")).length

test.describe("bilateral in a real terminal", () => {
  let term: Terminal

  test.afterEach(() => term?.stop())

  test("starts, opens a relation, switches sections, searches, opens help, resizes to 40×12 and quits with 0", async () => {
    term = new Terminal("main")
    term.start(120, 40)

    const relations = relationsOf()
    const [first, second] = relations
    if (!first || !second) throw new Error("the shipped dataset needs two relations to compare")

    await test.step("starts on the relation list with a status line", async () => {
      const lines = await term.waitForText("Quan hệ song phương")
      expect(lines[0]).toMatch(new RegExp(`^Bilateral +1/${relations.length + 1}$`))
      for (const r of relations) expect(lines.join("\n")).toContain(`${r.code}  ${listName(r)}`)
      expect(status(lines)).toMatch(/^Quan hệ +↑↓ chọn {2}Enter mở/)
    })

    await test.step("compares two relations: c on the first, Enter on the second", async () => {
      term.keys("c")
      await term.waitFor((_, l) => status(l).includes("So sánh:"), "the first side marked")
      term.keys("Down", "Enter")
      const lines = await term.waitForText("Bilateral · So sánh")
      expect(status(lines)).toContain(`${listName(first)} ↔ ${listName(second)}`)
      expect(lines.join("\n")).toMatch(/Thiết lập quan hệ ngoại giao/)
      term.keys("Down", "s")
      const detail = await term.waitForText(`Nguồn: ${listName(first)}`)
      expect(detail.join("\n")).toContain(`Nguồn: ${listName(second)}`)
      expect(detail.join("\n")).toContain("“")
      term.keys("Escape")
      await term.waitFor((s) => !s.includes("Nguồn:"), "the comparison again")
      term.keys("Escape")
      await term.waitFor((_, l) => status(l).startsWith("Quan hệ  "), "the list again")
      term.keys("Home")
    })

    await test.step(`opens ${first.code} with Enter`, async () => {
      term.keys("Enter")
      const lines = await term.waitForText(`Bilateral · ${listName(first)}`)
      expect(lines[1]).toContain(
        "1 Tổng quan │ 2 Dòng thời gian │ 3 Chỉ số │ 4 Văn kiện │ 5 Chuyến thăm",
      )
      expect(lines.join("\n")).toContain(first.title.vi)
      expect(status(lines)).toMatch(new RegExp(`^Quan hệ › ${listName(first)} › Tổng quan`))
    })

    await test.step("switches sections with Tab and numbers", async () => {
      term.keys("Tab")
      await term.waitForText("Loại: Tất cả")
      term.keys("Tab")
      const indicators = await term.waitForText("CAGR")
      expect(indicators.join("\n")).toMatch(/[▁▂▃▄▅▆▇█]{2}/)
      term.keys("4")
      await term.waitFor(
        (s, l) => status(l).includes("Văn kiện") && s.includes("Hiệu lực"),
        "agreements",
      )
      term.keys("5")
      const visits = await term.waitForText("Theo chiều")
      expect(visits.join("\n")).toMatch(/\S → \S/)
    })

    await test.step("shows the source and quote of a figure with s", async () => {
      term.keys("3")
      await term.waitFor((_, l) => status(l).includes("Chỉ số"), "the indicators")
      term.keys("s")
      const lines = await term.waitForText("Nguồn")
      expect(lines.join("\n")).toMatch(/đoạn \d+/)
      expect(lines.join("\n")).toContain("“")
      term.keys("Escape")
      await term.waitFor((s) => !s.includes("Nguồn") && s.includes("CAGR"), "the indicators again")
    })

    await test.step("searches with / and jumps to the result", async () => {
      term.keys("/")
      await term.waitForText("Gõ tên người")
      term.type("Tô Lâm")
      await term.waitFor((s) => /Người +Tô Lâm/.test(s), "the person in the results")
      term.keys("Enter")
      const lines = await term.waitFor(
        (_, l) => status(l).includes("› Dòng thời gian") && l.some((x) => x.startsWith("› ")),
        "the timeline after the jump",
      )
      const selected = lines.find((x) => x.startsWith("› ")) ?? ""
      expect(selected).toContain("Tô Lâm")
    })

    await test.step("opens the help with ?", async () => {
      term.keys("?")
      const lines = await term.waitForText("Phím tắt")
      expect(lines.join("\n")).toContain("q  Ctrl-C")
      term.keys("Escape")
      await term.waitFor((s) => !s.includes("Phím tắt"), "the help to close")
    })

    await test.step("redraws to fit 40×12", async () => {
      term.resize(40, 12)
      expect(term.size()).toEqual({ columns: 40, rows: 12 })
      const lines = await term.waitFor(
        (s) => s.includes("‹ Dòng thời gian 2/5 ›"),
        "the compact tabs",
      )
      expect(lines).toHaveLength(12)
      for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(40)
      expect(lines[0]).toMatch(/^Bilateral · \S/)
      expect(lines[10]).toContain("↑↓ ⏎ Esc Tab / ? q")
      term.keys("Down")
      await term.waitFor(
        (_, l) => l.some((x) => x.startsWith("› ")),
        "a selection on the small screen",
      )
    })

    await test.step("quits with q, exit status 0, terminal as it was", async () => {
      term.keys("q")
      const lines = await term.waitForText("EXIT=0")
      const screen = lines.join("\n")
      expect(screen).not.toContain("Bilateral")
      expect(screen).not.toContain("Quan hệ")
    })
  })

  test("lists every relation of a six-relation dataset and compares two that the user picks", async () => {
    const relations = relationsOf(["--data", MANY])
    const last = relations.at(-1)
    const before = relations.at(-2)
    if (!last || !before) throw new Error("the many fixture needs relations")
    term = new Terminal("many")
    term.start(120, 40, {}, ["--data", MANY])
    const lines = await term.waitForText("Quan hệ song phương")
    for (const r of relations) expect(lines.join("\n")).toContain(`${r.code}  ${listName(r)}`)
    term.keys("End")
    term.keys("Up", "c", "Up", "Enter")
    const compare = await term.waitForText("Bilateral · So sánh")
    expect(status(compare)).toContain(`${listName(last)} ↔ ${listName(before)}`)
    term.keys("Tab")
    await term.waitFor(
      (_, l) => !status(l).includes(`↔ ${listName(before)}`) && status(l).includes("↔"),
      "another second relation",
    )
    term.keys("q")
    await term.waitForText("EXIT=0")
  })

  test("Ctrl-C exits cleanly with status 0, in English and without colour", async () => {
    term = new Terminal("ctrlc")
    term.start(80, 24, { NO_COLOR: "1" }, ["--lang", "en"])
    const lines = await term.waitForText("Vietnam's bilateral relations")
    expect(status(lines)).toMatch(/^Relation /)
    const colours = term.tmux("capture-pane", "-t", "tui", "-p", "-e")
    // NO_COLOR: no foreground colour codes (30–37, 38;5, 90–97); bold and inverse may remain.
    const foreground = new RegExp(
      `${String.fromCharCode(27)}\\[(?:[0-9;]*;)?(?:3[0-7]|38;5;\\d+|9[0-7])m`,
    )
    expect(colours).not.toMatch(foreground)
    term.keys("C-c")
    const after = await term.waitForText("EXIT=0")
    expect(after.join("\n")).not.toContain("Bilateral")
  })

  test("uses colour when NO_COLOR is not set (so the check above can fail)", async () => {
    const foreground = new RegExp(
      `${String.fromCharCode(27)}\\[(?:[0-9;]*;)?(?:3[0-7]|38;5;\\d+|9[0-7])m`,
    )
    term = new Terminal("colour")
    term.start(100, 30)
    await term.waitForText("Quan hệ song phương của Việt Nam")
    expect(term.tmux("capture-pane", "-t", "tui", "-p", "-e")).toMatch(foreground)
    term.keys("q")
    await term.waitForText("EXIT=0")
  })
})
