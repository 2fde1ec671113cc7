/**
 * The relation's cooperation, one card per kind of fact that it has: sister regions, support,
 * areas by status, projects, traded goods by direction and status, and measures. The cooperation
 * page (`routes.relationPart(lang, slug, "cooperation")`) shows every card, each fact anchored;
 * the relation page shows how many facts of each kind there are (`CooperationSummary`), each
 * count linked to its card there.
 */
import type { BilateralIndex, RelationView } from "@bilateral/data"
import { formatDate, formatQuantity, localize, type TradeGood } from "@bilateral/domain"
import type { ReactNode } from "react"
import badgeStyles from "@/components/Badge.module.css"
import cardStyles from "@/components/Card.module.css"
import { Cite, CiteMarks } from "@/components/Cite"
import factListStyles from "@/components/FactList.module.css"
import lists from "@/components/Lists.module.css"
import { dictionary, type Lang } from "@/i18n"
import { countryName } from "@/lib/data"
import { anchors, routes } from "@/lib/routes"
import { joinText } from "@/lib/text"
import styles from "./CooperationSection.module.css"
import { organisationName } from "./organisation"
import { PartLink, Section, type SectionProps } from "./Section"

type Facts = RelationView["facts"]

/** A fact list inside a card: rules between items, no boxes in the card's box. */
const ruledList = `${factListStyles.list} ${factListStyles.ruled}`

/**
 * The kinds of cooperation fact, each a card of the cooperation page (anchored by
 * `anchors.cooperationCard(kind)`), in the page's order, with their titles and how many the
 * relation has.
 */
const kindsOf = (f: Facts, lang: Lang) => {
  const t = dictionary(lang)
  return [
    { kind: "sister-regions", title: t.country.sisterRegions, count: f.sisterRegions.length },
    { kind: "support", title: t.country.support, count: f.support.length },
    { kind: "areas", title: t.country.cooperation, count: f.cooperationAreas.length },
    { kind: "projects", title: t.country.projects, count: f.projects.length },
    { kind: "trade-goods", title: t.country.tradeGoods, count: f.tradeGoods.length },
    { kind: "measures", title: t.country.measures, count: f.measures.length },
  ] as const
}

type Kind = ReturnType<typeof kindsOf>[number]["kind"]

/** How many cooperation facts the relation has, of every kind. */
export const cooperationCount = (view: RelationView): number =>
  kindsOf(view.facts, "en").reduce((n, { count }) => n + count, 0)

/** A card with a heading, anchored by its kind; its list is a ruled fact list or stacks of tags. */
function Card({ kind, title, children }: { kind: Kind; title: string; children: ReactNode }) {
  return (
    <div className={cardStyles.card} id={anchors.cooperationCard(kind)}>
      <h3>{title}</h3>
      {children}
    </div>
  )
}

/** A heading over a row of tags (styled by structure), each a fact that links to its source. */
function TagStack({
  heading,
  tags,
  lang,
}: {
  heading: ReactNode
  tags: ReadonlyArray<{
    id: string
    label: string
    after?: string
    provenance: Facts["cooperationAreas"][number]["provenance"]
  }>
  lang: Lang
}) {
  return (
    <div className={styles.stack}>
      <h4>{heading}</h4>
      <ul className={lists.tags}>
        {tags.map((tag) => (
          <li key={tag.id} id={anchors.fact(tag.id)}>
            <Cite lang={lang} provenance={tag.provenance}>
              {tag.label}
            </Cite>
            {tag.after ?? null}
          </li>
        ))}
      </ul>
    </div>
  )
}

/** Traded goods grouped by direction and status, in the order they first appear. */
const flowsOf = (goods: ReadonlyArray<TradeGood>) => {
  const flows: Array<{
    from: string
    to: string
    status: TradeGood["status"]
    goods: TradeGood[]
  }> = []
  for (const good of goods) {
    const flow = flows.find(
      (f) => f.from === good.from && f.to === good.to && f.status === good.status,
    )
    if (flow) flow.goods.push(good)
    else flows.push({ from: good.from, to: good.to, status: good.status, goods: [good] })
  }
  return flows
}

const AREA_STATUSES = ["active", "potential", "proposed"] as const

