/**
 * The names of every closed vocabulary of the model, in Vietnamese and English: event kinds,
 * levels, visit types, agreement kinds, indicator kinds, observation bases, cooperation and trade
 * statuses, project kinds, support purposes, claim statuses, the reasons a growth is undefined,
 * and the dataset's collections. Web, CLI and TUI print these and define none of their own, so a
 * label reads the same in every client.
 *
 * @since 0.2.0
 */
import type { ClaimStatus } from "../metrics/Claims"
import type { UndefinedReason } from "../metrics/Growth"
import type { AgreementKind } from "../model/Agreement"
import type { CooperationArea, MultilateralSupport, Project, TradeGood } from "../model/Cooperation"
import type { Collection } from "../model/Dataset"
import type { EventKind, Level, VisitType } from "../model/Event"
import type { IndicatorKind, ObservationBasis } from "../model/Indicator"
import type { Bilingual, Lang } from "./Format"

/**
 * Every vocabulary with its values' names. Keyed by vocabulary, then by value.
 * @example
 * VOCABULARIES.level.minister.vi // "Bộ trưởng"
 * @since 0.2.0
 * @category labels
 */
export const VOCABULARIES = {
  eventKind: {
    Visit: { vi: "Chuyến thăm", en: "Visit" },
    PoliticalConsultation: { vi: "Tham vấn chính trị", en: "Political consultation" },
    PhoneCall: { vi: "Điện đàm", en: "Phone call" },
    Meeting: { vi: "Hội đàm, gặp gỡ", en: "Meeting" },
    CommissionSession: { vi: "Khóa họp Ủy ban", en: "Commission session" },
  } satisfies Record<EventKind, Bilingual>,
  level: {
    party: { vi: "Lãnh đạo Đảng", en: "Party leader" },
    state: { vi: "Nguyên thủ", en: "Head of state" },
    government: { vi: "Người đứng đầu Chính phủ", en: "Head of government" },
    parliament: { vi: "Quốc hội", en: "Parliament" },
    minister: { vi: "Bộ trưởng", en: "Minister" },
    "deputy-minister": { vi: "Thứ trưởng", en: "Deputy minister" },
    agency: { vi: "Cơ quan nhà nước", en: "State agency" },
    local: { vi: "Địa phương", en: "Local" },
    other: { vi: "Khác", en: "Other" },
    unspecified: { vi: "Không nêu cấp", en: "Level not stated" },
  } satisfies Record<Level, Bilingual>,
  visitType: {
    state: { vi: "thăm cấp Nhà nước", en: "state visit" },
    official: { vi: "thăm chính thức", en: "official visit" },
    working: { vi: "thăm làm việc", en: "working visit" },
  } satisfies Record<VisitType, Bilingual>,
  agreementKind: {
    agreement: { vi: "Hiệp định", en: "Agreement" },
    "free-trade-agreement": { vi: "Hiệp định thương mại tự do", en: "Free trade agreement" },
    protocol: { vi: "Nghị định thư", en: "Protocol" },
    memorandum: { vi: "Bản ghi nhớ", en: "Memorandum" },
    treaty: { vi: "Hiệp ước", en: "Treaty" },
    other: { vi: "Văn kiện", en: "Instrument" },
  } satisfies Record<AgreementKind, Bilingual>,
  indicatorKind: {
    trade: { vi: "Kim ngạch thương mại", en: "Trade turnover" },
    exports: { vi: "Xuất khẩu", en: "Exports" },
    imports: { vi: "Nhập khẩu", en: "Imports" },
    "tourist-arrivals": { vi: "Lượt khách du lịch", en: "Tourist arrivals" },
    flights: { vi: "Chuyến bay", en: "Flights" },
    "fdi-capital": { vi: "Vốn FDI", en: "FDI capital" },
    "fdi-projects": { vi: "Dự án FDI", en: "FDI projects" },
    "investment-enterprises": { vi: "Doanh nghiệp đầu tư", en: "Investing enterprises" },
    diaspora: { vi: "Cộng đồng người Việt", en: "Vietnamese community" },
    other: { vi: "Số liệu khác", en: "Other figure" },
  } satisfies Record<IndicatorKind, Bilingual>,
  basis: {
    annual: { vi: "cả năm", en: "annual total" },
    "period-average": { vi: "bình quân năm", en: "yearly average" },
    level: { vi: "mức tại thời điểm", en: "level at the time" },
    cumulative: { vi: "lũy kế", en: "cumulative" },
  } satisfies Record<ObservationBasis, Bilingual>,
  cooperationStatus: {
    active: { vi: "Đang hợp tác", en: "Active" },
    potential: { vi: "Tiềm năng", en: "Potential" },
    proposed: { vi: "Được đề xuất", en: "Proposed" },
  } satisfies Record<CooperationArea["status"], Bilingual>,
  projectKind: {
    investment: { vi: "Đầu tư", en: "Investment" },
    infrastructure: { vi: "Hạ tầng", en: "Infrastructure" },
    "air-route": { vi: "Đường bay", en: "Air route" },
    acquisition: { vi: "Mua lại", en: "Acquisition" },
    other: { vi: "Khác", en: "Other" },
  } satisfies Record<Project["kind"], Bilingual>,
  purpose: {
    accession: { vi: "gia nhập", en: "accession to" },
    membership: { vi: "làm thành viên", en: "membership of" },
    candidacy: { vi: "ứng cử", en: "candidacy for" },
  } satisfies Record<MultilateralSupport["purpose"], Bilingual>,
  tradeStatus: {
    traded: { vi: "Đang trao đổi", en: "Traded" },
    proposed: { vi: "Được đề xuất", en: "Proposed" },
  } satisfies Record<TradeGood["status"], Bilingual>,
  claimStatus: {
    holds: { vi: "Khớp dữ liệu", en: "Holds" },
    contradicted: { vi: "Không khớp", en: "Contradicted" },
    "cannot-check": { vi: "Không kiểm tra được", en: "Cannot be checked" },
  } satisfies Record<ClaimStatus, Bilingual>,
  undefinedGrowth: {
    "zero-base": { vi: "không tính được (giá trị gốc bằng 0)", en: "n/a (the base is zero)" },
    "same-period": { vi: "không tính được (cùng một kỳ)", en: "n/a (same period)" },
    missing: { vi: "không tính được (thiếu số liệu)", en: "n/a (no comparable figures)" },
  } satisfies Record<UndefinedReason, Bilingual>,
  collection: {
    sources: { vi: "Nguồn", en: "Sources" },
    countries: { vi: "Quốc gia", en: "Countries" },
    organisations: { vi: "Tổ chức", en: "Organisations" },
    memberships: { vi: "Thành viên", en: "Memberships" },
    people: { vi: "Nhân vật", en: "People" },
    relations: { vi: "Quan hệ", en: "Relations" },
    events: { vi: "Sự kiện", en: "Events" },
    agreements: { vi: "Hiệp định", en: "Agreements" },
    indicators: { vi: "Số liệu", en: "Figures" },
    sisterRegions: { vi: "Kết nghĩa", en: "Sister regions" },
    support: { vi: "Ủng hộ đa phương", en: "Multilateral support" },
    cooperationAreas: { vi: "Lĩnh vực hợp tác", en: "Areas of cooperation" },
    projects: { vi: "Dự án", en: "Projects" },
    tradeGoods: { vi: "Mặt hàng", en: "Traded goods" },
    measures: { vi: "Chính sách", en: "Measures" },
    statements: { vi: "Phát biểu", en: "Statements" },
    claims: { vi: "Khẳng định", en: "Claims" },
  } satisfies Record<Collection, Bilingual>,
} as const

