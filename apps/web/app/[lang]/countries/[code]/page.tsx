/**
 * A relation's page (/{lang}/countries/{code}): key facts, and bounded summaries of the status
 * timeline (its latest changes), the indicators, the exchanges (visit counts and the most recent events),
 * agreements, cooperation, statements and the articles' claims checked, each linking to
 * its page under the relation ([part]/page.tsx, `RELATION_PARTS`), which lists them in full. The
 * relation's view is taken once here and passed to each section (the files beside this one).
 */
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import cardStyles from "@/components/Card.module.css"
import { KeyFigures } from "@/components/KeyFigures"
import lists from "@/components/Lists.module.css"
import { PageHead } from "@/components/PageHead"
import { dictionary, isLang, LANGS } from "@/i18n"
import { data, relationBySlug, relationTitle, slugOf, viewOf } from "@/lib/data"
import { routes } from "@/lib/routes"
import { toneStyle } from "@/lib/tone"
import { AgreementsSummary } from "./AgreementsSection"
import { ClaimsSummary } from "./ClaimsSection"
import { CooperationSummary } from "./CooperationSection"
import { ExchangesSummary } from "./ExchangesSection"
import { IndicatorsSummary } from "./IndicatorsSection"
import { KeyFactsSection } from "./KeyFactsSection"
import { SourcesSection } from "./SourcesSection"
import { StatementsSummary } from "./StatementsSection"
import { StatusSummary } from "./StatusSection"

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
  return {
    title: relationTitle(relation, lang),
    description: t.meta.description,
  }
}

export default async function CountryPage({ params }: Props) {
  const { lang, code } = await params
  const relation = relationBySlug(code)
  if (!isLang(lang) || !relation) notFound()
  const t = dictionary(lang)
  const index = data()
  const view = viewOf(relation)
  const hasOthers = index.relations.length > 1
  const sections: Array<[string, string]> = [
    ["key-facts", t.country.keyFacts],
    ...(view.status.length > 0 ? [["status", t.country.status] as [string, string]] : []),
    ["indicators", t.country.indicators],
    ["exchanges", t.country.exchanges],
    ["agreements", t.country.agreements],
    ["cooperation", t.country.cooperation],
    ...(view.facts.statements.length > 0
      ? [["statements", t.country.statements] as [string, string]]
      : []),
    ["claims", t.country.claims],
    ["sources", t.country.sourcesUsed],
  ]
  return (
    <div className="container tone" style={toneStyle(view.tone)}>
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        eyebrow={t.common.profile}
        title={view.title[lang]}
      >
        <nav aria-label={t.common.profile}>
          <ul className={lists.inline}>
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
            {hasOthers && (
              <li>
                <Link href={routes.compare(lang, view.slug)}>{t.country.compareWith}</Link>
              </li>
            )}
          </ul>
        </nav>
      </PageHead>

      <div className={`${cardStyles.card} ${cardStyles.accent}`}>
        <KeyFigures relation={relation} lang={lang} />
      </div>

      <KeyFactsSection view={view} lang={lang} />
      <StatusSummary view={view} lang={lang} />
      <IndicatorsSummary view={view} lang={lang} />
      <ExchangesSummary view={view} events={index.events({ relation: relation.id })} lang={lang} />
      <AgreementsSummary view={view} lang={lang} />
      <CooperationSummary view={view} lang={lang} />
      <StatementsSummary view={view} lang={lang} />
      <ClaimsSummary view={view} lang={lang} />
      <SourcesSection index={index} view={view} lang={lang} />
    </div>
  )
}
