/**
 * The words the rules look for, in Vietnamese and English: offices and the level each one sits
 * at, country names (from the ISO 3166-1 list and the dataset), indicator words, and the words
 * that mark visits, talks, consultations, calls, sessions, agreements and claims.
 *
 * @since 0.1.0
 */
import type { BilateralIndex } from "@bilateral/data"
import { isoCountry, isoCountryCodes } from "@bilateral/data"
import type { IndicatorKind, Level } from "@bilateral/domain"

/** An office title as written, and the level of an event led by its holder. */
export interface OfficeWord {
  readonly words: string
  readonly level: Level
}

/**
 * Office titles, longest first so that "Phó Chủ tịch Quốc hội" wins over "Chủ tịch". Matching is
 * case-insensitive at the start of a title; the rest of the title is read by `People`.
 */
export const OFFICES: ReadonlyArray<OfficeWord> = (
  [
    // Vietnamese
    { words: "Thường trực Ban Bí thư", level: "party" },
    { words: "Trưởng Ban Đối ngoại Trung ương", level: "party" },
    { words: "Trưởng ban Đối ngoại Trung ương", level: "party" },
    { words: "Trưởng Ban Tổ chức Trung ương", level: "party" },
    { words: "Trưởng Ban Tuyên giáo Trung ương", level: "party" },
    { words: "Trưởng Ban Kinh tế Trung ương", level: "party" },
    { words: "Trưởng Ban Nội chính Trung ương", level: "party" },
    { words: "Tổng Bí thư", level: "party" },
    { words: "Phó Chủ tịch Quốc hội", level: "parliament" },
    { words: "Chủ tịch Quốc hội", level: "parliament" },
    { words: "Phó Chủ tịch Thượng viện", level: "parliament" },
    { words: "Chủ tịch Thượng viện", level: "parliament" },
    { words: "Phó Chủ tịch Hạ viện", level: "parliament" },
    { words: "Chủ tịch Hạ viện", level: "parliament" },
    { words: "Phó Chủ tịch Hội đồng Tối cao", level: "parliament" },
    { words: "Chủ tịch Hội đồng Tối cao", level: "parliament" },
    { words: "Chủ tịch Nhóm Nghị sỹ", level: "parliament" },
    { words: "Chủ tịch Ủy ban nhân dân", level: "local" },
    { words: "Chủ tịch UBND", level: "local" },
    { words: "Bí thư Tỉnh ủy", level: "local" },
    { words: "Bí thư Thành ủy", level: "local" },
    { words: "Chủ tịch Cơ quan", level: "agency" },
    { words: "Phó Chủ tịch nước", level: "state" },
    { words: "Chủ tịch nước", level: "state" },
    { words: "Phó Tổng thống", level: "state" },
    { words: "Tổng thống", level: "state" },
    { words: "Quốc vương", level: "state" },
    { words: "Nhà vua", level: "state" },
    { words: "Phó Thủ tướng Thường trực", level: "government" },
    { words: "Phó Thủ tướng", level: "government" },
    { words: "Thủ tướng", level: "government" },
    { words: "Bộ trưởng", level: "minister" },
    { words: "Thứ trưởng", level: "deputy-minister" },
    { words: "Ngoại trưởng", level: "minister" },
    { words: "Chủ nhiệm Ủy ban", level: "parliament" },
    { words: "Tổng cục trưởng", level: "agency" },
    { words: "Đại sứ", level: "other" },
    // "người đồng cấp Y", "his Vietnamese counterpart Y": the counterpart's office is the other's.
    { words: "người đồng cấp", level: "other" },
    { words: "Chủ tịch", level: "state" },
    // English
    { words: "General Secretary", level: "party" },
    { words: "Party General Secretary", level: "party" },
    { words: "Party chief", level: "party" },
    { words: "National Assembly Chairman", level: "parliament" },
    { words: "National Assembly Vice Chairman", level: "parliament" },
    { words: "Vice Chairman of the National Assembly", level: "parliament" },
    { words: "Chairman of the National Assembly", level: "parliament" },
    { words: "Speaker", level: "parliament" },
    { words: "Deputy Speaker", level: "parliament" },
    { words: "Vice President", level: "state" },
    { words: "President", level: "state" },
    { words: "King", level: "state" },
    { words: "First Deputy Prime Minister", level: "government" },
    { words: "Deputy Prime Minister", level: "government" },
    { words: "Prime Minister", level: "government" },
    { words: "Premier", level: "government" },
    { words: "PM", level: "government" },
    { words: "Deputy Foreign Minister", level: "deputy-minister" },
    { words: "Deputy Minister", level: "deputy-minister" },
    { words: "Vice Minister", level: "deputy-minister" },
    { words: "Vice Foreign Minister", level: "deputy-minister" },
    { words: "Foreign Minister", level: "minister" },
    { words: "Minister", level: "minister" },
    { words: "Ambassador", level: "other" },
    { words: "counterpart", level: "other" },
    { words: "Governor", level: "local" },
    { words: "Mayor", level: "local" },
  ] satisfies ReadonlyArray<OfficeWord>
).sort((a, b) => b.words.length - a.words.length)

