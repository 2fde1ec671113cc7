/** Overview: every relation with its key figures, the dataset at a glance, downloads. */
import type { Relation } from "@bilateral/domain"
import Link from "next/link"
import badgeStyles from "@/components/Badge.module.css"
import calloutStyles from "@/components/Callout.module.css"
import cardStyles from "@/components/Card.module.css"
import controls from "@/components/Controls.module.css"
import { EventItem } from "@/components/EventItem"
import gridStyles from "@/components/Grid.module.css"
import { KeyFigures } from "@/components/KeyFigures"
import { PageHead } from "@/components/PageHead"
import sectionStyles from "@/components/Section.module.css"
import timeline from "@/components/Timeline.module.css"
import { dictionary, type Lang, langParams } from "@/i18n"
import {
  countryName,
  data,
  datasetTitle,
  partnerBadge,
  relationLabel,
  relationTitle,
  slugOf,
  subjectName,
  toneOf,
  viewOf,
} from "@/lib/data"
import { type LangPageProps, langMetadata, pageLang } from "@/lib/lang-page"
import { routes } from "@/lib/routes"
import { toneStyle } from "@/lib/tone"
import styles from "./page.module.css"

/** How many of the latest events the overview shows. */
const RECENT = 5

/**
 * The most relations shown as cards with their key figures; beyond, the others are listed in a
 * compact table, so that the page stays small however many relations the data holds.
 */
const CARDS = 12

/** Up to this many partners, the lede names them; beyond, it counts them. */
const NAMED_PARTNERS = 4

export const dynamicParams = false
export const generateStaticParams = langParams

export const generateMetadata = langMetadata((t, lang) => ({
  title: { absolute: `${t.meta.siteName} · ${datasetTitle(lang)}` },
}))

export default async function OverviewPage({ params }: LangPageProps) {
  const lang = await pageLang(params)
  if (lang === undefined) return null
  const t = dictionary(lang)
  const index = data()
  const { dataset } = index
  const quotes = dataset.sources.reduce((n, s) => n + index.factsBySource(s.id).length, 0)
  const stats: Array<[number, string, string?]> = [
    [dataset.events.length, t.overview.counts.events, routes.timeline(lang)],
    [dataset.agreements.length, t.overview.counts.agreements],
    [dataset.indicators.length, t.overview.counts.indicators],
    [quotes, t.overview.counts.facts, routes.sources(lang)],
    [dataset.sources.length, t.overview.counts.sources, routes.sources(lang)],
  ]
  const subject = subjectName(lang)
  // The lede names the partners when there are few and every relation involves the subject;
  // otherwise it counts the relations.
  const partners = index.relations.map((r) => relationLabel(r, lang))
  const named =
    subject !== undefined &&
    partners.length <= NAMED_PARTNERS &&
    index.relations.every((r) =>
      (r.countries as ReadonlyArray<string>).includes(index.subject ?? ""),
    )
  const lede = named
    ? t.overview.lede(
        subject,
        new Intl.ListFormat(lang, { type: "conjunction" }).format(partners),
        dataset.sources.length,
      )
    : t.overview.lede(undefined, t.overview.relationsCount(partners.length), dataset.sources.length)
  const codes = [...new Set(index.relations.flatMap((r) => r.countries))]
  const countries =
    codes.length <= NAMED_PARTNERS + 1
      ? codes.map((code) => countryName(code, lang)).join(" · ")
      : undefined
  const recent = index
    .events()
    .filter((e) => e.date !== undefined)
    .slice(-RECENT)
    .reverse()
  return (
    <div className="container">
      <PageHead lang={lang} eyebrow={countries} title={datasetTitle(lang)} lede={lede} />

      <section className={sectionStyles.section} aria-labelledby="relations">
        <h2 id="relations">{t.overview.relations}</h2>
        <div className={`${gridStyles.grid} ${gridStyles.two}`}>
          {index.relations.slice(0, CARDS).map((relation) => (
            <RelationCard key={relation.id} relation={relation} lang={lang} />
          ))}
        </div>
        {index.relations.length > CARDS && (
          <RelationTable relations={index.relations.slice(CARDS)} lang={lang} />
        )}
        <div className={styles.actions}>
          {index.relations.length >= 2 && (
            <Link className={controls.button} href={routes.compare(lang)}>
              {t.overview.compareCta}
            </Link>
          )}
          <Link className={`${controls.button} ${controls.ghost}`} href={routes.downloads(lang)}>
            {t.overview.downloadsCta}
          </Link>
        </div>
      </section>

      <section className={sectionStyles.section} aria-labelledby="recent">
        <h2 id="recent">{t.overview.recent}</h2>
        <ol className={timeline.list}>
          {recent.map((event) => (
            <EventItem key={event.id} event={event} lang={lang} showRelation />
          ))}
        </ol>
        <p>
          <Link href={routes.timeline(lang)}>{t.overview.allEvents} →</Link>
        </p>
      </section>

      <section className={sectionStyles.section} aria-labelledby="dataset">
        <h2 id="dataset">{t.overview.dataset}</h2>
        <ul className={styles.statStrip}>
          {stats.map(([n, label, href]) => {
            const figure = (
              <>
                <strong>{n}</strong>
                <span>{label}</span>
              </>
            )
            return <li key={label}>{href ? <Link href={href}>{figure}</Link> : figure}</li>
          })}
        </ul>
      </section>

      <section className={sectionStyles.section} aria-labelledby="how">
        <h2 id="how">{t.overview.how}</h2>
        <div className={calloutStyles.callout}>
          <p>{t.overview.howText}</p>
        </div>
      </section>
    </div>
  )
}

