import isoLibrary from "i18n-iso-countries/index.js"
import { describe, expect, it } from "vitest"
import { isIsoCountryCode, isoCountry, isoCountryCodes } from "./IsoCountries"

describe("isoCountry", () => {
  it("names a country in Vietnamese and English, from a code in either case", () => {
    expect(isoCountry("kr")).toEqual({ code: "KR", name: { vi: "Hàn Quốc", en: "South Korea" } })
    expect(isoCountry("UZ")).toEqual({ code: "UZ", name: { vi: "Uzbekistan", en: "Uzbekistan" } })
    expect(isoCountry("vn")?.name).toEqual({ vi: "Việt Nam", en: "Vietnam" })
  })

  it("gives one name per language where the library lists several (its first)", () => {
    expect(isoCountry("RU")?.name).toEqual({ vi: "Liên bang Nga", en: "Russian Federation" })
  })

  it("is undefined for codes that are not ISO 3166-1 alpha-2", () => {
    for (const code of ["ZZ", "XX", "VNM", "704", "", "v", "V1"]) {
      expect(isoCountry(code), code).toBeUndefined()
    }
  })

  it("names every listed code in both languages, each name used by one country only", () => {
    for (const lang of ["vi", "en"] as const) {
      const names = isoCountryCodes().map((code) => isoCountry(code)?.name[lang])
      expect(names.every((n) => typeof n === "string" && n.trim().length > 0)).toBe(true)
      expect(new Set(names).size).toBe(names.length)
    }
  })
})

describe("isoCountryCodes", () => {
  it("lists the ISO 3166-1 alpha-2 codes once each, upper case and sorted", () => {
    const codes = isoCountryCodes()
    expect(codes.length).toBeGreaterThanOrEqual(249)
    expect(codes.every((c) => /^[A-Z]{2}$/u.test(c))).toBe(true)
    expect(new Set(codes).size).toBe(codes.length)
    expect([...codes].sort()).toEqual(codes)
    expect(codes).toEqual(expect.arrayContaining(["VN", "KZ", "KG", "UZ", "KR", "AQ"]))
  })
})

describe("isIsoCountryCode", () => {
  it("accepts alpha-2 codes in either case and nothing else", () => {
    expect(["VN", "uz", "Kg"].map(isIsoCountryCode)).toEqual([true, true, true])
    expect(["XX", "VNM", "704", "", " VN", "V"].map(isIsoCountryCode)).toEqual(Array(6).fill(false))
  })
})

describe("the library's locales", () => {
  it("are only vi and en once a name was asked for", () => {
    isoCountry("VN")
    expect([...isoLibrary.langs()].sort()).toEqual(["en", "vi"])
  })
})