/**
 * Words that may continue an office title before the holder's name ("Thứ trưởng Bộ Ngoại giao
 * Cộng hòa Kyrgyzstan …", "Minister of Foreign Affairs …"). Country names continue it too.
 */
export const OFFICE_CONTINUATIONS: ReadonlySet<string> = new Set(
  [
    "bộ",
    "ngoại",
    "giao",
    "chính",
    "phủ",
    "quốc",
    "hội",
    "nhà",
    "nước",
    "cộng",
    "hòa",
    "hoà",
    "thường",
    "trực",
    "ủy",
    "ban",
    "đối",
    "ngoại",
    "phòng",
    "an",
    "ninh",
    "công",
    "thương",
    "kế",
    "hoạch",
    "và",
    "đầu",
    "tư",
    "tài",
    "chính",
    "nhóm",
    "nghị",
    "sỹ",
    "sĩ",
    "hữu",
    "nghị",
    "đồng",
    "tối",
    "cao",
    "liên",
    "bang",
    "cơ",
    "quan",
    "chống",
    "tham",
    "nhũng",
    "xã",
    "chủ",
    "nghĩa",
    "trung",
    "ương",
    "đảng",
    "of",
    "the",
    "for",
    "foreign",
    "affairs",
    "national",
    "assembly",
    "republic",
    "state",
    "ministry",
    "trade",
    "industry",
    "planning",
    "investment",
    "finance",
    "and",
    "defence",
    "defense",
    "security",
    "public",
    "council",
    "supreme",
    "senate",
    "committee",
    "commission",
  ].map((w) => w.toLowerCase()),
)

/** Common Vietnamese family names: a capitalised run starting with one is a person's name. */
export const VIETNAMESE_SURNAMES: ReadonlySet<string> = new Set([
  "Nguyễn",
  "Trần",
  "Lê",
  "Phạm",
  "Hoàng",
  "Huỳnh",
  "Phan",
  "Vũ",
  "Võ",
  "Đặng",
  "Bùi",
  "Đỗ",
  "Hồ",
  "Ngô",
  "Dương",
  "Lý",
  "Tô",
  "Trương",
  "Đinh",
  "Lương",
  "Mai",
  "Đào",
  "Hà",
  "Lâm",
  "Vương",
  "Trịnh",
  "Đoàn",
  "Thái",
  "Tạ",
  "Chu",
  "Cao",
  "Văn",
  "Nguyen",
  "Tran",
  "Le",
  "Pham",
  "Hoang",
  "Vu",
  "Vo",
  "Dang",
  "Bui",
  "Do",
  "Ho",
  "Ngo",
  "Duong",
  "To",
  "Truong",
  "Dinh",
])

/** Indicator words, each with the kind of series it names; the nearest one before a figure wins. */
export const INDICATOR_WORDS: ReadonlyArray<readonly [RegExp, IndicatorKind]> = [
  [/kim ngạch xuất khẩu|xuất khẩu|\bexports?\b|shipments/giu, "exports"],
  [/kim ngạch nhập khẩu|nhập khẩu|\bimports?\b/giu, "imports"],
  [
    /kim ngạch(?: thương mại)?(?: song phương| hai chiều| xuất nhập khẩu)?|thương mại (?:song phương|hai chiều)|(?:two-way|bilateral) trade(?: turnover| value)?|(?:commodity |trade )?turnover|trade between|\b[Tt]rade\b(?! (?:agreement|deal|mission|fair|office|union))/giu,
    "trade",
  ],
  [
    /lượng khách|lượt khách|khách du lịch|du khách|tourist arrivals|arrivals|visitors|tourists/giu,
    "tourist-arrivals",
  ],
  [/chuyến bay|đường bay|flights/giu, "flights"],
  [
    /vốn đăng ký|tổng vốn|vốn đầu tư|registered capital|total capital|investment capital|worth|valued at/giu,
    "fdi-capital",
  ],
  [/dự án(?: FDI| đầu tư)?|projects/giu, "fdi-projects"],
  [/doanh nghiệp|enterprises|companies|firms/giu, "investment-enterprises"],
  [
    /người Việt|cộng đồng người|kiều bào|Vietnamese (?:people|nationals|community)|diaspora|gia đình/giu,
    "diaspora",
  ],
]

/** A country name as written, with its code. */
export interface CountryName {
  readonly name: string
  readonly code: string
}

