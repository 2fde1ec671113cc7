/**
 * A source (/{lang}/sources/{id}): every fact it supports, each quote with the id
 * `provenanceAnchor(p)` so that figures across the site link straight to it. Facts that cite
 * the same clause share one quote.
 */
import type { SourcedFact } from "@bilateral/data"
import { COLLECTIONS, type Collection, formatDate, localize } from "@bilateral/domain"
import type { Metadata } from "next"
import { notFound } from "next/navigation"
import badgeStyles from "@/components/Badge.module.css"
import factStyles from "@/components/Facts.module.css"
import lists from "@/components/Lists.module.css"
import { PageHead } from "@/components/PageHead"
import sectionStyles from "@/components/Section.module.css"
import { dictionary, isLang, LANGS } from "@/i18n"
import { data, languageName } from "@/lib/data"
import { factHref } from "@/lib/fact-links"
import { routes } from "@/lib/routes"
import styles from "./page.module.css"

export const dynamicParams = false

export function generateStaticParams() {
  return LANGS.flatMap((lang) => data().dataset.sources.map((s) => ({ lang, id: s.id })))
}

type Props = { params: Promise<{ lang: string; id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, id } = await params
  const source = data().source(id)
  if (!isLang(lang) || !source) return {}
  return { title: localize(source.title, lang) }
}

type Quote = { anchor: string; quote: string; paragraph?: number; facts: SourcedFact[] }

/** The source's quotes, each with the facts it supports, grouped by the collection of their first fact. */
const quotesOf = (facts: ReadonlyArray<SourcedFact>) => {
  const byAnchor = new Map<string, Quote>()
  for (const fact of facts) {
    const quote = byAnchor.get(fact.anchor)
    if (quote) quote.facts.push(fact)
    else
      byAnchor.set(fact.anchor, {
        anchor: fact.anchor,
        quote: fact.provenance.quote,
        paragraph: fact.provenance.paragraph,
        facts: [fact],
      })
  }
  const groups = new Map<Collection, Quote[]>()
  for (const quote of byAnchor.values()) {
    const collection = quote.facts[0]?.collection ?? "sources"
    groups.set(collection, [...(groups.get(collection) ?? []), quote])
  }
  return COLLECTIONS.flatMap((c) => {
    const list = groups.get(c)
    return list ? [[c, list] as const] : []
  })
}

export default async function SourcePage({ params }: Props) {
  const { lang, id } = await params
  const index = data()
  const source = index.source(id)
  if (!isLang(lang) || !source) notFound()
  const t = dictionary(lang)
  const facts = index.factsBySource(id)
  const groups = quotesOf(facts)
  return (
    <div className="container">
      <PageHead
        lang={lang}
        trail={[
          { href: routes.home(lang), label: t.nav.overview },
          { href: routes.sources(lang), label: t.sources.title },
        ]}
        eyebrow={t.common.source}
        title={
          <span lang={source.title[lang] ? lang : source.language}>
            {localize(source.title, lang)}
          </span>
        }
      >
        <dl className={factStyles.facts}>
          <dt>{t.sources.language}</dt>
          <dd>{languageName(source.language, lang)}</dd>
          {source.outlet && (
            <>
              <dt>{t.sources.outlet}</dt>
              <dd>{source.outlet}</dd>
            </>
          )}
          {source.date && (
            <>
              <dt>{t.sources.published}</dt>
              <dd>{formatDate(source.date, lang)}</dd>
            </>
          )}
          {source.url && (
            <>
              <dt>{t.sources.url}</dt>
              <dd>
                <a href={source.url} rel="noopener noreferrer">
                  {source.url}
                </a>
              </dd>
            </>
          )}
        </dl>
      </PageHead>

      <section className={sectionStyles.section} aria-labelledby="supports">
        <h2 id="supports">
          {t.sources.supports} <span className="muted">({t.sources.facts(facts.length)})</span>
        </h2>
        <p className={sectionStyles.lede}>
          {t.sources.supportsLede}{" "}
          {source.language !== lang && t.sources.quoteLang(languageName(source.language, lang))}
        </p>
        <nav aria-label={t.sources.supports}>
          <ul className={lists.inline}>
            {groups.map(([collection, quotes]) => (
              <li key={collection}>
                <a href={`#c-${collection}`}>
                  {t.labels.collection[collection]} <span className="muted">({quotes.length})</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {groups.map(([collection, quotes]) => (
          <div className={sectionStyles.subsection} key={collection}>
            <h3 id={`c-${collection}`}>{t.labels.collection[collection]}</h3>
            <ol className={styles.quotes}>
              {quotes.map((q) => (
                <li key={q.anchor}>
                  <figure className={styles.quote} id={q.anchor} data-testid="quote">
                    <blockquote lang={source.language}>
                      <p>{q.quote}</p>
                    </blockquote>
                    <figcaption>
                      {q.paragraph !== undefined ? (
                        <span className={`${badgeStyles.badge} ${styles.where}`}>
                          {t.common.paragraph(q.paragraph)}
                        </span>
                      ) : null}
                      {q.facts.map((fact, i) => {
                        const href = factHref(lang, fact)
                        // The caption's items are flex items, link or text alike. A fact's label
                        // is not a key: it would be written once more, and in Vietnamese on the
                        // English page too, in the page's RSC payload; the list is never reordered.
                        return href ? (
                          // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
                          <a key={i} href={href}>
                            {fact.label[lang]}
                          </a>
                        ) : (
                          // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
                          <span key={i}>{fact.label[lang]}</span>
                        )
                      })}
                    </figcaption>
                  </figure>
                </li>
              ))}
            </ol>
          </div>
        ))}
      </section>
    </div>
  )
}
