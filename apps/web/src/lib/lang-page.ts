/**
 * What every page directly under `[lang]` does with its params: read the language from the
 * segment, and build its metadata from that language's dictionary. `dynamicParams = false` and
 * `generateStaticParams = langParams` stay in each page, where Next reads its segment config.
 */
import type { Metadata } from "next"
import { type Dictionary, dictionary, isLang, type Lang } from "../i18n"

/** The props Next passes to a page directly under `[lang]` and to its `generateMetadata`. */
export type LangPageProps = { params: Promise<{ lang: string }> }

/** The page's language, or undefined when the segment is not one of the site's languages. */
export const pageLang = async (params: LangPageProps["params"]): Promise<Lang | undefined> => {
  const { lang } = await params
  return isLang(lang) ? lang : undefined
}

/** A `generateMetadata` built from the page's dictionary; no metadata for an unknown language. */
export const langMetadata =
  (build: (t: Dictionary, lang: Lang) => Metadata) =>
  async ({ params }: LangPageProps): Promise<Metadata> => {
    const lang = await pageLang(params)
    return lang === undefined ? {} : build(dictionary(lang), lang)
  }
