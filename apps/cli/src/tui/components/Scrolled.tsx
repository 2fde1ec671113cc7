/**
 * What replaces the content area for the help and an item's source: rows from a scroll position,
 * with "↓" on the last line when more follow.
 */
import { Box, Text } from "ink"
import type { Row } from "../Items"
import { Line } from "./Line"

export interface ScrolledProps {
  readonly rows: ReadonlyArray<Row>
  readonly scroll: number
  readonly width: number
  readonly height: number
}

/** Rows from `scroll`, with "↓" on the last line when more follow. */
export const Scrolled = ({ rows, scroll, width, height }: ScrolledProps) => {
  const visible = rows.slice(scroll, scroll + height)
  const more = scroll + height < rows.length
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      {visible.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: overlay lines are positional
        <Box key={i}>
          <Text>{i === visible.length - 1 && more ? "↓ " : "  "}</Text>
          <Line row={row} width={width - 2} />
        </Box>
      ))}
    </Box>
  )
}
