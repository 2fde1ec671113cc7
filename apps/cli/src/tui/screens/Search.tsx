/**
 * The search box (`/`): the query, the number of hits and the hits with their kind and relation;
 * and where Enter on a hit leads.
 */
import type { BilateralIndex, SearchHit } from "@bilateral/data/snapshot"
import { Box, Text } from "ink"
import type { Lang } from "../../cli/Args"
import { type MessageKey, t } from "../../i18n/Messages"
import { fitWidth, truncate } from "../../render/DisplayWidth"
import { Line } from "../components/Line"
import { useColor } from "../components/Theme"
import { type Row, seg } from "../Items"
import type { Screen } from "../Navigation"
import { terminalSafe } from "../Sanitize"

/** The name of each kind of hit. */
const HIT_KINDS: Record<SearchHit["kind"], MessageKey> = {
  person: "hitPerson",
  place: "hitPlace",
  agreement: "hitAgreement",
  event: "hitEvent",
  country: "hitCountry",
  organisation: "hitOrganisation",
}

/** Where a search hit leads: the screen and the key of the item to select there. */
export const searchTarget = (
  index: BilateralIndex,
  hit: SearchHit,
): { screen: Screen; key?: string } | undefined => {
  const eventId = hit.eventId ?? (hit.kind === "event" ? hit.id : undefined)
  if (eventId !== undefined) {
    const event = index.event(eventId)
    if (event)
      return {
        screen: { _tag: "Detail", relation: event.relation, section: "timeline" },
        key: `event:${eventId}`,
      }
  }
  if (hit.kind === "agreement") {
    const agreement = index.agreement(hit.id)
    const relation = hit.relation ?? agreement?.relations[0]
    if (relation)
      return {
        screen: { _tag: "Detail", relation, section: "agreements" },
        key: `agreement:${hit.id}`,
      }
  }
  if (hit.kind === "person") {
    const first = index.events({ person: hit.id })[0]
    if (first)
      return {
        screen: { _tag: "Detail", relation: first.relation, section: "timeline" },
        key: `event:${first.id}`,
      }
  }
  if (hit.kind === "country") {
    const relation = index.relations.find((r) => index.partnerOf(r) === hit.id)
    if (relation) return { screen: { _tag: "Detail", relation: relation.id, section: "overview" } }
  }
  if (hit.relation) {
    const screen: Screen = { _tag: "Detail", relation: hit.relation, section: "overview" }
    if (hit.fact?.collection === "projects") return { screen, key: `ov:project:${hit.fact.id}` }
    if (hit.fact?.collection === "sisterRegions") return { screen, key: `ov:sister:${hit.fact.id}` }
    return { screen }
  }
  return undefined
}

export interface SearchBoxProps {
  readonly query: string
  readonly hits: ReadonlyArray<SearchHit>
  readonly cursor: number
  readonly lang: Lang
  readonly width: number
  readonly height: number
  /** The partner code of a relation id, to show where a hit belongs. */
  readonly codeOf: (relation: string) => string
}

export const SearchBox = ({ query, hits, cursor, lang, width, height, codeOf }: SearchBoxProps) => {
  const color = useColor()
  const listHeight = Math.max(1, height - 2)
  const start = Math.max(0, Math.min(cursor - listHeight + 1, hits.length - listHeight))
  const shown = hits.slice(Math.max(0, start), Math.max(0, start) + listHeight)
  const kindWidth = Math.min(
    12,
    Math.max(...Object.values(HIT_KINDS).map((k) => t(k, lang).length)),
  )
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text>
        <Text bold color={color ? "cyan" : undefined}>
          {"/ "}
        </Text>
        {truncate(terminalSafe(query), Math.max(1, width - 4))}
        <Text inverse> </Text>
      </Text>
      <Text dimColor>
        {truncate(
          query.trim() === ""
            ? t("searchPrompt", lang)
            : hits.length === 0
              ? t("noResults", lang)
              : t("results", lang, { count: hits.length }),
          width,
        )}
      </Text>
      {shown.map((hit, i) => {
        const selected = Math.max(0, start) + i === cursor
        const where = hit.relation ? ` (${codeOf(hit.relation)})` : ""
        const row: Row = [
          seg(`${fitWidth(t(HIT_KINDS[hit.kind], lang), kindWidth)} `, "muted"),
          seg(hit.label),
          seg(where, "accent"),
        ]
        return (
          <Box key={`${hit.kind}:${hit.id}:${hit.eventId ?? ""}:${hit.relation ?? ""}`}>
            <Text>{selected ? "› " : "  "}</Text>
            <Line row={row} width={width - 2} selected={selected} />
          </Box>
        )
      })}
    </Box>
  )
}
