/**
 * The key figures of a relation, from its view (@bilateral/data): age, latest trade and its
 * growth, recent visits, latest top-level visit.
 */
import { formatDate, formatGrowth, formatQuantity, type Relation } from "@bilateral/domain"
import Link from "next/link"
import { dictionary, type Lang } from "../i18n"
import { slugOf, viewOf } from "../lib/data"
import { routes } from "../lib/routes"
import { Cite } from "./Cite"
import { participantText } from "./EventItem"
import figure from "./Figure.module.css"
import growthStyles from "./Growth.module.css"

export function KeyFigures({ relation, lang }: { relation: Relation; lang: Lang }) {
  const t = dictionary(lang)
  const slug = slugOf(relation)
  const s = viewOf(relation)
  const top = s.latestTopVisit
  const trade = s.latestTrade
  return (
    <dl className={figure.figures} data-testid="key-figures">
      <div className={figure.figure}>
        <dt>{t.overview.age}</dt>
        <dd>
          {s.age && relation.established ? (
            <>
              <span className={figure.value}>
                <Cite lang={lang} provenance={relation.established.provenance}>
                  {t.common.years(s.age.years)}
                </Cite>
              </span>
              <span className={figure.note}>
                {t.overview.established(formatDate(relation.established.date, lang))}
              </span>
            </>
          ) : (
            <span className={figure.note}>{t.common.unknown}</span>
          )}
        </dd>
      </div>
      <div className={figure.figure}>
        <dt>{t.overview.latestTrade}</dt>
        <dd>
          {trade ? (
            <>
              <span className={figure.value}>
                <Cite lang={lang} provenance={trade.observation.provenance}>
                  {formatQuantity(trade.observation.value, lang)}
                </Cite>
              </span>
              <span className={figure.note}>
                {formatDate(trade.observation.date, lang)}
                {trade.change && trade.change.change._tag === "Rate" && (
                  <>
                    {" "}
                    <span
                      className={`${growthStyles.growth}${trade.change.change.rate < 0 ? ` ${growthStyles.down}` : ""}`}
                    >
                      {formatGrowth(trade.change.change, lang)}
                    </span>{" "}
                    {trade.change.from.date &&
                      `${t.chart.yoy} (${formatDate(trade.change.from.date, lang)})`}
                  </>
                )}
              </span>
            </>
          ) : (
            <span className={figure.note}>{t.overview.noTrade}</span>
          )}
        </dd>
      </div>
      <div className={figure.figure}>
        <dt>{t.overview.visits5(s.recent.from, s.recent.to)}</dt>
        <dd>
          <span className={figure.value}>
            <Link
              className="cite"
              href={routes.timeline(lang, {
                country: slug,
                kind: "Visit",
                from: s.recent.from,
                to: s.recent.to,
              })}
            >
              {t.overview.visitsCount(s.recent.visits.length)}
            </Link>
          </span>
        </dd>
      </div>
      <div className={figure.figure}>
        <dt>{t.overview.latestTop}</dt>
        <dd>
          {top?.date ? (
            <>
              <span className={figure.value}>
                <Cite lang={lang} provenance={top.provenance}>
                  {formatDate(top.date, lang)}
                </Cite>
              </span>
              <span className={figure.note}>{participantText(top.leader, lang)}</span>
            </>
          ) : (
            <span className={figure.note}>{t.overview.noVisit}</span>
          )}
        </dd>
      </div>
    </dl>
  )
}
