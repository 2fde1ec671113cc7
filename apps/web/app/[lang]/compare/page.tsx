/** Compare (/{lang}/compare): the first two relations side by side, and a picker for any pair. */
import type { Metadata } from "next"
import { Comparison } from "@/components/Comparison"
import { PageHead } from "@/components/PageHead"
import { dictionary, isLang, langParams } from "@/i18n"
import { data } from "@/lib/data"
import { routes } from "@/lib/routes"

export const dynamicParams = false
export const generateStaticParams = langParams

type Props = { params: Promise<{ lang: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params
  if (!isLang(lang)) return {}
  const t = dictionary(lang)
  return { title: t.compare.title, description: t.compare.lede }
}

export default async function ComparePage({ params }: Props) {
  const { lang } = await params
  if (!isLang(lang)) return null
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
