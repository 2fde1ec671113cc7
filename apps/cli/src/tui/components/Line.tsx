/**
 * One terminal line of styled segments, cut to the width so that Ink never wraps it.
 */
import { Text } from "ink"
import { padEnd } from "../../render/DisplayWidth"
import { fitRow, type Row, rowWidth } from "../Items"
import { toneProps, useColor } from "./Theme"

export interface LineProps {
  readonly row: Row
  readonly width: number
  /** Selected lines are shown inverse across the whole width. */
  readonly selected?: boolean
}

export const Line = ({ row, width, selected = false }: LineProps) => {
  const color = useColor()
  const fitted = fitRow(row, width)
  const fill = Math.max(0, width - rowWidth(fitted))
  return (
    <Text inverse={selected} wrap="truncate-end">
      {fitted.map((segment, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments of a line have no identity beyond their place
        <Text key={i} {...toneProps(segment.tone, color)}>
          {segment.text.normalize("NFC")}
        </Text>
      ))}
      {selected && fill > 0 ? padEnd("", fill) : ""}
    </Text>
  )
}
