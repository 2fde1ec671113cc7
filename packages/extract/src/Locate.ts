/**
 * Where an observation of the dataset is written: its file and line, found in the dataset's YAML
 * text, so that a draft can point the curator at the observation a second report belongs to.
 *
 * @since 0.1.0
 */
import { isMap, isSeq, LineCounter, parseDocument } from "yaml"

/** A dataset file as text, its path relative to the dataset's root. */
export interface DatasetText {
  readonly path: string
  readonly text: string
}

/** An observation's place: `file:line:column` of its entry, and of its `otherReports` if any. */
export interface ObservationPlace {
  readonly file: string
  readonly line: number
  readonly column: number
  /** The line of the observation's `otherReports:` key, when it already has other reports. */
  readonly otherReportsLine?: number
}

/**
 * Finds observation `observation` (0-based) of series `series` in `files`; undefined when no file
 * holds it. Only files whose text names the series are parsed.
 * @example
 * locateObservation(files, "xa-trade", 2) // { file: "relations/vn-xa/indicators.yaml", line: 18, column: 9 }
 */
export const locateObservation = (
  files: ReadonlyArray<DatasetText>,
  series: string,
  observation: number,
): ObservationPlace | undefined => {
  for (const file of files) {
    if (!file.text.includes(series)) continue
    const counter = new LineCounter()
    const doc = parseDocument(file.text, { lineCounter: counter })
    const list = doc.get("indicators")
    if (!isSeq(list)) continue
    const entry = list.items.find((item) => isMap(item) && item.get("id") === series)
    if (!isMap(entry)) continue
    const observations = entry.get("observations")
    const node = isSeq(observations) ? observations.items[observation] : undefined
    if (!isMap(node) || node.range === undefined || node.range === null) return undefined
    const at = counter.linePos(node.range[0])
    const reports = node.items.find(
      (pair) => (pair.key as { value?: unknown } | null)?.value === "otherReports",
    )
    const key = reports?.key as { range?: [number, number, number] | null } | undefined
    return {
      file: file.path,
      line: at.line,
      column: at.col,
      ...(key?.range ? { otherReportsLine: counter.linePos(key.range[0]).line } : {}),
    }
  }
  return undefined
}
