/**
 * The relation's exchanges: visit counts by level, direction and year, gaps, its commissions with
 * their levels and sessions, and the most recent events (`recentEvents`), with a link to the
 * relation's timeline that lists every one. The exchanges page
 * (`routes.relationPart(lang, slug, "exchanges")`) shows all of it; the relation page shows the
 * visit counts and the most recent events (`ExchangesSummary`), whose size does not grow with the
 * number of visits, gaps or sessions, and links there for the gaps and commissions.
 */
import type { RelationView } from "@bilateral/data"
import { type Event, formatDate, formatNumber, topLevelVisitGaps } from "@bilateral/domain"
import { CiteMarks } from "@/components/Cite"
import { CommissionList } from "@/components/CommissionList"
import { EventList } from "@/components/EventList"
import factListStyles from "@/components/FactList.module.css"
import gridStyles from "@/components/Grid.module.css"
import sectionStyles from "@/components/Section.module.css"
import { dictionary, type Lang } from "@/i18n"
import { countryName } from "@/lib/data"
import { recentEvents } from "@/lib/recent-events"
import { routes } from "@/lib/routes"
import { type Bar, Bars } from "./Bars"
import { PartLink, Section } from "./Section"

/** Every figure of the relation's exchanges: the exchanges page. */
export function ExchangesSection({
  view,
  events,
  lang,
}: {
  view: RelationView
  /** The relation's events in the order the timeline shows them. */
  events: ReadonlyArray<Event>
  lang: Lang
}) {
  const t = dictionary(lang)
  return (
    <Section
      id="exchanges"
      title={t.country.exchanges}
      lede={t.country.exchangesLede(view.facts.events.length)}
    >
      <VisitCounts view={view} lang={lang} />
      <CommissionList relation={view.relation} events={events} lang={lang} />
      <RecentEvents slug={view.slug} events={events} lang={lang} />
    </Section>
  )
}

/**
 * The relation page's exchanges: the visit counts by level, direction and year, the most recent
 * events with a link to the relation's timeline, and a link to the exchanges page for the gaps
 * between top-level visits and the commissions.
 */
export function ExchangesSummary({
  view,
  events,
  lang,
}: {
  view: RelationView
  /** The relation's events in the order the timeline shows them. */
  events: ReadonlyArray<Event>
  lang: Lang
}) {
  const t = dictionary(lang)
  return (
    <Section
      id="exchanges"
      title={t.country.exchanges}
      lede={t.country.exchangesLede(view.facts.events.length)}
    >
      <VisitCounts view={view} lang={lang} gaps={false} />
      <RecentEvents slug={view.slug} events={events} lang={lang} />
      {events.length > 0 || (view.relation.commissions ?? []).length > 0 ? (
        <PartLink href={routes.relationPart(lang, view.slug, "exchanges")}>
          {t.country.allExchanges}
        </PartLink>
      ) : null}
    </Section>
  )
}

/** The most recent events, with a link to the relation's timeline that lists every one. */
function RecentEvents({
  slug,
  events,
  lang,
}: {
  slug: string
  events: ReadonlyArray<Event>
  lang: Lang
}) {
  if (events.length === 0) return null
  return (
    <div className={sectionStyles.subsection}>
      <EventList events={recentEvents(events)} lang={lang} />
      <p>
        <a href={routes.relationTimeline(lang, slug)}>
          {dictionary(lang).country.allEvents(events.length)}
        </a>
      </p>
    </div>
  )
}

/**
 * The visit counts: the total, bars by level, direction and year, and (with `gaps`) the gaps
 * between top-level visits.
 */
function VisitCounts({
  view,
  lang,
  gaps: withGaps = true,
}: {
  view: RelationView
  lang: Lang
  gaps?: boolean
}) {
  const t = dictionary(lang)
  const counts = view.visitCounts
  const { slug } = view
  if (counts.total === 0) return null
  const gaps = withGaps ? topLevelVisitGaps(view.facts.events) : []
  const byLevel = Object.entries(counts.byLevel).map(
    ([level, n]): Bar => ({
      label: t.labels.level[level as keyof typeof t.labels.level] ?? level,
      count: n ?? 0,
      href: routes.timeline(lang, { country: slug, kind: "Visit", level }),
    }),
  )
  const byDirection = counts.byDirection.map(
    ({ guest, host, count }): Bar => ({
      label: t.country.direction(countryName(guest, lang), countryName(host, lang)),
      count,
    }),
  )
  const byYear = Object.entries(counts.byYear)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(
      ([year, n]): Bar => ({
        label: year,
        count: n,
        href: routes.timeline(lang, { country: slug, kind: "Visit", from: year, to: year }),
      }),
    )
  return (
    <>
      <p>
        <strong>{t.country.visitsTotal(counts.total)}</strong>
        {counts.undated > 0 && (
          <span className="muted"> · {t.country.undatedVisits(counts.undated)}</span>
        )}
      </p>
      <div className={`${gridStyles.grid} ${gridStyles.three}`}>
        <Bars title={t.country.byLevel} bars={byLevel} />
        <Bars title={t.country.byDirection} bars={byDirection} />
        <Bars title={t.country.byYear} bars={byYear} />
      </div>
      {gaps.length > 0 && (
        <div className={sectionStyles.subsection}>
          <h3>{t.country.topGaps}</h3>
          <ul className={factListStyles.list}>
            {gaps.map((g) => (
              <li key={`${g.from.id}-${g.to.id}`}>
                {g.from.date && g.to.date
                  ? t.country.gap(
                      formatDate(g.from.date, lang),
                      formatDate(g.to.date, lang),
                      t.common.years(g.years, formatNumber(g.years, lang, { maxDecimals: 1 })),
                    )
                  : null}{" "}
                <CiteMarks
                  lang={lang}
                  provenance={[...g.from.provenance.slice(0, 1), ...g.to.provenance.slice(0, 1)]}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}
