/**
 * The several reports of one figure, for the series table: each report's value (the source's own
 * wording beside it when that reads differently), its reporter and its own citation, the main
 * report (the one the chart and every metric use, by the domain's `observationReports`) marked,
 * and the spread between them (the domain's `reportSpread`). Use it in a value cell of an
 * observation that has more than one report.
 */
import {
  type FigureReport,
  formatQuantity,
  type Observation,
  observationReports,
  reporterName,
  reportSpread,
} from "@bilateral/domain"
import { dictionary, type Lang } from "../i18n"
import { data } from "../lib/data"
import { joinText } from "../lib/text"
import { Cite } from "./Cite"
import figure from "./Figure.module.css"
import styles from "./ReportList.module.css"

/** The reporter of a report by name, or the words for "not stated". */
export const reporterText = (r: Pick<FigureReport, "reporter">, lang: Lang): string =>
  reporterName(r.reporter, data().dataset.organisations, lang) ?? dictionary(lang).reports.unstated

/**
 * The spread between an observation's reports as a range in the main report's unit
 * ("165–172 triệu USD"), or undefined when they agree.
 */
export const spreadText = (o: Observation, lang: Lang): string | undefined => {
  const spread = reportSpread(o)
  if (!spread.differ) return undefined
  const { reported: _reported, ...base } = o.value
  return formatQuantity({ ...base, value: spread.min, max: spread.max, qualifier: "exact" }, lang)
}

/**
 * Every report of `o`, the main one first and marked, then the spread; nothing for a figure with
 * one report.
 */
export function ReportList({ o, lang }: { o: Observation; lang: Lang }) {
  const t = dictionary(lang).reports
  const reports = observationReports(o)
  if (reports.length < 2) return null
  const spread = spreadText(o, lang)
  return (
    <>
      <ul className={styles.reports}>
        {reports.map((r) => {
          const value = formatQuantity(r.value, lang)
          const worded = r.value.reported
          return (
            <li key={`${r.provenance[0]?.source}:${r.value.value}`}>
              <Cite lang={lang} provenance={r.provenance}>
                {value}
              </Cite>
              {worded && worded !== value && <q>{worded}</q>}
              <span className={styles.who}>
                {joinText(reporterText(r, lang), r.main && ` · ${t.main}`)}
              </span>
            </li>
          )
        })}
      </ul>
      {spread && <span className={figure.note}>{t.differ(spread)}</span>}
    </>
  )
}
