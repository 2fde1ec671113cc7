/** One relation's whole timeline (/{lang}/timeline/{code}/), with the same filters. */
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { PageHead } from "@/components/PageHead"
import { TimelineView } from "@/components/TimelineView"
import { dictionary, isLang, LANGS } from "@/i18n"
import { data, relationBySlug, relationTitle, slugOf } from "@/lib/data"
import { routes } from "@/lib/routes"

export const dynamicParams = false

export function generateStaticParams() {
  return LANGS.flatMap((lang) => data().relations.map((r) => ({ lang, code: slugOf(r) })))
}

type Props = { params: Promise<{ lang: string; code: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, code } = await params
  const relation = relationBySlug(code)
  if (!isLang(lang) || !relation) return {}
  const t = dictionary(lang)
  return { title: `${t.timeline.title}: ${relationTitle(relation, lang)}` }
}

export default async function RelationTimelinePage({ params }: Props) {
  const { lang, code } = await params
  const relation = relationBySlug(code)
  if (!isLang(lang) || !relation) notFound()
  const t = dictionary(lang)
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[
          { href: routes.home(lang), label: t.nav.overview },
          { href: routes.timeline(lang), label: t.timeline.title },
        ]}
        title={`${t.timeline.title}: ${relationTitle(relation, lang)}`}
        lede={t.timeline.lede}
      />
      <TimelineView lang={lang} relation={relation} />
    </div>
  )
}
