/**
 * The ISO 3166-1 list of countries, with their names in Vietnamese and English, from the
 * `i18n-iso-countries` library. Use it to check that a code names a country and to name a country
 * that the dataset does not list yet (the `bilateral new relation` scaffold adds partners from it).
 * Only the `vi` and `en` locales are registered, so that bundles carry two name lists, not eighty.
 *
 * @since 0.1.0
 */
import isoLibrary from "i18n-iso-countries/index.js"
import en from "i18n-iso-countries/langs/en.json" with { type: "json" }
import vi from "i18n-iso-countries/langs/vi.json" with { type: "json" }

/**
 * A country of the ISO 3166-1 list: its alpha-2 code in upper case and its names. Each name is
 * the library's first (ISO-style) name in that language, such as "Hàn Quốc" / "South Korea".
 * @since 0.1.0
 * @category models
 */
export interface IsoCountry {
  readonly code: string
  readonly name: { readonly vi: string; readonly en: string }
}

let registered = false

/** Registers the two locales once, on first use, so that importing the package costs nothing. */
const library = (): typeof isoLibrary => {
  if (!registered) {
    isoLibrary.registerLocale(vi)
    isoLibrary.registerLocale(en)
    registered = true
  }
  return isoLibrary
}

let codes: ReadonlyArray<string> | undefined

/**
 * Every ISO 3166-1 alpha-2 code, in upper case and sorted (249 countries and territories, plus
 * those the library adds, such as XK for Kosovo). Use it to list or suggest partner countries.
 * @example
 * isoCountryCodes().includes("UZ") // true
 * @since 0.1.0
 * @category queries
 */
export const isoCountryCodes = (): ReadonlyArray<string> => {
  codes ??= Object.keys(library().getAlpha2Codes()).sort()
  return codes
}

/**
 * Whether `code` is an ISO 3166-1 alpha-2 code, in either case (`UZ`, `uz`). Alpha-3 and numeric
 * codes are not accepted. Use it to check a code typed by a person before looking it up.
 * @example
 * isIsoCountryCode("uz") // true
 * isIsoCountryCode("XX") // false
 * @since 0.1.0
 * @category queries
 */
export const isIsoCountryCode = (code: string): boolean =>
  /^[A-Za-z]{2}$/u.test(code) && library().getAlpha2Codes()[code.toUpperCase()] !== undefined

/**
 * The ISO 3166-1 country with this alpha-2 code (either case), with its Vietnamese and English
 * names; `undefined` when the code names no country. Use it to name a country the dataset does
 * not hold yet; the dataset's own countries.yaml stays the source of names everywhere else.
 * @example
 * isoCountry("kr") // { code: "KR", name: { vi: "Hàn Quốc", en: "South Korea" } }
 * @since 0.1.0
 * @category queries
 */
export const isoCountry = (code: string): IsoCountry | undefined => {
  if (!isIsoCountryCode(code)) return undefined
  const upper = code.toUpperCase()
  const names = library()
  const nameVi = names.getName(upper, "vi", { select: "official" })
  const nameEn = names.getName(upper, "en", { select: "official" })
  if (nameVi === undefined || nameEn === undefined) return undefined
  return { code: upper, name: { vi: nameVi, en: nameEn } }
}
