/**
 * The top of the screen: the product and the place on the left, the position in the list on the
 * right; on a relation, a second line with its sections (the current one highlighted), which
 * shrinks to "‹ Section 2/5 ›" on a narrow terminal.
 */
import { Box, Text } from "ink"
import { displayWidth, padEnd, truncate } from "../../render/DisplayWidth"
import type { SectionId } from "../Navigation"
import { terminalSafe } from "../Sanitize"
import { useColor } from "./Theme"

export interface HeaderProps {
  readonly title: string
  readonly position: string
  readonly width: number
}

export const Header = ({ title, position, width }: HeaderProps) => {
  const color = useColor()
  const right = position ? ` ${position}` : ""
  const left = truncate(terminalSafe(title), Math.max(1, width - displayWidth(right)))
  return (
    <Box width={width}>
      <Text bold color={color ? "cyan" : undefined} wrap="truncate-end">
        {padEnd(left, width - displayWidth(right))}
      </Text>
      <Text dimColor>{right}</Text>
    </Box>
  )
}

export interface TabsProps {
  readonly sections: ReadonlyArray<{ readonly id: SectionId; readonly name: string }>
  readonly current: SectionId
  readonly width: number
}

/** The text of the tab line, or undefined when the full line does not fit. */
export const tabsText = (sections: TabsProps["sections"], width: number): string | undefined => {
  const full = sections.map((s, i) => ` ${i + 1} ${s.name} `).join("│")
  return displayWidth(full) <= width ? full : undefined
}

export const Tabs = ({ sections, current, width }: TabsProps) => {
  const color = useColor()
  const index = Math.max(
    0,
    sections.findIndex((s) => s.id === current),
  )
  if (tabsText(sections, width) === undefined) {
    const name = sections[index]?.name ?? ""
    const text = truncate(`‹ ${name} ${index + 1}/${sections.length} ›`, width)
    return (
      <Text bold color={color ? "cyan" : undefined}>
        {text}
      </Text>
    )
  }
  return (
    <Box width={width}>
      {sections.map((s, i) => (
        <Text key={s.id}>
          {i > 0 ? <Text dimColor>│</Text> : ""}
          <Text inverse={i === index} bold={i === index} dimColor={i !== index}>
            {` ${i + 1} ${s.name} `}
          </Text>
        </Text>
      ))}
    </Box>
  )
}