/** The relations beyond the cards: one row each, with their counts and links. */
function RelationTable({ relations, lang }: { relations: ReadonlyArray<Relation>; lang: Lang }) {
  const t = dictionary(lang)
  return (
    <div className={`table-wrap ${sectionStyles.subsection}`}>
      <table className="relation-table">
        <caption>{t.overview.moreRelations(relations.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t.overview.relations}</th>
            <th scope="col">{t.overview.counts.events}</th>
            <th scope="col">{t.overview.counts.agreements}</th>
            <th scope="col">{t.overview.counts.indicators}</th>
          </tr>
        </thead>
        <tbody>
          {relations.map((relation) => {
            const view = viewOf(relation)
            const slug = slugOf(relation)
            return (
              <tr key={relation.id} className="tone" style={toneStyle(view.tone)}>
                <th scope="row">
                  <span className={`${badgeStyles.badge} ${badgeStyles.tone}`}>
                    {partnerBadge(relation)}
                  </span>{" "}
                  <Link href={routes.country(lang, slug)}>{view.title[lang]}</Link>
                </th>
                <td>
                  <Link href={routes.timeline(lang, { country: slug })}>{view.counts.events}</Link>
                </td>
                <td>{view.counts.agreements}</td>
                <td>{view.counts.indicators}</td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

function RelationCard({ relation, lang }: { relation: Relation; lang: Lang }) {
  const t = dictionary(lang)
  const title = relationTitle(relation, lang)
  const slug = slugOf(relation)
  return (
    <article
      className={`${cardStyles.card} ${cardStyles.accent} tone`}
      style={toneStyle(toneOf(relation))}
      aria-labelledby={`card-${slug}`}
    >
      <div className={styles.cardHead}>
        <span className={styles.codeBadge} aria-hidden="true">
          {partnerBadge(relation)}
        </span>
        <h3 id={`card-${slug}`}>
          <Link href={routes.country(lang, slug)}>{title}</Link>
        </h3>
      </div>
      <KeyFigures relation={relation} lang={lang} />
      <Link className={`${controls.button} ${controls.ghost}`} href={routes.country(lang, slug)}>
        {t.overview.openProfile(title)} →
      </Link>
    </article>
  )
}
