/**
 * The words of the interface in Vietnamese and English: headings, column names, key hints. The
 * names of the model's vocabularies (event kinds, levels, indicator kinds, claim statuses,
 * collections) are the domain's `label`; this module only adds symbols beside them (✓ ✗ ?).
 * Data text comes from the dataset.
 */
import type {
  ClaimStatus,
  Collection,
  EventKind,
  IndicatorKind,
  Level,
  UndefinedReason,
} from "@bilateral/domain"
import { formatNumber, label } from "@bilateral/domain/format"
import type { Lang } from "../cli/Args"

type Pair = { readonly vi: string; readonly en: string }

const MESSAGES = {
  country: { vi: "Nước", en: "Country" },
  code: { vi: "Mã", en: "Code" },
  relation: { vi: "Quan hệ", en: "Relation" },
  established: { vi: "Thiết lập QHNG", en: "Established" },
  age: { vi: "Tuổi quan hệ", en: "Relation age" },
  events: { vi: "Sự kiện", en: "Events" },
  eventCount: { vi: "{count} sự kiện", en: "{count} events" },
  eventCountOne: { vi: "{count} sự kiện", en: "{count} event" },
  agreementCount: { vi: "{count} văn kiện", en: "{count} agreements" },
  agreementCountOne: { vi: "{count} văn kiện", en: "{count} agreement" },
  collection: { vi: "Bộ sưu tập", en: "Collection" },
  comparedWith: { vi: "so với", en: "on" },
  sinceDate: { vi: "từ", en: "since" },
  sinceEvent: { vi: "kể từ", en: "since" },
  upcomingAnniversaries: { vi: "Kỷ niệm sắp tới", en: "Upcoming anniversaries" },
  ofEstablishment: { vi: "thiết lập quan hệ ngoại giao", en: "of diplomatic relations" },
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

  // The terminal UI. `{name}` is filled by `t`'s parameters.
  places: { vi: "Địa điểm", en: "Places" },
  asReported: { vi: "Nguyên văn", en: "As reported" },
  rank: { vi: "Xếp hạng", en: "Rank" },
  computedNoQuote: {
    vi: "Số liệu tính từ dữ liệu, không trích dẫn trực tiếp.",
    en: "Computed from the data; no direct quote.",
  },
  chooseSecond: {
    vi: "chọn quan hệ thứ hai rồi nhấn Enter (Esc hủy)",
    en: "choose the second relation and press Enter (Esc cancels)",
  },
  compareHowTo: {
    vi: "hoặc {key} trên một quan hệ, rồi Enter trên quan hệ thứ hai",
    en: "or {key} on a relation, then Enter on the second one",
  },
  changesKind: { vi: "{key} đổi loại", en: "{key} changes kind" },
  changesSecond: { vi: "{key} đổi quan hệ thứ hai", en: "{key} changes the second relation" },
  tooSmall: {
    vi: "Cửa sổ quá nhỏ ({columns}×{rows}): cần ít nhất {minColumns}×{minRows}. q để thoát.",
    en: "Terminal too small ({columns}×{rows}): needs {minColumns}×{minRows}. q quits.",
  },
  searchPrompt: {
    vi: "Gõ tên người, địa điểm, văn kiện hoặc sự kiện",
    en: "Type a person, place, agreement or event",
  },
  results: { vi: "{count} kết quả", en: "{count} results" },
  hitPerson: { vi: "Người", en: "Person" },
  hitPlace: { vi: "Địa điểm", en: "Place" },
  hitAgreement: { vi: "Văn kiện", en: "Agreement" },
  hitEvent: { vi: "Sự kiện", en: "Event" },
  hitCountry: { vi: "Nước", en: "Country" },
  hitOrganisation: { vi: "Tổ chức", en: "Organisation" },
  keys: { vi: "Phím tắt", en: "Keys" },
  everyFigureHasASource: {
    vi: "Mọi số liệu đều có nguồn: chọn rồi nhấn {key}.",
    en: "Every figure has a source: select it and press {key}.",
  },
  helpMove: { vi: "chọn mục trên / dưới", en: "move up / down" },
  helpPage: { vi: "lên / xuống một trang", en: "page up / down" },
  helpEnds: { vi: "đầu / cuối danh sách", en: "first / last" },
  helpOpen: { vi: "mở; trên một số liệu: xem nguồn", en: "open; on a figure: its source" },
  helpBack: { vi: "quay lại, đóng cửa sổ", en: "back, close a panel" },
  helpTab: {
    vi: "mục tiếp / trước; so sánh: đổi quan hệ thứ hai",
    en: "next / previous section; compare: change the second relation",
  },
  helpArrows: { vi: "mục trước / tiếp", en: "previous / next section" },
  helpSectionNumber: {
    vi: "đến mục: tổng quan, dòng thời gian, chỉ số, văn kiện, chuyến thăm",
    en: "go to section: overview, timeline, indicators, agreements, visits",
  },
  helpKindFilter: {
    vi: "dòng thời gian: lọc theo loại sự kiện",
    en: "timeline: filter by kind of event",
  },
  helpSource: {
    vi: "nguồn và trích dẫn của mục đang chọn",
    en: "source and quote of the selected item",
  },
  helpCompare: {
    vi: "so sánh: c trên một quan hệ, rồi Enter trên quan hệ thứ hai",
    en: "compare: c on a relation, then Enter on the second one",
  },
  helpSearch: {
    vi: "tìm người, địa điểm, văn kiện, sự kiện",
    en: "search people, places, agreements, events",
  },
  helpHelp: { vi: "trợ giúp này", en: "this help" },
  helpQuit: { vi: "thoát", en: "quit" },
  hintTypeToSearch: { vi: "gõ để tìm", en: "type to search" },
  hintMove: { vi: "chọn", en: "move" },
  hintSelect: { vi: "chọn", en: "select" },
  hintScroll: { vi: "cuộn", en: "scroll" },
  hintOpen: { vi: "mở", en: "open" },
  hintGo: { vi: "đến", en: "go" },
  hintBack: { vi: "lại", en: "back" },
  hintClose: { vi: "đóng", en: "close" },
  hintSection: { vi: "mục", en: "section" },
  hintSource: { vi: "nguồn", en: "source" },
  hintSearch: { vi: "tìm", en: "search" },
  hintHelp: { vi: "trợ giúp", en: "help" },
  hintQuit: { vi: "thoát", en: "quit" },
  statusTimeline: { vi: "Diễn biến quan hệ", en: "Status of the relation" },
  onSamePeriod: { vi: "so với cùng kỳ", en: "on the same period a year earlier" },
  sourcesDiffer: { vi: "Các nguồn khác nhau: {min}–{max}", en: "Sources differ: {min}–{max}" },
  reports: { vi: "Các báo cáo số liệu", en: "Reports of the figure" },
  mainReport: { vi: "số liệu dùng để tính", en: "the one used in metrics" },
  reporterUnstated: { vi: "không rõ nơi công bố", en: "reporter not stated" },
  reportedWording: { vi: "Nguồn viết", en: "Source's wording" },
  commission: { vi: "Ủy ban", en: "Commission" },
  session: { vi: "Khóa họp", en: "Session" },
  round: { vi: "Vòng", en: "Round" },
  coChairs: { vi: "Đồng chủ trì", en: "Co-chairs" },
  chairs: { vi: "Chủ trì", en: "Chairs" },
  sideLevels: { vi: "Cấp mỗi bên", en: "Each side's level" },
  sessions: { vi: "Khóa họp và tham vấn", en: "Sessions and consultations" },
} as const satisfies Record<string, Pair>

export type MessageKey = keyof typeof MESSAGES

/**
 * The interface text for `key` in `lang`, with each `{name}` replaced by `params[name]`
 * ("{count} kết quả" with `{ count: 2 }` is "2 kết quả").
 */
export const t = (
  key: MessageKey,
  lang: Lang,
  params?: Readonly<Record<string, string | number>>,
): string => {
  const text: string = MESSAGES[key][lang]
  return params ? text.replace(/\{(\w+)\}/g, (m, name: string) => String(params[name] ?? m)) : text
}

/** What `counted` can count, each with its singular and plural message. */
const COUNTED = {
  events: ["eventCountOne", "eventCount"],
  agreements: ["agreementCountOne", "agreementCount"],
} as const satisfies Record<string, readonly [MessageKey, MessageKey]>

/**
 * A count with its noun, singular or plural as the language needs, the number written as the
 * language writes it: "1 event", "1,200 agreements", "1.200 sự kiện".
 */
export const counted = (count: number, noun: keyof typeof COUNTED, lang: Lang): string =>
  t(COUNTED[noun][count === 1 ? 0 : 1], lang, { count: formatNumber(count, lang) })

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
