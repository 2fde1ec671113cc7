import { describe, expect, it } from "vitest"
import { seg } from "./Items"
import { REPLACEMENT, terminalSafe } from "./Sanitize"

const ESC = "\u001b"
const BEL = "\u0007"

describe("terminalSafe", () => {
  it("turns an OSC title sequence into visible text that starts no sequence", () => {
    const safe = terminalSafe(`Thăm ${ESC}]0;pwned${BEL}Hà Nội`)
    expect(safe).toBe(`Thăm ${REPLACEMENT}]0;pwned${REPLACEMENT}Hà Nội`)
  })

  it("replaces every C0 and C1 control and DEL, and turns line breaks and tabs into spaces", () => {
    expect(terminalSafe("a\r\nb\tc\u2028d")).toBe("a b c d")
    for (const code of [0x00, 0x08, 0x1b, 0x7f, 0x80, 0x9b, 0x9d])
      expect(terminalSafe(`x${String.fromCharCode(code)}y`)).toBe(`x${REPLACEMENT}y`)
  })

  it("leaves text without controls as it is", () => {
    const text = "Nguyễn Văn An — “9 triệu USD” (2024)"
    expect(terminalSafe(text)).toBe(text)
  })

  it("applies to every segment the UI draws", () => {
    expect(seg(`${ESC}[2J`).text).toBe(`${REPLACEMENT}[2J`)
  })
})
