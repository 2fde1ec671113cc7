/**
 * The two drawings of a series chart, both rendered at build time: vertical columns with growth
 * pills between neighbours for wide screens, horizontal rows for narrow ones. Values, labels and
 * changes come from the domain's `seriesMetrics` and formatters; this file only places them.
 */
import {
  endYear,
  formatGrowth,
  formatQuantity,
  type Growth,
  isApproximate,
  type Observation,
  pointValue,
  type SeriesMetrics,
  startYear,
} from "@bilateral/domain"
import type { Lang } from "../i18n"
import styles from "./SeriesChart.module.css"
import { dateText, isDown, isoKey, spanBetween } from "./SeriesParts"

const W = 640
const H = 280
const PAD_X = 16
const TOP = 80
const BASE = H - 46

/** A short label for a growth pill ("+80%"); undefined growth shows nothing on the chart. */
const pill = (g: Growth, lang: Lang): string | undefined =>
  g._tag === "Rate" ? formatGrowth(g, lang) : undefined

/** What both chart layouts draw for each point. */
export type Bar = {
  p: Observation
  value: number
  label: string
  tick: string
  average: boolean
  approx: boolean
  /** The change from the previous point, and whether years are missing in between. */
  change?: { text: string; down: boolean; gap: boolean }
}

export const barsOf = (m: SeriesMetrics, lang: Lang): Bar[] =>
  m.points.map((p, i) => {
    const previous = i > 0 ? m.points[i - 1] : undefined
    const span = previous ? spanBetween(m, previous, p) : undefined
    const text = span ? pill(span.change, lang) : undefined
    const gap =
      previous?.date !== undefined &&
      p.date !== undefined &&
      m.gaps.some(
        (g) =>
          previous.date !== undefined &&
          p.date !== undefined &&
          g.afterYear >= endYear(previous.date) &&
          g.beforeYear <= startYear(p.date),
      )
    return {
      p,
      value: p.value.max ?? pointValue(p.value),
      label: formatQuantity(p.value, lang),
      tick: dateText(p, lang),
      average: p.basis === "period-average",
      approx: isApproximate(p.value),
      change: span && text ? { text, down: isDown(span.change), gap } : undefined,
    }
  })

const barClass = (b: Bar) =>
  `${styles.bar}${b.approx ? ` ${styles.approx}` : ""}${b.average ? ` ${styles.average}` : ""}`

const pillWidth = (text: string) => Math.max(52, text.length * 7.6 + 18)

/** Wide screens: vertical bars in time order, growth pills between neighbours. */
export function Columns({ bars, label }: { bars: ReadonlyArray<Bar>; label: string }) {
  const n = bars.length
  const slot = (W - 2 * PAD_X) / n
  const barW = Math.min(92, slot * 0.56)
  const max = Math.max(...bars.map((b) => b.value), 0) || 1
  const placed = bars.map((b, i) => {
    const h = round1(Math.max(2, (b.value / max) * (BASE - TOP)))
    return { b, cx: round1(PAD_X + slot * (i + 0.5)), y: round1(BASE - h), h }
  })
  // Elements side by side, without a group per point: a group would carry nothing.
  return (
    <svg
      className={styles.wide}
      data-testid="chart-wide"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
    >
      <line className={styles.axis} x1={PAD_X} x2={W - PAD_X} y1={BASE} y2={BASE} />
      {placed.flatMap(({ b, cx, y, h }) => {
        const key = isoKey(b.p)
        return [
          <rect
            key={`b${key}`}
            className={barClass(b)}
            x={round1(cx - barW / 2)}
            y={y}
            width={round1(barW)}
            height={h}
            rx={3}
          />,
          <text key={`v${key}`} className={styles.value} x={cx} y={round1(y - 8)}>
            {b.label}
          </text>,
          <text key={`t${key}`} className={styles.tick} x={cx} y={BASE + 18}>
            {b.tick}
          </text>,
        ]
      })}
      {placed.slice(1).flatMap((to, i) => {
        const from = placed[i]
        const change = to.b.change
        if (!from || !change) return []
        const mid = round1((from.cx + to.cx) / 2)
        const width = round1(pillWidth(change.text))
        const y = round1(Math.min(from.y, to.y) - 51)
        const key = isoKey(to.b.p)
        const down = change.down ? ` ${styles.down}` : ""
        return [
          <rect
            key={`gb${key}`}
            className={`${styles.growthBg}${down}`}
            x={round1(mid - width / 2)}
            y={y}
            width={width}
            height={24}
            rx={12}
          />,
          <text
            key={`g${key}`}
            className={`${styles.growth}${down}`}
            data-testid="growth"
            x={mid}
            y={round1(y + 16.5)}
          >
            {change.text}
          </text>,
          change.gap ? (
            <path
              key={`k${key}`}
              className={styles.break}
              d={`M${round1(mid - 7)} ${BASE + 5} l6 -10 M${round1(mid + 1)} ${BASE + 5} l6 -10`}
            />
          ) : null,
        ]
      })}
    </svg>
  )
}

