/**
 * The words of the interface in Vietnamese and English: headings, column names, and names for
 * the model's enumerations (event kinds, levels, claim statuses). Data text comes from the
 * dataset; only the interface's own words live here.
 */
import {
  type EventKind,
  eventKindLabel,
  type IndicatorKind,
  type Level,
  levelLabel,
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
  memberships: { vi: "Thành viên tổ chức", en: "Memberships" },
  sisterRegions: { vi: "Địa phương kết nghĩa", en: "Sister regions" },
  support: { vi: "Ủng hộ tại diễn đàn đa phương", en: "Support in multilateral bodies" },
  cooperationAreas: { vi: "Lĩnh vực hợp tác", en: "Areas of cooperation" },
  projects: { vi: "Dự án", en: "Projects" },
  tradeGoods: { vi: "Mặt hàng", en: "Traded goods" },
  measures: { vi: "Biện pháp", en: "Measures" },
  statements: { vi: "Phát biểu", en: "Statements" },
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
export const kindName = (kind: EventKind, lang: Lang): string => eventKindLabel(kind, lang)

/** The name of an exchange's level (the domain's label). */
export const levelName = (level: Level, lang: Lang): string => levelLabel(level, lang)

const INDICATOR_KINDS: Record<IndicatorKind, Pair> = {
  trade: { vi: "Kim ngạch thương mại", en: "Trade" },
  exports: { vi: "Xuất khẩu", en: "Exports" },
  imports: { vi: "Nhập khẩu", en: "Imports" },
  "tourist-arrivals": { vi: "Khách du lịch", en: "Tourist arrivals" },
  flights: { vi: "Chuyến bay", en: "Flights" },
  "fdi-capital": { vi: "Vốn FDI", en: "FDI capital" },
  "fdi-projects": { vi: "Dự án FDI", en: "FDI projects" },
  "investment-enterprises": { vi: "Doanh nghiệp đầu tư", en: "Investing enterprises" },
  diaspora: { vi: "Cộng đồng người Việt", en: "Diaspora" },
  other: { vi: "Khác", en: "Other" },
}

/** The name of an indicator kind. */
export const indicatorKindName = (kind: IndicatorKind, lang: Lang): string =>
  INDICATOR_KINDS[kind]?.[lang] ?? kind

const STATUSES: Record<"holds" | "contradicted" | "cannot-check", Pair> = {
  holds: { vi: "✓ đúng", en: "✓ holds" },
  contradicted: { vi: "✗ không khớp", en: "✗ contradicted" },
  "cannot-check": { vi: "? không kiểm được", en: "? cannot check" },
}

/** The name of a claim check's result. */
export const claimStatusName = (
  status: "holds" | "contradicted" | "cannot-check",
  lang: Lang,
): string => STATUSES[status][lang]

const UNDEFINED_GROWTH: Record<"zero-base" | "same-period" | "missing", Pair> = {
  "zero-base": { vi: "không xác định (gốc bằng 0)", en: "undefined (zero base)" },
  "same-period": { vi: "không xác định (cùng kỳ)", en: "undefined (same period)" },
  missing: { vi: "không có số liệu", en: "no data" },
}

/** Why a growth figure is undefined, in words. */
export const undefinedGrowthName = (
  reason: "zero-base" | "same-period" | "missing",
  lang: Lang,
): string => UNDEFINED_GROWTH[reason][lang]
