/**
 * The table of a comparison: one row per figure both relations may have, each side's value
 * cited, the higher one marked, and a verdict. Rendered by CompareView in the browser.
 */
import { formatMultiple } from "@bilateral/domain/format"
import type { CSSProperties } from "react"
import { fill } from "../i18n/fill"
import type { PairedRow } from "../lib/compare-pair"
import { pairSides } from "../lib/compare-pair"
import type { CompareSide, SideRow } from "../lib/compare-side"
import badgeStyles from "./Badge.module.css"
import styles from "./CompareTable.module.css"
import type { CompareStrings, Lang } from "./CompareView"

function Cell({
  row,
  lang,
  higher,
  strings,
}: {
  row?: SideRow
  lang: Lang
  higher: boolean
  strings: CompareStrings
}) {
  const text = row?.text?.[lang]
  if (text === undefined) {
    return (
      <span className="muted" title={strings.unknown}>
        —<span className="visually-hidden">{strings.unknown}</span>
      </span>
    )
  }
  const href = row?.href?.[lang]
  return (
    <>
      {href ? (
        <a className="cite" href={href} title={row?.quote ? `“${row.quote}”` : undefined}>
          {text}
        </a>
      ) : (
        text
      )}
      {higher && (
        <span className={styles.up} aria-hidden="true">
          {" "}
          ▲
        </span>
      )}
      {row?.sideNote && <span className={styles.note}>{row.sideNote[lang]}</span>}
    </>
  )
}

function Verdict({
  row,
  lang,
  names,
  strings,
}: {
  row: PairedRow
  lang: Lang
  names: { a: string; b: string }
  strings: CompareStrings
}) {
  const v = row.verdict
  if (v.kind === "same") return <span className="muted">{strings.same}</span>
  if (v.kind === "differs") return <>{strings.differs}</>
  if (v.kind === "one") return <>{fill(strings.onlyOne, { name: names[v.side] })}</>
  const times = v.times === undefined ? undefined : Math.round(v.times * 10) / 10
  return (
    <>
      {fill(strings.higher, { name: names[v.side] })}
      {times !== undefined && times >= 1.1 && (
        <span className={styles.note}>{formatMultiple(times, lang)}</span>
      )}
    </>
  )
}

/** The two sides of a comparison, paired row by row. */
export function CompareTable({
  a,
  b,
  lang,
  strings,
}: {
  a: CompareSide
  b: CompareSide
  lang: Lang
  strings: CompareStrings
}) {
  const rows = pairSides(a, b)
  const names = { a: a.name[lang], b: b.name[lang] }
  return (
    <div className="table-wrap">
      <table className={styles.table} data-testid="compare-table">
        <caption className="visually-hidden">
          {strings.caption}: {names.a} – {names.b}
        </caption>
        <thead>
          <tr>
            <th scope="col">{strings.metric}</th>
            {[a, b].map((side) => (
              <th scope="col" key={side.slug}>
                <span
                  className={`${badgeStyles.badge} ${badgeStyles.tone} tone`}
                  style={{ "--tone-hue": side.hue } as CSSProperties}
                >
                  {side.code}
                </span>{" "}
                <a href={side.href[lang]}>{side.name[lang]}</a>
              </th>
            ))}
            <th scope="col">{strings.difference}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const higher = row.verdict.kind === "higher" ? row.verdict.side : undefined
            return (
              <tr
                key={row.key}
                className={row.verdict.kind === "same" ? undefined : styles.differs}
                data-key={row.key}
              >
                <th scope="row">
                  {row.label[lang]}
                  {row.note && <span className={styles.note}>{row.note[lang]}</span>}
                </th>
                <td className={higher === "a" ? styles.higher : undefined} data-side={a.code}>
                  <Cell row={row.a} lang={lang} higher={higher === "a"} strings={strings} />
                </td>
                <td className={higher === "b" ? styles.higher : undefined} data-side={b.code}>
                  <Cell row={row.b} lang={lang} higher={higher === "b"} strings={strings} />
                </td>
                <td className={styles.verdict}>
                  <Verdict row={row} lang={lang} names={names} strings={strings} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
