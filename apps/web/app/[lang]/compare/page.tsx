/** Compare (/{lang}/compare): the first two relations side by side, and a picker for any pair. */
import { Comparison } from "@/components/Comparison"
import { PageHead } from "@/components/PageHead"
import { dictionary, langParams } from "@/i18n"
import { data } from "@/lib/data"
import { type LangPageProps, langMetadata, pageLang } from "@/lib/lang-page"
import { routes } from "@/lib/routes"

export const dynamicParams = false
export const generateStaticParams = langParams

export const generateMetadata = langMetadata((t) => ({
  title: t.compare.title,
  description: t.compare.lede,
}))

export default async function ComparePage({ params }: LangPageProps) {
  const lang = await pageLang(params)
  if (lang === undefined) return null
  const t = dictionary(lang)
  const [a, b] = data().relations
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        title={t.compare.title}
        lede={t.compare.lede}
      />
      {a && b ? (
        <Comparison lang={lang} a={a} b={b} />
      ) : (
        <p className="muted">{t.country.noData}</p>
      )}
    </div>
  )
}
