/**
 * What replaces the content area: the help with every key, the detail and source of an item, and
 * the search box with its results.
 */
import type { SearchHit } from "@bilateral/data"
import { Box, Text } from "ink"
import type { Lang } from "../../cli/Args"
import { fitWidth, truncate, wrap } from "../../render/DisplayWidth"
import { renderTable } from "../../render/Table"
import { type Row, seg } from "../Items"
import { Line } from "./Line"
import { useColor } from "./Theme"

/** Every key of the UI, for the help overlay. */
export const helpRows = (lang: Lang, width: number): Row[] => {
  const vi = lang === "vi"
  const keys: Array<readonly [string, string]> = [
    ["↑ ↓  j k", vi ? "chọn mục trên / dưới" : "move up / down"],
    ["PgUp PgDn", vi ? "lên / xuống một trang" : "page up / down"],
    ["Home End  g G", vi ? "đầu / cuối danh sách" : "first / last"],
    ["Enter", vi ? "mở; trên một số liệu: xem nguồn" : "open; on a figure: its source"],
    ["Esc  Backspace", vi ? "quay lại, đóng cửa sổ" : "back, close a panel"],
    [
      "Tab  Shift-Tab",
      vi
        ? "mục tiếp / trước; so sánh: đổi quan hệ thứ hai"
        : "next / previous section; compare: change the second relation",
    ],
    ["← →  h l", vi ? "mục trước / tiếp" : "previous / next section"],
    [
      "1 … 5",
      vi
        ? "đến mục: tổng quan, dòng thời gian, chỉ số, văn kiện, chuyến thăm"
        : "go to section: overview, timeline, indicators, agreements, visits",
    ],
    ["f", vi ? "dòng thời gian: lọc theo loại sự kiện" : "timeline: filter by kind of event"],
    ["s", vi ? "nguồn và trích dẫn của mục đang chọn" : "source and quote of the selected item"],
    [
      "c",
      vi
        ? "so sánh: c trên một quan hệ, rồi Enter trên quan hệ thứ hai"
        : "compare: c on a relation, then Enter on the second one",
    ],
    [
      "/",
      vi ? "tìm người, địa điểm, văn kiện, sự kiện" : "search people, places, agreements, events",
    ],
    ["?", vi ? "trợ giúp này" : "this help"],
    ["q  Ctrl-C", vi ? "thoát" : "quit"],
  ]
  return [
    [seg(vi ? "Phím tắt" : "Keys", "heading")],
    [],
    ...renderTable([{ header: "" }, { header: "", flexible: true }], keys, {
      header: false,
      maxWidth: width,
    }).map((l) => [seg(l)]),
    [],
    ...wrap(
      vi
        ? "Mọi số liệu đều có nguồn: chọn rồi nhấn s."
        : "Every figure has a source: select it and press s.",
      width,
    ).map((line): Row => [seg(line, "muted")]),
  ]
}

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

const KIND_LABELS: Record<SearchHit["kind"], { vi: string; en: string }> = {
  person: { vi: "Người", en: "Person" },
  place: { vi: "Địa điểm", en: "Place" },
  agreement: { vi: "Văn kiện", en: "Agreement" },
  event: { vi: "Sự kiện", en: "Event" },
  country: { vi: "Nước", en: "Country" },
  organisation: { vi: "Tổ chức", en: "Organisation" },
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
  const kindWidth = Math.min(12, Math.max(...Object.values(KIND_LABELS).map((k) => k[lang].length)))
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Text>
        <Text bold color={color ? "cyan" : undefined}>
          {"/ "}
        </Text>
        {truncate(query, Math.max(1, width - 4))}
        <Text inverse> </Text>
      </Text>
      <Text dimColor>
        {truncate(
          query.trim() === ""
            ? lang === "vi"
              ? "Gõ tên người, địa điểm, văn kiện hoặc sự kiện"
              : "Type a person, place, agreement or event"
            : hits.length === 0
              ? lang === "vi"
                ? "Không tìm thấy."
                : "No results."
              : `${hits.length} ${lang === "vi" ? "kết quả" : "results"}`,
          width,
        )}
      </Text>
      {shown.map((hit, i) => {
        const selected = Math.max(0, start) + i === cursor
        const where = hit.relation ? ` (${codeOf(hit.relation)})` : ""
        const row: Row = [
          seg(`${fitWidth(KIND_LABELS[hit.kind][lang], kindWidth)} `, "muted"),
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