/** English names and adjectives the ISO list does not give. */
const EXTRA_NAMES: ReadonlyArray<CountryName> = [
  { name: "Viet Nam", code: "VN" },
  { name: "Vietnam", code: "VN" },
  { name: "Vietnamese", code: "VN" },
  { name: "Hà Nội", code: "VN" },
  { name: "Hanoi", code: "VN" },
  { name: "Kazakh", code: "KZ" },
  { name: "Kazakhstani", code: "KZ" },
  { name: "Kyrgyz", code: "KG" },
  { name: "Kyrgyz Republic", code: "KG" },
  { name: "Uzbek", code: "UZ" },
  { name: "Tajik", code: "TJ" },
  { name: "Turkmen", code: "TM" },
  { name: "Russian", code: "RU" },
  { name: "Chinese", code: "CN" },
  { name: "Trung Quốc", code: "CN" },
  { name: "Nga", code: "RU" },
  { name: "Liên bang Nga", code: "RU" },
  { name: "Mỹ", code: "US" },
  { name: "Hoa Kỳ", code: "US" },
  { name: "American", code: "US" },
  { name: "Japanese", code: "JP" },
  { name: "Korean", code: "KR" },
  { name: "South Korea", code: "KR" },
  { name: "Hàn Quốc", code: "KR" },
  { name: "Lào", code: "LA" },
  { name: "Lao", code: "LA" },
  { name: "Laos", code: "LA" },
  { name: "Cambodian", code: "KH" },
  { name: "Thai", code: "TH" },
  { name: "Indian", code: "IN" },
  { name: "Ấn Độ", code: "IN" },
  { name: "French", code: "FR" },
  { name: "Pháp", code: "FR" },
  { name: "German", code: "DE" },
  { name: "Đức", code: "DE" },
  { name: "British", code: "GB" },
  { name: "Anh", code: "GB" },
  { name: "Australian", code: "AU" },
  { name: "Úc", code: "AU" },
  { name: "Mongolian", code: "MN" },
  { name: "Belarusian", code: "BY" },
  { name: "Armenian", code: "AM" },
  { name: "Azerbaijani", code: "AZ" },
  { name: "Georgian", code: "GE" },
  { name: "Russia", code: "RU" },
  { name: "China", code: "CN" },
  { name: "Korea", code: "KR" },
  { name: "Republic of Korea", code: "KR" },
  { name: "United States", code: "US" },
  { name: "the US", code: "US" },
  { name: "Iran", code: "IR" },
  { name: "Syria", code: "SY" },
  { name: "Moldova", code: "MD" },
  { name: "Czechia", code: "CZ" },
  { name: "Turkey", code: "TR" },
  { name: "United Kingdom", code: "GB" },
  { name: "Kyrgyzstani", code: "KG" },
  { name: "Uzbekistani", code: "UZ" },
  { name: "Tajikistani", code: "TJ" },
  { name: "Turkmenistani", code: "TM" },
  // Capitals stand for their country where a place is read ("hội đàm tại Tashkent").
  { name: "Astana", code: "KZ" },
  { name: "Nur-Sultan", code: "KZ" },
  { name: "Almaty", code: "KZ" },
  { name: "Tashkent", code: "UZ" },
  { name: "Bishkek", code: "KG" },
  { name: "Dushanbe", code: "TJ" },
  { name: "Ashgabat", code: "TM" },
  { name: "Ulaanbaatar", code: "MN" },
  { name: "U-lan-ba-to", code: "MN" },
  { name: "Moscow", code: "RU" },
  { name: "Mát-xcơ-va", code: "RU" },
  { name: "Minsk", code: "BY" },
  { name: "Thành phố Hồ Chí Minh", code: "VN" },
  { name: "Ho Chi Minh City", code: "VN" },
]

/**
 * Every country name the rules recognise: the ISO 3166-1 names in Vietnamese and English, the
 * dataset's own country names, and common English adjectives. Longest first.
 */
export const countryNames = (index?: BilateralIndex): ReadonlyArray<CountryName> => {
  const names = new Map<string, string>()
  for (const code of isoCountryCodes()) {
    const iso = isoCountry(code)
    if (iso === undefined) continue
    names.set(iso.name.vi, code)
    names.set(iso.name.en, code)
  }
  for (const country of index?.dataset.countries ?? []) {
    for (const name of Object.values(country.name)) names.set(name, country.code)
  }
  for (const extra of EXTRA_NAMES) names.set(extra.name, extra.code)
  return [...names.entries()]
    .filter(([name]) => name.length >= 3)
    .map(([name, code]) => ({ name, code }))
    .sort((a, b) => b.name.length - a.name.length)
}

/** A country name found in a text. */
export interface CountryMention {
  readonly start: number
  readonly end: number
  readonly code: string
  readonly name: string
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")

/** Builds a finder of country names (one regular expression over every name). */
export const countryFinder = (
  names: ReadonlyArray<CountryName>,
): ((text: string) => ReadonlyArray<CountryMention>) => {
  const byName = new Map(names.map((n) => [n.name, n.code]))
  const re = new RegExp(
    `(?<![\\p{L}\\p{M}])(?:${names.map((n) => escapeRegExp(n.name)).join("|")})(?![\\p{L}\\p{M}])`,
    "gu",
  )
  return (text) => {
    const out: CountryMention[] = []
    re.lastIndex = 0
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const code = byName.get(m[0])
      if (code === undefined) continue
      // "Anh" and "Đức" are also Vietnamese words and names: only after "nước" or "Vương quốc".
      if (
        (m[0] === "Anh" || m[0] === "Đức" || m[0] === "Nga") &&
        !/(?:nước|quốc|Liên bang)\s+$/u.test(text.slice(0, m.index))
      ) {
        if (m[0] !== "Nga") continue
      }
      out.push({ start: m.index, end: m.index + m[0].length, code, name: m[0] })
    }
    return out
  }
}
