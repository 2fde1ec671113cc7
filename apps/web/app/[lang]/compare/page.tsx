/**
 * Compare (/{lang}/compare/?a=kz&b=kg): any two relations side by side. The page is one static
 * file per language; the browser reads the pair from the query and fetches the two relations'
 * sides (`/compare-data/{slug}.json`), so the build writes one small file per relation and none
 * per pair. Without JavaScript, the page lists the relations.
 */
import Link from "next/link"
import { type CompareStrings, CompareView } from "@/components/CompareView"
import factListStyles from "@/components/FactList.module.css"
import { PageHead } from "@/components/PageHead"
import { dictionary, langParams } from "@/i18n"
import { data, relationLabel, relationTitle, slugOf } from "@/lib/data"
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
  const relations = data().relations
  const options = relations.map((r) => ({ value: slugOf(r), label: relationLabel(r, lang) }))
  const c = t.compare
  const strings: CompareStrings = {
    pick: c.pick,
    left: c.left,
    right: c.right,
    swap: c.swap,
    show: c.show,
    samePair: c.samePair,
    metric: c.metric,
    difference: c.difference,
    differs: c.differs,
    same: c.same,
    higher: c.higher("{name}"),
    onlyOne: c.onlyOne("{name}"),
    legend: c.legend,
    unknown: t.common.unknown,
    loading: c.loading,
    failed: c.failed,
    caption: c.title,
  }
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        title={t.compare.title}
        lede={t.compare.lede}
      />
      {relations.length < 2 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <CompareView lang={lang} options={options} strings={strings} />
      )}
      <noscript>
        <p>{c.noScript}</p>
        <ul className={factListStyles.list}>
          {relations.map((r) => (
            <li key={r.id}>
              <Link href={routes.country(lang, slugOf(r))}>{relationTitle(r, lang)}</Link>
            </li>
          ))}
        </ul>
      </noscript>
    </div>
  )
}
