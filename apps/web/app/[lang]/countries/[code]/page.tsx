/**
 * A relation's page (/{lang}/countries/{code}): key facts, a chart for every indicator, visits
 * and contacts with their counts, agreements, cooperation, and the articles' claims checked.
 */
import {
  formatDate,
  formatNumber,
  formatQuantity,
  isConcurrent,
  localize,
  type Provenance,
  type Relation,
  relationAge,
  topLevelVisitGaps,
} from "@bilateral/domain"
import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import type { ReactNode } from "react"
import { Cite, CiteMarks } from "@/components/Cite"
import { participantText } from "@/components/EventItem"
import { EventList } from "@/components/EventList"
import { KeyFigures } from "@/components/KeyFigures"
import { PageHead } from "@/components/PageHead"
import { FigureCard, hasTrend, SeriesChart } from "@/components/SeriesChart"
import { dictionary, isLang, LANGS, type Lang } from "@/i18n"
import {
  asOf,
  countryName,
  data,
  relationBySlug,
  relationTitle,
  slugOf,
  toneOf,
  viewOf,
} from "@/lib/data"
import { routes } from "@/lib/routes"
import { toneStyle } from "@/lib/tone"

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
  const facts = index.factsOf(relation.id)
  const title = relationTitle(relation, lang)
  const view = viewOf(relation)
  const hasOthers = index.relations.length > 1
  const sections: Array<[string, string]> = [
    ["key-facts", t.country.keyFacts],
    ["indicators", t.country.indicators],
    ["exchanges", t.country.exchanges],
    ["agreements", t.country.agreements],
    ["cooperation", t.country.cooperation],
    ...(facts.statements.length > 0
      ? [["statements", t.country.statements] as [string, string]]
      : []),
    ["claims", t.country.claims],
    ["sources", t.country.sourcesUsed],
  ]
  return (
    <div className="container tone" style={toneStyle(toneOf(relation))}>
      <PageHead
        lang={lang}
        trail={[{ href: routes.home(lang), label: t.nav.overview }]}
        eyebrow={t.common.profile}
        title={title}
      >
        <nav aria-label={t.common.profile} className="toc">
          <ul className="inline-list">
            {sections.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
            {hasOthers && (
              <li>
                <Link href={routes.compare(lang, slugOf(relation))}>{t.country.compareWith}</Link>
              </li>
            )}
          </ul>
        </nav>
      </PageHead>

      <div className="card card--accent">
        <KeyFigures relation={relation} lang={lang} />
      </div>

      <Section id="key-facts" title={t.country.keyFacts}>
        <KeyFacts relation={relation} lang={lang} />
      </Section>

      <Section id="indicators" title={t.country.indicators} lede={t.country.indicatorsLede}>
        {facts.indicators.length === 0 && <p className="muted">{t.country.noData}</p>}
        {facts.indicators.filter(hasTrend).map((series) => (
          <SeriesChart key={series.id} series={series} lang={lang} />
        ))}
        {facts.indicators.some((s) => !hasTrend(s)) && (
          <div className="subsection">
            <h3>{t.country.singleFigures}</h3>
            <p className="section__lede">{t.chart.single}</p>
            <div className="grid grid--3">
              {facts.indicators
                .filter((s) => !hasTrend(s))
                .map((series) => (
                  <FigureCard key={series.id} series={series} lang={lang} />
                ))}
            </div>
          </div>
        )}
      </Section>

      <Section
        id="exchanges"
        title={t.country.exchanges}
        lede={t.country.exchangesLede(facts.events.length)}
      >
        <VisitCountsView relation={relation} lang={lang} />
        <div className="subsection">
          <EventList events={index.events({ relation: relation.id })} lang={lang} />
        </div>
      </Section>

      <Section id="agreements" title={t.country.agreements}>
        {facts.agreements.length === 0 ? (
          <p className="muted">{t.country.noData}</p>
        ) : (
          <ul className="fact-list">
            {facts.agreements.map((a) => (
              <li key={a.id} id={`agreement-${a.id}`}>
                <span className="fact-list__title">{localize(a.title, lang)}</span>{" "}
                <CiteMarks lang={lang} provenance={a.provenance} />
                <span className="fact-list__meta">
                  <span className="badge badge--accent">{t.labels.agreementKind[a.kind]}</span>{" "}
                  <span className="badge">
                    {a.scope === "multilateral" ? t.country.multilateral : t.country.bilateral}
                  </span>
                  {a.signed && <> · {t.country.signed(formatDate(a.signed, lang))}</>}
                  {a.effective && <> · {t.country.effective(formatDate(a.effective, lang))}</>}
                </span>
                {a.summary && <span className="fact-list__meta">{localize(a.summary, lang)}</span>}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="cooperation" title={t.country.cooperation}>
        <Cooperation relation={relation} lang={lang} />
      </Section>

      {facts.statements.length > 0 && (
        <Section id="statements" title={t.country.statements}>
          <ul className="statements">
            {facts.statements.map((st) => (
              <li key={st.id} id={`fact-${st.id}`}>
                <p>
                  {localize(st.text, lang)} <CiteMarks lang={lang} provenance={st.provenance} />
                </p>
                {st.speaker && (
                  <p className="statements__speaker">— {participantText(st.speaker, lang)}</p>
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="claims" title={t.country.claims} lede={t.country.claimsLede}>
        {view.claims.length === 0 ? (
          <p className="muted">{t.country.noData}</p>
        ) : (
          <ul className="fact-list">
            {view.claims.map(({ claim, result }) => {
              const badge =
                result.status === "holds"
                  ? "badge--ok"
                  : result.status === "contradicted"
                    ? "badge--bad"
                    : "badge--warn"
              return (
                <li
                  key={claim.id}
                  id={`claim-${claim.id}`}
                  className={`claim claim--${result.status}`}
                >
                  <span className={`badge ${badge}`}>{t.labels.claimStatus[result.status]}</span>
                  <p className="claim__text">
                    “{localize(claim.text, lang)}”{" "}
                    <CiteMarks lang={lang} provenance={claim.provenance} />
                  </p>
                  <p className="claim__explanation">{result.explanation[lang]}</p>
                </li>
              )
            })}
          </ul>
        )}
      </Section>

      <Section id="sources" title={t.country.sourcesUsed}>
        <ul className="fact-list">
          {sourcesOf(relation).map(([id, count]) => {
            const source = index.source(id)
            return (
              <li key={id}>
                <Link className="fact-list__title" href={routes.source(lang, id)}>
                  {source ? localize(source.title, lang) : id}
                </Link>
                <span className="fact-list__meta">
                  {t.sources.facts(count)}
                  {source?.date && ` · ${formatDate(source.date, lang)}`}
                </span>
              </li>
            )
          })}
        </ul>
      </Section>
    </div>
  )
}

function Section({
  id,
  title,
  lede,
  children,
}: {
  id: string
  title: string
  lede?: string
  children: ReactNode
}) {
  return (
    <section className="section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lede && <p className="section__lede">{lede}</p>}
      {children}
    </section>
  )
}

/** Sources that support this relation's facts, with how many facts each. */
const sourcesOf = (relation: Relation): Array<[string, number]> => {
  const index = data()
  return index.dataset.sources
    .map((s): [string, number] => [
      s.id,
      index.factsBySource(s.id).filter((f) => f.relation === relation.id).length,
    ])
    .filter(([, n]) => n > 0)
}

/** An organisation's name with its abbreviation ("Liên Hợp Quốc (UN)"), or its id when unknown. */
const organisationName = (id: string, lang: Lang) => {
  const organisation = data().organisation(id)
  return organisation
    ? `${localize(organisation.name, lang)}${organisation.abbreviation ? ` (${organisation.abbreviation})` : ""}`
    : id
}

function Fact({
  lang,
  provenance,
  children,
}: {
  lang: Lang
  provenance: ReadonlyArray<Provenance>
  children: ReactNode
}) {
  return (
    <li>
      {children} <CiteMarks lang={lang} provenance={provenance} />
    </li>
  )
}

function KeyFacts({ relation, lang }: { relation: Relation; lang: Lang }) {
  const t = dictionary(lang)
  const index = data()
  const facts = index.factsOf(relation.id)
  const partner = index.country(index.partnerOf(relation))
  const age = relationAge(relation, asOf())
  const rows: Array<[string, ReactNode]> = []

  const recognition: ReactNode[] = []
  if (partner?.independence) {
    recognition.push(
      <Fact key="independence" lang={lang} provenance={partner.independence.provenance}>
        {t.country.independence(
          localize(partner.name, lang),
          formatDate(partner.independence.date, lang),
        )}
      </Fact>,
    )
  }
  for (const r of relation.recognitions) {
    recognition.push(
      <Fact key={`${r.by}-${r.of}`} lang={lang} provenance={r.provenance}>
        {t.country.recognized(
          countryName(r.by, lang),
          countryName(r.of, lang),
          formatDate(r.date, lang),
        )}
      </Fact>,
    )
  }
  if (recognition.length > 0) rows.push([t.country.recognition, <ul key="r">{recognition}</ul>])

  if (relation.established) {
    const e = relation.established
    rows.push([
      t.country.establishment,
      <ul key="e">
        <li>
          <Cite lang={lang} provenance={e.provenance}>
            {formatDate(e.date, lang)}
          </Cite>
          {e.instrument && ` · ${localize(e.instrument, lang)}`}
        </li>
      </ul>,
    ])
  }
  if (age) {
    rows.push([
      t.country.age,
      <span key="a">
        {t.common.ageParts(age.years, age.months, age.days)}{" "}
        <span className="muted">({t.common.asOf(formatDate(asOf(), lang))})</span>
      </span>,
    ])
  }
  if (relation.embassies.length > 0) {
    rows.push([
      t.country.embassies,
      <ul key="m">
        {relation.embassies.map((e) => (
          <Fact
            key={`${e.sender}-${e.seat}-${e.accreditedTo}`}
            lang={lang}
            provenance={e.provenance}
          >
            {isConcurrent(e)
              ? t.country.concurrent(
                  countryName(e.sender, lang),
                  countryName(e.seat, lang),
                  countryName(e.accreditedTo, lang),
                )
              : t.country.resident(countryName(e.sender, lang), countryName(e.seat, lang))}
            {e.ambassador && ` · ${t.country.ambassador(e.ambassador)}`}
          </Fact>
        ))}
      </ul>,
    ])
  }
  if (facts.memberships.length > 0) {
    rows.push([
      t.country.memberships,
      <ul key="ms">
        {facts.memberships.map((m) => (
          <Fact key={m.id} lang={lang} provenance={m.provenance}>
            {countryName(m.country, lang)}: {organisationName(m.organisation, lang)}
            {m.since && ` · ${t.country.since(formatDate(m.since, lang))}`}
          </Fact>
        ))}
      </ul>,
    ])
  }
  if (relation.frameworks.length > 0) {
    rows.push([
      t.country.frameworks,
      <ul key="f">
        {relation.frameworks.map((f) => (
          <Fact key={localize(f.name, "vi")} lang={lang} provenance={f.provenance}>
            {localize(f.name, lang)}
            {f.since && ` · ${t.country.since(formatDate(f.since, lang))}`}
          </Fact>
        ))}
      </ul>,
    ])
  }
  return (
    <dl className="facts">
      {rows.map(([label, value]) => (
        <Row key={label} label={label}>
          {value}
        </Row>
      ))}
    </dl>
  )
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  )
}

function Bars({ title, rows }: { title: string; rows: ReadonlyArray<[string, number, string?]> }) {
  const max = Math.max(1, ...rows.map(([, n]) => n))
  return (
    <div className="card">
      <h3>{title}</h3>
      <ul className="bars">
        {rows.map(([label, n, href]) => (
          <li key={label}>
            <span>{href ? <Link href={href}>{label}</Link> : label}</span>
            <span className="bars__track" aria-hidden="true">
              <span className="bars__fill" style={{ width: `${(n / max) * 100}%` }} />
            </span>
            <span className="bars__n">{n}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

function VisitCountsView({ relation, lang }: { relation: Relation; lang: Lang }) {
  const t = dictionary(lang)
  const view = viewOf(relation)
  const events = view.facts.events
  const counts = view.visitCounts
  const slug = slugOf(relation)
  const gaps = topLevelVisitGaps(events)
  if (counts.total === 0) return null
  const byLevel = Object.entries(counts.byLevel).map(([level, n]): [string, number, string] => [
    t.labels.level[level as keyof typeof t.labels.level] ?? level,
    n ?? 0,
    routes.timeline(lang, { country: slug, kind: "Visit", level }),
  ])
  const byDirection = counts.byDirection.map(({ guest, host, count }): [string, number] => [
    t.country.direction(countryName(guest, lang), countryName(host, lang)),
    count,
  ])
  const byYear = Object.entries(counts.byYear)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([year, n]): [string, number, string] => [
      year,
      n,
      routes.timeline(lang, { country: slug, kind: "Visit", from: year, to: year }),
    ])
  return (
    <>
      <p>
        <strong>{t.country.visitsTotal(counts.total)}</strong>
        {counts.undated > 0 && (
          <span className="muted"> · {t.country.undatedVisits(counts.undated)}</span>
        )}
      </p>
      <div className="grid grid--3">
        <Bars title={t.country.byLevel} rows={byLevel} />
        <Bars title={t.country.byDirection} rows={byDirection} />
        <Bars title={t.country.byYear} rows={byYear} />
      </div>
      {gaps.length > 0 && (
        <div className="subsection">
          <h3>{t.country.topGaps}</h3>
          <ul className="fact-list">
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

function Cooperation({ relation, lang }: { relation: Relation; lang: Lang }) {
  const t = dictionary(lang)
  const index = data()
  const f = index.factsOf(relation.id)
  const blocks: ReactNode[] = []

  if (f.sisterRegions.length > 0) {
    blocks.push(
      <div key="sister" className="card">
        <h3>{t.country.sisterRegions}</h3>
        <ul className="fact-list">
          {f.sisterRegions.map((s) => (
            <li key={s.id} id={`fact-${s.id}`}>
              {s.regions.map((r) => localize(r.name, lang)).join(" – ")}
              {s.since && (
                <span className="muted"> · {t.country.since(formatDate(s.since, lang))}</span>
              )}{" "}
              <CiteMarks lang={lang} provenance={s.provenance} />
            </li>
          ))}
        </ul>
      </div>,
    )
  }
  if (f.support.length > 0) {
    blocks.push(
      <div key="support" className="card">
        <h3>{t.country.support}</h3>
        <ul className="fact-list">
          {f.support.map((s) => (
            <li key={s.id} id={`fact-${s.id}`}>
              {t.country.supportLine(
                countryName(s.supporter, lang),
                countryName(s.supported, lang),
              )}{" "}
              {t.labels.purpose[s.purpose]} {organisationName(s.body, lang)}
              {s.term && (
                <span className="muted"> · {t.country.term(formatDate(s.term, lang))}</span>
              )}{" "}
              <CiteMarks lang={lang} provenance={s.provenance} />
              {s.note && <span className="fact-list__meta">{localize(s.note, lang)}</span>}
            </li>
          ))}
        </ul>
      </div>,
    )
  }
  if (f.cooperationAreas.length > 0) {
    const statuses = ["active", "potential", "proposed"] as const
    blocks.push(
      <div key="areas" className="card">
        <h3>{t.country.cooperation}</h3>
        {statuses.map((status) => {
          const areas = f.cooperationAreas.filter((a) => a.status === status)
          if (areas.length === 0) return null
          return (
            <div key={status} className="stack">
              <h4>{t.labels.cooperationStatus[status]}</h4>
              <ul className="tags">
                {areas.map((a) => (
                  <li key={a.id} id={`fact-${a.id}`} className="tag">
                    <Cite lang={lang} provenance={a.provenance}>
                      {localize(a.area, lang)}
                    </Cite>
                    {a.proposedBy && ` (${t.country.proposedBy(countryName(a.proposedBy, lang))})`}
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </div>,
    )
  }
  if (f.projects.length > 0) {
    blocks.push(
      <div key="projects" className="card">
        <h3>{t.country.projects}</h3>
        <ul className="fact-list">
          {f.projects.map((p) => (
            <li key={p.id} id={`fact-${p.id}`}>
              <span className="fact-list__title">{localize(p.title, lang)}</span>{" "}
              {p.size && (
                <>
                  ·{" "}
                  <Cite lang={lang} provenance={p.provenance}>
                    {formatQuantity(p.size, lang)}
                  </Cite>
                </>
              )}{" "}
              {!p.size && <CiteMarks lang={lang} provenance={p.provenance} />}
              <span className="fact-list__meta">
                <span className="badge">{t.labels.projectKind[p.kind]}</span>
                {p.by.length > 0 && ` · ${t.country.by(p.by.join(", "))}`}
                {p.places.length > 0 && ` · ${p.places.join(", ")}`}
                {p.date && ` · ${formatDate(p.date, lang)}`}
                {p.status && ` · ${localize(p.status, lang)}`}
              </span>
            </li>
          ))}
        </ul>
      </div>,
    )
  }
  if (f.tradeGoods.length > 0) {
    const flows = new Map<string, typeof f.tradeGoods>()
    for (const g of f.tradeGoods) {
      const key = `${g.from}>${g.to}>${g.status}`
      flows.set(key, [...(flows.get(key) ?? []), g])
    }
    blocks.push(
      <div key="goods" className="card">
        <h3>{t.country.tradeGoods}</h3>
        {[...flows.entries()].map(([key, goods]) => {
          const [from = "", to = "", status = "traded"] = key.split(">")
          return (
            <div key={key} className="stack">
              <h4>
                {t.country.direction(countryName(from, lang), countryName(to, lang))}{" "}
                <span className="badge">
                  {t.labels.tradeStatus[status as "traded" | "proposed"]}
                </span>
              </h4>
              <ul className="tags">
                {goods.map((g) => (
                  <li key={g.id} id={`fact-${g.id}`} className="tag">
                    <Cite lang={lang} provenance={g.provenance}>
                      {localize(g.product, lang)}
                    </Cite>
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </div>,
    )
  }
  if (f.measures.length > 0) {
    blocks.push(
      <div key="measures" className="card">
        <h3>{t.country.measures}</h3>
        <ul className="fact-list">
          {f.measures.map((m) => (
            <li key={m.id} id={`fact-${m.id}`}>
              <span className="fact-list__title">{localize(m.title, lang)}</span>{" "}
              {m.duration ? (
                <>
                  ·{" "}
                  <Cite lang={lang} provenance={m.provenance}>
                    {t.country.duration(formatQuantity(m.duration, lang))}
                  </Cite>
                </>
              ) : (
                <CiteMarks lang={lang} provenance={m.provenance} />
              )}
              <span className="fact-list__meta">
                {countryName(m.by, lang)}
                {m.for && ` → ${countryName(m.for, lang)}`}
                {m.unilateral && ` · ${t.country.unilateral}`}
                {m.date && ` · ${formatDate(m.date, lang)}`}
              </span>
            </li>
          ))}
        </ul>
      </div>,
    )
  }
  if (blocks.length === 0) return <p className="muted">{t.country.noData}</p>
  return <div className="masonry">{blocks}</div>
}
