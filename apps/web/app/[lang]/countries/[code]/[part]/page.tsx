/**
 * A page under a relation's page (/{lang}/countries/{code}/{part}/, `RELATION_PARTS`): the
 * relation's head, a way back to its profile and to its other pages (those with entries), and one
 * long section in
 * full, every entry anchored where the site's links point (`lib/fact-links.ts`).
 */
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import lists from "@/components/Lists.module.css"
import { PageHead } from "@/components/PageHead"
import { dictionary, isLang, LANGS } from "@/i18n"
import { data, relationBySlug, relationTitle, slugOf, viewOf } from "@/lib/data"
import { isRelationPart, RELATION_PARTS, routes } from "@/lib/routes"
import { toneStyle } from "@/lib/tone"
import partStyles from "../Parts.module.css"
import { PARTS } from "../parts"

export const dynamicParams = false

export function generateStaticParams() {
  return LANGS.flatMap((lang) =>
    data().relations.flatMap((r) =>
      RELATION_PARTS.map((part) => ({ lang, code: slugOf(r), part })),
    ),
  )
}

type Props = { params: Promise<{ lang: string; code: string; part: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, code, part } = await params
  const relation = relationBySlug(code)
  if (!isLang(lang) || !relation || !isRelationPart(part)) return {}
  const t = dictionary(lang)
  return {
    title: `${PARTS[part].title(t)}: ${relationTitle(relation, lang)}`,
    description: t.meta.description,
  }
}

export default async function RelationPartPage({ params }: Props) {
  const { lang, code, part } = await params
  const relation = relationBySlug(code)
  if (!isLang(lang) || !relation || !isRelationPart(part)) notFound()
  const t = dictionary(lang)
  const view = viewOf(relation)
  const { Full } = PARTS[part]
  const profile = routes.country(lang, view.slug)
  return (
    <div className="container tone" style={toneStyle(view.tone)}>
      <PageHead
        lang={lang}
        trail={[
          { href: routes.home(lang), label: t.nav.overview },
          { href: profile, label: view.title[lang] },
        ]}
        eyebrow={t.common.profile}
        title={view.title[lang]}
      >
        <nav aria-label={t.country.parts} className={partStyles.nav}>
          <ul className={lists.inline}>
            <li>
              <a href={profile}>{`← ${t.country.backToProfile}`}</a>
            </li>
            {RELATION_PARTS.filter((p) => p === part || PARTS[p].count(view) > 0).map((p) => (
              <li key={p}>
                <a
                  href={routes.relationPart(lang, view.slug, p)}
                  aria-current={p === part ? "page" : undefined}
                >
                  {PARTS[p].title(t)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </PageHead>
      <Full index={data()} view={view} lang={lang} />
    </div>
  )
}