/** Characters of a row's date that fit left of its bar (the axis is 104 units in). */
const TICK_CHARS = 14

/**
 * A row's date in lines that fit left of its bar: "bình quân năm 2017–2021" becomes "bình quân
 * năm" and "2017–2021". A word longer than a line keeps a line of its own.
 */
export const tickLines = (tick: string): string[] => {
  const lines: string[] = []
  for (const word of tick.split(" ")) {
    const last = lines.at(-1)
    if (last !== undefined && last.length + 1 + word.length <= TICK_CHARS) {
      lines[lines.length - 1] = `${last} ${word}`
    } else lines.push(word)
  }
  return lines
}

/** Narrow screens: one horizontal bar per point, so labels keep a readable size. */
export function Rows({ bars, label }: { bars: ReadonlyArray<Bar>; label: string }) {
  const width = 340
  const left = 104
  const row = 58
  const height = bars.length * row + 8
  const max = Math.max(...bars.map((b) => b.value), 0) || 1
  const span = width - left - 4
  return (
    <svg
      className={styles.narrow}
      data-testid="chart-narrow"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <line className={styles.axis} x1={left} x2={left} y1={0} y2={height} />
      {bars.flatMap((b, i) => {
        const y = i * row + 8
        const w = round1(Math.max(2, (b.value / max) * span))
        const key = isoKey(b.p)
        const items = [
          <text key={`t${key}`} className={styles.tick} x={left - 8} y={y + 34}>
            {tickLines(b.tick).map((line, n, lines) => (
              <tspan key={line} x={left - 8} dy={n === 0 ? (1 - lines.length) * 7 : 14}>
                {line}
              </tspan>
            ))}
          </text>,
          <text key={`v${key}`} className={styles.value} x={left + 4} y={y + 14}>
            {b.label}
          </text>,
          <rect
            key={`b${key}`}
            className={barClass(b)}
            x={left}
            y={y + 22}
            width={w}
            height={18}
            rx={3}
          />,
        ]
        if (!b.change) return items
        const pw = round1(pillWidth(b.change.text))
        const down = b.change.down ? ` ${styles.down}` : ""
        return [
          ...items,
          <rect
            key={`gb${key}`}
            className={`${styles.growthBg}${down}`}
            x={width - pw}
            y={y}
            width={pw}
            height={20}
            rx={10}
          />,
          <text
            key={`g${key}`}
            className={`${styles.growth}${down}`}
            data-testid="growth"
            x={round1(width - pw / 2)}
            y={y + 14}
          >
            {b.change.text}
          </text>,
        ]
      })}
    </svg>
  )
}

/**
 * A number rounded to a tenth: multiples in the summary, and chart coordinates (finer digits draw
 * the same and only weigh the page).
 */
export const round1 = (x: number) => Math.round(x * 10) / 10
