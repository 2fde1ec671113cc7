/** Sources (/{lang}/sources): the articles the dataset is built from. */
import { formatDate, localize } from "@bilateral/domain"
import Link from "next/link"
import factListStyles from "@/components/FactList.module.css"
import { PageHead } from "@/components/PageHead"
import { dictionary, langParams } from "@/i18n"
import { data } from "@/lib/data"
import { type LangPageProps, langMetadata, pageLang } from "@/lib/lang-page"
import { routes } from "@/lib/routes"

export const dynamicParams = false
export const generateStaticParams = langParams

export const generateMetadata = langMetadata((t) => ({
  title: t.sources.title,
  description: t.sources.lede,
}))

export default async function SourcesPage({ params }: LangPageProps) {
  const lang = await pageLang(params)
  if (lang === undefined) return null
  const t = dictionary(lang)
  const index = data()
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        title={t.sources.title}
        lede={t.sources.lede}
      />
      <ul className={factListStyles.list}>
        {index.dataset.sources.map((source) => (
          <li key={source.id}>
            <Link className={factListStyles.title} href={routes.source(lang, source.id)}>
              {localize(source.title, lang)}
            </Link>
            <span className={factListStyles.meta}>
              {t.sources.facts(index.factsBySource(source.id).length)}
              {source.date && ` · ${formatDate(source.date, lang)}`}
              {source.outlet && ` · ${source.outlet}`}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
