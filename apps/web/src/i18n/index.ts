/**
 * The two interface languages and their dictionaries. Pages get `lang` from the `[lang]` route
 * segment, check it with `isLang`, then read every string from `dictionary(lang)`.
 */
import { en } from "./en"
import { type Dictionary, vi } from "./vi"

export type Lang = "vi" | "en"
export type { Dictionary }

/** Every language the site is built in; the first is the default that `/` leads to. */
export const LANGS: ReadonlyArray<Lang> = ["vi", "en"]
export const DEFAULT_LANG: Lang = "vi"

export const isLang = (value: string): value is Lang => value === "vi" || value === "en"

const dictionaries: Record<Lang, Dictionary> = { vi, en }

export const dictionary = (lang: Lang): Dictionary => dictionaries[lang]

/** The language the switch offers from `lang`. */
export const otherLang = (lang: Lang): Lang => (lang === "vi" ? "en" : "vi")

/** `generateStaticParams` for every page directly under `[lang]`. */
export const langParams = () => LANGS.map((lang) => ({ lang }))

export { fill } from "./fill"
