import { describe, expect, it } from "vitest"
import { dictionary, fill, LANGS } from "./index"

/** Every leaf of a dictionary: strings as they are, functions called with sample arguments. */
const leaves = (node: unknown, path: string[] = []): Array<[string, string]> => {
  if (typeof node === "string") return [[path.join("."), node]]
  if (typeof node === "function") return [[path.join("."), String(node(3, 2, 1))]]
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, [...path, String(i)]))
  if (node && typeof node === "object")
    return Object.entries(node).flatMap(([k, v]) => leaves(v, [...path, k]))
  return []
}

describe("dictionaries", () => {
  it("translate every interface string into both languages", () => {
    const vi = new Map(leaves(dictionary("vi")))
    const en = new Map(leaves(dictionary("en")))
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort())
    for (const lang of LANGS) {
      for (const [key, text] of leaves(dictionary(lang))) {
        expect(text.trim(), `${lang}:${key}`).not.toBe("")
      }
    }
  })

  it("differ between the languages except for names and symbols", () => {
    const vi = new Map(leaves(dictionary("vi")))
    const same = leaves(dictionary("en")).filter(([key, text]) => vi.get(key) === text)
    // Names, symbols and arrow formats ("A → B"), and the root page's link that is English on purpose.
    const allowed =
      /^(meta\.siteName|lang\.(vi|en)|common\.minus|country\.(direction|gap|title)|root\.english)$/
    expect(same.map(([key]) => key).filter((key) => !allowed.test(key))).toEqual([])
  })

  it("fill placeholders and leave unknown ones visible", () => {
    expect(fill("Hiển thị {n} trên {total} sự kiện", { n: 3, total: 20 })).toBe(
      "Hiển thị 3 trên 20 sự kiện",
    )
    expect(fill("{q} and {missing}", { q: "x" })).toBe("x and {missing}")
  })
})
