import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import { foldText } from "./Fold"

/** Letters, digits, spaces and punctuation of Vietnamese text, precomposed and decomposed. */
const vietnamese = fc
  .array(
    fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵÁẤẮÉẾÍÓỐỚÚỨÝ0123456789 .,-–“”()/",
    ),
  )
  .map((chars) => chars.join(""))

describe("foldText", () => {
  it("drops case and Vietnamese diacritics, đ and Đ included", () => {
    expect(foldText("Tô Lâm")).toBe("to lam")
    expect(foldText("Đà Nẵng")).toBe("da nang")
    expect(foldText("CỘNG HOÀ KYRGYZSTAN")).toBe("cong hoa kyrgyzstan")
    expect(foldText("Cộng hòa Kyrgyzstan")).toBe(foldText("cong hoa kyrgyzstan"))
  })

  it("turns every run of punctuation and spaces into one space and trims the ends", () => {
    expect(foldText("Bắc Ninh – Đông Kazakhstan")).toBe("bac ninh dong kazakhstan")
    expect(foldText("  GS.TS Nguyễn Xuân Thắng ")).toBe("gs ts nguyen xuan thang")
    expect(foldText("Kassym-Jomart Tokayev")).toBe("kassym jomart tokayev")
    expect(foldText("“…”")).toBe("")
  })

  it("keeps digits and letters of other scripts", () => {
    expect(foldText("Hiệp định 2015/2016")).toBe("hiep dinh 2015 2016")
    expect(foldText("Қазақстан")).toBe("қазақстан")
    expect(foldText("İstanbul")).toBe("istanbul")
  })

  it("folds a text written in NFC and in NFD the same", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(foldText(text.normalize("NFD"))).toBe(foldText(text.normalize("NFC")))
      }),
    )
  })

  it("ignores case in Vietnamese text", () => {
    fc.assert(
      fc.property(vietnamese, (text) => {
        expect(foldText(text.toUpperCase())).toBe(foldText(text.toLowerCase()))
      }),
    )
  })

  it("gives lower-case words without marks, single-spaced, and folding twice changes nothing", () => {
    fc.assert(
      fc.property(fc.oneof(vietnamese, fc.string({ unit: "grapheme" })), (text) => {
        const folded = foldText(text)
        expect(folded).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u)
        expect(folded).not.toMatch(/[\p{M}đĐ]/u)
        expect(foldText(folded)).toBe(folded)
      }),
    )
  })
})
