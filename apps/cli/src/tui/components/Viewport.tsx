/**
 * A window of `height` lines onto a list of items, scrolled so that the selected item is in view.
 * The first column marks the selection with "›", so it shows without colour too.
 */
import { Box, Text } from "ink"
import { useRef } from "react"
import type { Item, Row } from "../Items"
import { Line } from "./Line"

export interface ViewportProps {
  readonly items: ReadonlyArray<Item>
  /** Among selectable items. */
  readonly cursor: number
  readonly width: number
  readonly height: number
}

interface Placed {
  readonly row: Row
  readonly item: number
}

/**
 * The first line to show: unchanged while the selection stays in view, else moved just enough;
 * at the top when nothing selectable comes before the selection.
 */
export const scrollOffset = (
  previous: number,
  start: number,
  end: number,
  total: number,
  height: number,
  firstSelectable: boolean,
): number => {
  const max = Math.max(0, total - height)
  let offset = Math.min(previous, max)
  if (firstSelectable) offset = 0
  if (start < offset) offset = start
  if (end > offset + height) offset = Math.min(start, end - height)
  return Math.max(0, Math.min(offset, max))
}

export const Viewport = ({ items, cursor, width, height }: ViewportProps) => {
  const offsetRef = useRef(0)
  const placed: Placed[] = items.flatMap((item, i) => item.rows.map((row) => ({ row, item: i })))
  const selectable = items.flatMap((item, i) => (item.selectable ? [i] : []))
  const selectedItem = selectable[Math.max(0, Math.min(cursor, selectable.length - 1))] ?? -1
  const start = placed.findIndex((p) => p.item === selectedItem)
  const end = start < 0 ? 0 : start + (items[selectedItem]?.rows.length ?? 1)
  const offset =
    start < 0
      ? Math.min(offsetRef.current, Math.max(0, placed.length - height))
      : scrollOffset(
          offsetRef.current,
          start,
          end,
          placed.length,
          height,
          selectable[0] === selectedItem,
        )
  offsetRef.current = offset
  const visible = placed.slice(offset, offset + height)
  const markerWidth = 2
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {visible.map((p, i) => {
        const selected = p.item === selectedItem
        const first = selected && placed[offset + i - 1]?.item !== p.item
        return (
          // The line's place in the whole list identifies it while it scrolls.
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity but their position
          <Box key={offset + i} flexDirection="row">
            <Text>{first ? "› " : "  "}</Text>
            <Line row={p.row} width={width - markerWidth} selected={selected} />
          </Box>
        )
      })}
    </Box>
  )
}