function cards(index: BilateralIndex, f: Facts, lang: Lang): ReactNode[] {
  const t = dictionary(lang)
  const blocks: ReactNode[] = []
  if (f.sisterRegions.length > 0) {
    blocks.push(
      <Card key="sister-regions" kind="sister-regions" title={t.country.sisterRegions}>
        <ul className={ruledList}>
          {f.sisterRegions.map((s) => (
            <li key={s.id} id={anchors.fact(s.id)}>
              {s.regions.map((r) => localize(r.name, lang)).join(" – ")}
              {s.since ? (
                <span className="muted">{` · ${t.country.since(formatDate(s.since, lang))}`}</span>
              ) : null}{" "}
              <CiteMarks lang={lang} provenance={s.provenance} />
            </li>
          ))}
        </ul>
      </Card>,
    )
  }
  if (f.support.length > 0) {
    blocks.push(
      <Card key="support" kind="support" title={t.country.support}>
        <ul className={ruledList}>
          {f.support.map((s) => (
            <li key={s.id} id={anchors.fact(s.id)}>
              {`${t.country.supportLine(
                countryName(s.supporter, lang),
                countryName(s.supported, lang),
              )} ${t.labels.purpose[s.purpose]} ${organisationName(index, s.body, lang)}`}
              {s.term ? (
                <span className="muted">{` · ${t.country.term(formatDate(s.term, lang))}`}</span>
              ) : null}{" "}
              <CiteMarks lang={lang} provenance={s.provenance} />
              {s.note ? (
                <span className={factListStyles.meta}>{localize(s.note, lang)}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </Card>,
    )
  }
  if (f.cooperationAreas.length > 0) {
    blocks.push(
      <Card key="areas" kind="areas" title={t.country.cooperation}>
        {AREA_STATUSES.map((status) => {
          const areas = f.cooperationAreas.filter((a) => a.status === status)
          if (areas.length === 0) return null
          return (
            <TagStack
              key={status}
              heading={t.labels.cooperationStatus[status]}
              lang={lang}
              tags={areas.map((a) => ({
                id: a.id,
                label: localize(a.area, lang),
                after: a.proposedBy
                  ? ` (${t.country.proposedBy(countryName(a.proposedBy, lang))})`
                  : undefined,
                provenance: a.provenance,
              }))}
            />
          )
        })}
      </Card>,
    )
  }
  if (f.projects.length > 0) {
    blocks.push(
      <Card key="projects" kind="projects" title={t.country.projects}>
        <ul className={ruledList}>
          {f.projects.map((p) => (
            <li key={p.id} id={anchors.fact(p.id)}>
              <span className={factListStyles.title}>{localize(p.title, lang)}</span>
              {p.size ? (
                <>
                  {" · "}
                  <Cite lang={lang} provenance={p.provenance}>
                    {formatQuantity(p.size, lang)}
                  </Cite>{" "}
                </>
              ) : (
                <>
                  {" "}
                  <CiteMarks lang={lang} provenance={p.provenance} />
                </>
              )}
              <span className={factListStyles.meta}>
                <span className={badgeStyles.badge}>{t.labels.projectKind[p.kind]}</span>
                {joinText(
                  p.by.length > 0 && ` · ${t.country.by(p.by.join(", "))}`,
                  p.places.length > 0 && ` · ${p.places.join(", ")}`,
                  p.date && ` · ${formatDate(p.date, lang)}`,
                  p.status && ` · ${localize(p.status, lang)}`,
                ) || null}
              </span>
            </li>
          ))}
        </ul>
      </Card>,
    )
  }
  if (f.tradeGoods.length > 0) {
    blocks.push(
      <Card key="trade-goods" kind="trade-goods" title={t.country.tradeGoods}>
        {flowsOf(f.tradeGoods).map((flow) => (
          <TagStack
            key={`${flow.from}-${flow.to}-${flow.status}`}
            heading={
              <>
                {`${t.country.direction(countryName(flow.from, lang), countryName(flow.to, lang))} `}
                <span className={badgeStyles.badge}>{t.labels.tradeStatus[flow.status]}</span>
              </>
            }
            lang={lang}
            tags={flow.goods.map((g) => ({
              id: g.id,
              label: localize(g.product, lang),
              provenance: g.provenance,
            }))}
          />
        ))}
      </Card>,
    )
  }
  if (f.measures.length > 0) {
    blocks.push(
      <Card key="measures" kind="measures" title={t.country.measures}>
        <ul className={ruledList}>
          {f.measures.map((m) => (
            <li key={m.id} id={anchors.fact(m.id)}>
              <span className={factListStyles.title}>{localize(m.title, lang)}</span>{" "}
              {m.duration ? (
                <>
                  {"· "}
                  <Cite lang={lang} provenance={m.provenance}>
                    {t.country.duration(formatQuantity(m.duration, lang))}
                  </Cite>
                </>
              ) : (
                <CiteMarks lang={lang} provenance={m.provenance} />
              )}
              <span className={factListStyles.meta}>
                {joinText(
                  countryName(m.by, lang),
                  m.for && ` → ${countryName(m.for, lang)}`,
                  m.unilateral && ` · ${t.country.unilateral}`,
                  m.date && ` · ${formatDate(m.date, lang)}`,
                )}
              </span>
            </li>
          ))}
        </ul>
      </Card>,
    )
  }
  return blocks
}

/** Every cooperation card of the relation, each fact anchored: the cooperation page. */
export function CooperationSection({ index, view, lang }: SectionProps) {
  const t = dictionary(lang)
  const blocks = cards(index, view.facts, lang)
  return (
    <Section id="cooperation" title={t.country.cooperation}>
      {blocks.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <div className={styles.masonry}>{blocks}</div>
      )}
    </Section>
  )
}

/**
 * The relation page's cooperation: each kind of fact the relation has with how many, linked to
 * its card on the cooperation page, then a link to all of them.
 */
export function CooperationSummary({ view, lang }: Omit<SectionProps, "index">) {
  const t = dictionary(lang)
  const kinds = kindsOf(view.facts, lang).filter(({ count }) => count > 0)
  return (
    <Section id="cooperation" title={t.country.cooperation}>
      {kinds.length === 0 ? (
        <p className="muted">{t.country.noData}</p>
      ) : (
        <>
          <ul className={lists.inline}>
            {kinds.map(({ kind, title, count }) => (
              <li key={kind}>
                <a
                  href={routes.relationPart(
                    lang,
                    view.slug,
                    "cooperation",
                    anchors.cooperationCard(kind),
                  )}
                >
                  {title}
                </a>{" "}
                <span className={badgeStyles.badge}>{count}</span>
              </li>
            ))}
          </ul>
          <PartLink href={routes.relationPart(lang, view.slug, "cooperation")}>
            {t.country.allCooperation(cooperationCount(view))}
          </PartLink>
        </>
      )}
    </Section>
  )
}
