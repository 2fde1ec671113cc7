/**
 * Two relations side by side: the rows of the domain's `compareRelations`, the same for both,
 * with the rows that differ highlighted and the higher side marked.
 */
import {
  compareRelations,
  formatNumber,
  formatQuantity,
  localize,
  pointValue,
  type Quantity,
  type Relation,
} from "@bilateral/domain"
import Link from "next/link"
import { dictionary, type Lang } from "../i18n"
import { asOf, data, slugOf, toneOf } from "../lib/data"
import { routes } from "../lib/routes"
import { PairPicker } from "./PairPicker"

type Value = Quantity | number | string | undefined

const isQuantity = (v: Value): v is Quantity => typeof v === "object" && v !== null && "unit" in v

const show = (v: Value, lang: Lang): string | undefined =>
  v === undefined
    ? undefined
    : isQuantity(v)
      ? formatQuantity(v, lang)
      : typeof v === "number"
        ? formatNumber(v, lang)
        : v

/** Which side is higher, when both are numbers of the same kind; "same" or "differs" otherwise. */
const judge = (a: Value, b: Value): "a" | "b" | "same" | "differs" | "one" => {
  if (a === undefined && b === undefined) return "same"
  if (a === undefined || b === undefined) return "one"
  const x = isQuantity(a) ? pointValue(a) : a
  const y = isQuantity(b) ? pointValue(b) : b
  const comparable =
    typeof x === "number" &&
    typeof y === "number" &&
    (!isQuantity(a) || !isQuantity(b) || (a.unit === b.unit && a.per === b.per))
  if (comparable) return x === y ? "same" : x > y ? "a" : "b"
  return JSON.stringify(a) === JSON.stringify(b) ? "same" : "differs"
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
                  <Link href={routes.country(lang, slugOf(r))}>{t.country.title(name(r))}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const verdict = judge(row.a, row.b)
              const differs = verdict !== "same"
              return (
                <tr key={row.key} className={differs ? "differs" : undefined} data-key={row.key}>
                  <th scope="row">
                    {row.label[lang]}
                    {row.note && <span className="compare-note">{row.note[lang]}</span>}
                    {differs && (
                      <span className="compare-note">
                        {verdict === "a"
                          ? t.compare.higher(name(a))
                          : verdict === "b"
                            ? t.compare.higher(name(b))
                            : verdict === "one"
                              ? t.compare.onlyOne(name(row.a === undefined ? b : a))
                              : t.compare.differs}
                      </span>
                    )}
                  </th>
                  <td className={verdict === "a" ? "higher" : undefined}>
                    {show(row.a, lang) ?? <span className="muted">{t.common.unknown}</span>}
                  </td>
                  <td className={verdict === "b" ? "higher" : undefined}>
                    {show(row.b, lang) ?? <span className="muted">{t.common.unknown}</span>}
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
