/** A card of horizontal bars, one per row, scaled to the largest count (visit counts). */
import Link from "next/link"
import styles from "./Bars.module.css"

/** One bar: its label, its count and, if it has one, the page listing what it counts. */
export type Bar = { label: string; count: number; href?: string }

export function Bars({ title, bars }: { title: string; bars: ReadonlyArray<Bar> }) {
  const max = Math.max(1, ...bars.map((b) => b.count))
  return (
    <div className="card">
      <h3>{title}</h3>
      <ul className={styles.bars}>
        {bars.map(({ label, count, href }) => (
          <li key={label}>
            <span>{href ? <Link href={href}>{label}</Link> : label}</span>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.fill} style={{ width: `${(count / max) * 100}%` }} />
            </span>
            <span className={styles.n}>{count}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
