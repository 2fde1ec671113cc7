/**
 * The words of the interface in Vietnamese and English: headings, column names, key hints. The
 * names of the model's vocabularies (event kinds, levels, indicator kinds, claim statuses,
 * collections) are the domain's `label`; this module only adds symbols beside them (✓ ✗ ?).
 * Data text comes from the dataset.
 */
import {
  type ClaimStatus,
  type Collection,
  type EventKind,
  type IndicatorKind,
  type Level,
  label,
  type UndefinedReason,
} from "@bilateral/domain"
import type { Lang } from "../cli/Args"

type Pair = { readonly vi: string; readonly en: string }

const MESSAGES = {
  country: { vi: "Nước", en: "Country" },
  code: { vi: "Mã", en: "Code" },
  relation: { vi: "Quan hệ", en: "Relation" },
  established: { vi: "Thiết lập QHNG", en: "Established" },
  age: { vi: "Tuổi quan hệ", en: "Relation age" },
  events: { vi: "Sự kiện", en: "Events" },
  visits: { vi: "Chuyến thăm", en: "Visits" },
  agreements: { vi: "Văn kiện", en: "Agreements" },
  indicators: { vi: "Chỉ số", en: "Indicators" },
  latestTrade: { vi: "Thương mại gần nhất", en: "Latest trade" },
  latestTopVisit: { vi: "Thăm cấp cao gần nhất", en: "Latest top-level visit" },
  topVisit: { vi: "Thăm cấp cao", en: "Top visit" },
  keyFigures: { vi: "Số liệu chính", en: "Key figures" },
  date: { vi: "Ngày", en: "Date" },
  kind: { vi: "Loại", en: "Kind" },
  level: { vi: "Cấp", en: "Level" },
  summary: { vi: "Nội dung", en: "Summary" },
  title: { vi: "Tên", en: "Title" },
  signed: { vi: "Ký", en: "Signed" },
  effective: { vi: "Hiệu lực", en: "Effective" },
  value: { vi: "Giá trị", en: "Value" },
  latest: { vi: "Gần nhất", en: "Latest" },
  from: { vi: "Từ", en: "From" },
  to: { vi: "Đến", en: "To" },
  years: { vi: "Số năm", en: "Years" },
  change: { vi: "Thay đổi", en: "Change" },
  growth: { vi: "Tăng trưởng", en: "Growth" },
  yoy: { vi: "So với kỳ trước", en: "Year over year" },
  cagr: { vi: "CAGR", en: "CAGR" },
  spans: { vi: "Theo từng khoảng", en: "Over each span" },
  status: { vi: "Kết quả", en: "Result" },
  claim: { vi: "Nhận định", en: "Claim" },
  claims: { vi: "Kiểm tra nhận định", en: "Claims checked" },
  explanation: { vi: "Giải thích", en: "Explanation" },
  total: { vi: "Tổng", en: "Total" },
  undated: { vi: "không rõ ngày", en: "undated" },
  byLevel: { vi: "Theo cấp", en: "By level" },
  byDirection: { vi: "Theo chiều", en: "By direction" },
  byYear: { vi: "Theo năm", en: "By year" },
  count: { vi: "Số lượt", en: "Count" },
  asOf: { vi: "tính đến", en: "as of" },
  sources: { vi: "Nguồn", en: "Sources" },
  source: { vi: "Nguồn", en: "Source" },
  quote: { vi: "Trích dẫn", en: "Quote" },
  paragraph: { vi: "đoạn", en: "paragraph" },
  recognition: { vi: "Công nhận", en: "Recognition" },
  embassies: { vi: "Đại sứ quán", en: "Embassies" },
  resident: { vi: "thường trú", en: "resident" },
  concurrent: { vi: "kiêm nhiệm từ", en: "concurrently accredited from" },
  frameworks: { vi: "Khuôn khổ quan hệ", en: "Frameworks" },
  overview: { vi: "Tổng quan", en: "Overview" },
  timeline: { vi: "Dòng thời gian", en: "Timeline" },
  compare: { vi: "So sánh", en: "Compare" },
  none: { vi: "(không có)", en: "(none)" },
  noEvents: { vi: "Không có sự kiện nào khớp bộ lọc.", en: "No event matches the filter." },
  yearsUnit: { vi: "năm", en: "years" },
  problems: { vi: "vấn đề", en: "problems" },
  valid: { vi: "hợp lệ", en: "valid" },
  search: { vi: "Tìm kiếm", en: "Search" },
  help: { vi: "Trợ giúp", en: "Help" },
  back: { vi: "quay lại", en: "back" },
  open: { vi: "mở", en: "open" },
  quit: { vi: "thoát", en: "quit" },
  sections: { vi: "mục", en: "sections" },
  all: { vi: "Tất cả", en: "All" },
  noResults: { vi: "Không tìm thấy.", en: "No results." },
} as const satisfies Record<string, Pair>

export type MessageKey = keyof typeof MESSAGES

/** The interface text for `key` in `lang`. */
export const t = (key: MessageKey, lang: Lang): string => MESSAGES[key][lang]

/** The name of an event kind (the domain's label). */
export const kindName = (kind: EventKind, lang: Lang): string => label("eventKind", kind, lang)

/** The name of an exchange's level (the domain's label). */
export const levelName = (level: Level, lang: Lang): string => label("level", level, lang)

/** The name of an indicator kind (the domain's label). */
export const indicatorKindName = (kind: IndicatorKind, lang: Lang): string =>
  label("indicatorKind", kind, lang)

/** The name of a collection of the dataset (the domain's label): "Hiệp định", "Dự án". */
export const collectionName = (collection: Collection, lang: Lang): string =>
  label("collection", collection, lang)

const MARKS: Record<ClaimStatus, string> = { holds: "✓", contradicted: "✗", "cannot-check": "?" }

/** The symbol printed beside a claim status's name: ✓, ✗ or ?. */
export const claimMark = (status: ClaimStatus): string => MARKS[status]

/** A claim check's result: its symbol and the domain's name ("✓ Khớp dữ liệu"). */
export const claimStatusName = (status: ClaimStatus, lang: Lang): string =>
  `${MARKS[status]} ${label("claimStatus", status, lang)}`

/** Why a growth figure is undefined, in words (the domain's label). */
export const undefinedGrowthName = (reason: UndefinedReason, lang: Lang): string =>
  label("undefinedGrowth", reason, lang)