/**
 * The name of a vocabulary.
 * @example
 * const v: Vocabulary = "indicatorKind"
 * @since 0.2.0
 * @category models
 */
export type Vocabulary = keyof typeof VOCABULARIES

/**
 * The values of a vocabulary.
 * @example
 * const l: VocabularyValue<"level"> = "minister"
 * @since 0.2.0
 * @category models
 */
export type VocabularyValue<V extends Vocabulary> = keyof (typeof VOCABULARIES)[V] & string

/**
 * The name of a value of a vocabulary in one language. Use it wherever a client prints a kind,
 * level, status or collection; never write the word in the client.
 * @example
 * label("level", "deputy-minister", "vi") // "Thứ trưởng"
 * label("claimStatus", "holds", "en") // "Holds"
 * @since 0.2.0
 * @category labels
 */
export const label = <V extends Vocabulary>(
  vocabulary: V,
  value: VocabularyValue<V>,
  lang: Lang,
): string => {
  const names = VOCABULARIES[vocabulary] as Record<string, Bilingual>
  return names[value]?.[lang] ?? value
}

/**
 * The names of every value of a vocabulary, in order, for pickers and filters.
 * @example
 * labels("eventKind", "en").map(([kind, name]) => `${kind}: ${name}`)
 * @since 0.2.0
 * @category labels
 */
export const labels = <V extends Vocabulary>(
  vocabulary: V,
  lang: Lang,
): ReadonlyArray<readonly [VocabularyValue<V>, string]> =>
  Object.entries(VOCABULARIES[vocabulary] as Record<string, Bilingual>).map(
    ([value, names]) => [value as VocabularyValue<V>, names[lang]] as const,
  )
