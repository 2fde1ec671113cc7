/**
 * Two relations side by side: the rows of the domain's `compareRelations`, the same for both,
 * with the rows that differ highlighted and the higher side marked. A figure links to the quotes
 * of the facts it comes from (the row's provenance); a count, to the facts it counts.
 */
import {
  type ComparisonRow,
  type ComparisonValue,
  compareRelations,
  formatComparisonValue,
  formatMultiple,
  localize,
  multiple,
  pointValue,
  type Relation,
} from "@bilateral/domain"
import Link from "next/link"
import { dictionary, type Lang } from "../i18n"
import { countHref } from "../lib/compare-links"
import { asOf, data, slugOf, toneOf } from "../lib/data"
import { routes } from "../lib/routes"
import { Cite } from "./Cite"
import { PairPicker } from "./PairPicker"

type Verdict =
  | { kind: "same" }
  | { kind: "one"; side: "a" | "b" }
  | { kind: "higher"; side: "a" | "b"; times?: number }
  | { kind: "differs" }

const numeric = (v: ComparisonValue): number | undefined =>
  typeof v === "number" ? v : typeof v === "object" ? pointValue(v) : undefined

/**
 * How the two sides of a row differ: which side is higher (with the multiple, for quantities of
 * the same unit, from the domain's `multiple`), only one side known, or simply different.
 */
const judge = (row: ComparisonRow): Verdict => {
  const { a, b } = row
  if (a === undefined && b === undefined) return { kind: "same" }
  if (a === undefined) return { kind: "one", side: "b" }
  if (b === undefined) return { kind: "one", side: "a" }
  if (JSON.stringify(a) === JSON.stringify(b)) return { kind: "same" }
  const x = numeric(a)
  const y = numeric(b)
  const sameUnit =
    typeof a !== "object" || typeof b !== "object" || (a.unit === b.unit && a.per === b.per)
  if (row.kind === "date" || row.kind === "code" || x === undefined || y === undefined || !sameUnit)
    return { kind: "differs" }
  if (x === y) return { kind: "same" }
  const side = x > y ? "a" : "b"
  const times =
    typeof a === "object" && typeof b === "object"
      ? side === "a"
        ? multiple(b, a)
        : multiple(a, b)
      : undefined
  return { kind: "higher", side, times }
}

export function Comparison({ lang, a, b }: { lang: Lang; a: Relation; b: Relation }) {
  const t = dictionary(lang)
  const index = data()
  const name = (r: Relation) => {
    const partner = index.country(r.countries[1])
    return partner ? localize(partner.name, lang) : r.countries[1]
  }
  const rows = compareRelations(index.dataset, a.id, b.id, asOf())
  const options = index.relations.map((r) => ({ value: slugOf(r), label: name(r) }))
  const { pick, left, right, swap, show: showLabel, samePair } = t.compare
  return (
    <>
      <PairPicker
        lang={lang}
        options={options}
        pair={[slugOf(a), slugOf(b)]}
        strings={{ pick, left, right, swap, show: showLabel, samePair }}
      />
      <p className="muted">{t.compare.legend}</p>
      <div className="table-wrap">
        <table className="compare-table">
          <caption className="visually-hidden">
            {t.compare.title}: {name(a)} – {name(b)}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t.compare.metric}</th>
              {[a, b].map((r) => (
                <th scope="col" key={r.id}>
                  <span className={`badge badge--${toneOf(r)}`}>{r.countries[1]}</span>{" "}
                  <Link href={routes.country(lang, slugOf(r))}>{name(r)}</Link>
                </th>
              ))}
              <th scope="col">{t.compare.difference}</th>
            </tr>
          </thead>
          <tbody>
            {rows
              .filter((row) => row.kind !== "code")
              .map((row) => {
                const verdict = judge(row)
                const higher = verdict.kind === "higher" ? verdict.side : undefined
                const cell = (side: "a" | "b") => {
                  const value = row[side]
                  const provenance = row.provenance?.[side]
                  const href =
                    value === undefined || provenance !== undefined
                      ? undefined
                      : countHref(lang, side === "a" ? a : b, row.key)
                  const text =
                    value === undefined ? undefined : formatComparisonValue(row, value, lang)
                  return (
                    <td
                      className={higher === side ? "higher" : undefined}
                      data-side={(side === "a" ? a : b).countries[1]}
                    >
                      {text === undefined ? (
                        <span className="muted" title={t.common.unknown}>
                          —<span className="visually-hidden">{t.common.unknown}</span>
                        </span>
                      ) : provenance ? (
                        <Cite lang={lang} provenance={provenance}>
                          {text}
                        </Cite>
                      ) : href ? (
                        <a className="cite" href={href}>
                          {text}
                        </a>
                      ) : (
                        text
                      )}
                    </td>
                  )
                }
                return (
                  <tr
                    key={row.key}
                    className={verdict.kind === "same" ? undefined : "differs"}
                    data-key={row.key}
                  >
                    <th scope="row">
                      {row.label[lang]}
                      {row.note && <span className="compare-note">{row.note[lang]}</span>}
                    </th>
                    {cell("a")}
                    {cell("b")}
                    <td className="compare-verdict">
                      {verdict.kind === "same" ? (
                        <span className="muted">{t.compare.same}</span>
                      ) : verdict.kind === "one" ? (
                        t.compare.onlyOne(name(verdict.side === "a" ? a : b))
                      ) : verdict.kind === "higher" ? (
                        <>
                          {t.compare.higher(name(verdict.side === "a" ? a : b))}
                          {verdict.times !== undefined && verdict.times >= 1.1 && (
                            <span className="compare-note">
                              {formatMultiple(Math.round(verdict.times * 10) / 10, lang)}
                            </span>
                          )}
                        </>
                      ) : (
                        t.compare.differs
                      )}
                    </td>
                  </tr>
                )
              })}
          </tbody>
        </table>
      </div>
    </>
  )
}
