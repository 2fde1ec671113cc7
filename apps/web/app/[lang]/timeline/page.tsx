/**
 * Timeline (/{lang}/timeline): every event (the newest `TIMELINE_LIMIT` when there are more),
 * filterable by country, kind, level, period and person. Events are rendered here, on the
 * server; the small client filter only shows or hides them and keeps its state in the URL query.
 */
import { PageHead } from "@/components/PageHead"
import { TimelineView } from "@/components/TimelineView"
import { dictionary, langParams } from "@/i18n"
import { type LangPageProps, langMetadata, pageLang } from "@/lib/lang-page"
import { routes } from "@/lib/routes"

export const dynamicParams = false
export const generateStaticParams = langParams

export const generateMetadata = langMetadata((t) => ({
  title: t.timeline.title,
  description: t.timeline.lede,
}))

export default async function TimelinePage({ params }: LangPageProps) {
  const lang = await pageLang(params)
  if (lang === undefined) return null
  const t = dictionary(lang)
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        title={t.timeline.title}
        lede={t.timeline.lede}
      />
      <TimelineView lang={lang} />
    </div>
  )
}
