/** One comparison (/{lang}/compare/kz-kg/): every ordered pair of relations is a static page. */
import type { Relation } from "@bilateral/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { Comparison } from "@/components/Comparison"
import { PageHead } from "@/components/PageHead"
import { dictionary, isLang, LANGS, type Lang } from "@/i18n"
import { countryName, data, relationBySlug, slugOf } from "@/lib/data"
import { parsePair, routes } from "@/lib/routes"

export const dynamicParams = false

export function generateStaticParams() {
  const slugs = data().relations.map(slugOf)
  return LANGS.flatMap((lang) =>
    slugs.flatMap((a) => slugs.filter((b) => b !== a).map((b) => ({ lang, pair: `${a}-${b}` }))),
  )
}

type Props = { params: Promise<{ lang: string; pair: string }> }

const resolve = (pair: string) => {
  const codes = parsePair(pair)
  const a = codes ? relationBySlug(codes[0]) : undefined
  const b = codes ? relationBySlug(codes[1]) : undefined
  return a && b ? ([a, b] as const) : undefined
}

/** "Kazakhstan – Kyrgyzstan": the two partners' names. */
const pairName = (a: Relation, b: Relation, lang: Lang) =>
  `${countryName(a.countries[1], lang)} – ${countryName(b.countries[1], lang)}`

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, pair } = await params
  const both = resolve(pair)
  if (!isLang(lang) || !both) return {}
  const t = dictionary(lang)
  const [a, b] = both
  return {
    title: `${t.compare.title}: ${pairName(a, b, lang)}`,
    description: t.compare.lede,
  }
}

export default async function PairPage({ params }: Props) {
  const { lang, pair } = await params
  const both = resolve(pair)
  if (!isLang(lang) || !both) notFound()
  const t = dictionary(lang)
  const [a, b] = both
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[
          { href: routes.home(lang), label: t.nav.overview },
          { href: routes.compare(lang), label: t.compare.title },
        ]}
        title={pairName(a, b, lang)}
        lede={t.compare.lede}
      />
      <Comparison lang={lang} a={a} b={b} />
    </div>
  )
}
