/**
 * A card of horizontal bars, one per row, scaled to the largest count (visit counts). A row is
 * its label, its track and its count, styled by position (Bars.module.css); the track draws its
 * fill from `--w`, so a bar is one element.
 */
import Link from "next/link"
import type { CSSProperties } from "react"
import cardStyles from "@/components/Card.module.css"
import styles from "./Bars.module.css"

/** One bar: its label, its count and, if it has one, the page listing what it counts. */
export type Bar = { label: string; count: number; href?: string }

/** A bar's length as a share of the largest, in whole hundredths of a percent. */
const share = (count: number, max: number) => `${Math.round((count / max) * 10000) / 100}%`

export function Bars({ title, bars }: { title: string; bars: ReadonlyArray<Bar> }) {
  const max = Math.max(1, ...bars.map((b) => b.count))
  return (
    <div className={cardStyles.card}>
      <h3>{title}</h3>
      <ul className={styles.bars}>
        {bars.map(({ label, count, href }) => (
          <li key={label}>
            {href ? <Link href={href}>{label}</Link> : <span>{label}</span>}
            <span aria-hidden="true" style={{ "--w": share(count, max) } as CSSProperties} />
            <span>{count}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
