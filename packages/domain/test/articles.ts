/**
 * A small dataset holding the two articles' figures, in the schemas' encoded form, decoded with
 * the domain's own `Dataset` schema. Tests use it to check metrics against the articles.
 */
import { Schema } from "effect"
import { Dataset } from "../src/model/Dataset"

const KZ = "vn-kz-2025-05-golden-age"
const KG = "vn-kg-2025-03-pm-visit"
type ProvenanceEncoded = { source: string; quote: string; paragraph?: number }
const from = (source: string, quote: string, paragraph?: number): [ProvenanceEncoded] => [
  paragraph === undefined ? { source, quote } : { source, quote, paragraph },
]
const text = (vi: string, en: string) => ({ vi, en })

export const articlesEncoded: typeof Dataset.Encoded = {
  sources: [
    {
      id: KZ,
      title: { vi: "Việt Nam - Kazakhstan: Quan hệ song phương bước vào “thời kỳ vàng”" },
      language: "vi",
    },
    {
      id: KG,
      title: { vi: "Thủ tướng Kyrgyzstan thăm chính thức Việt Nam" },
      language: "vi",
      date: "2025-03",
    },
  ],
  countries: [
    { code: "VN", name: text("Việt Nam", "Vietnam") },
    { code: "KZ", name: text("Kazakhstan", "Kazakhstan") },
    { code: "KG", name: text("Kyrgyzstan", "Kyrgyzstan") },
  ],
  relations: [
    {
      id: "vn-kz",
      countries: ["VN", "KZ"],
      established: {
        date: "1992-06-29",
        provenance: from(KZ, "Kể từ khi thiết lập quan hệ ngoại giao ngày 29/6/1992", 3),
      },
    },
    {
      id: "vn-kg",
      countries: ["VN", "KG"],
      recognitions: [
        {
          by: "VN",
          of: "KG",
          date: "1991-12-27",
          provenance: from(KG, "Việt Nam đã công nhận độc lập của Kyrgyzstan vào ngày 27/12/1991"),
        },
      ],
      established: {
        date: "1992-06-04",
        provenance: from(KG, "ký Nghị định thư về thiết lập quan hệ ngoại giao vào ngày 4/6/1992"),
      },
      embassies: [
        {
          sender: "VN",
          seat: "KZ",
          accreditedTo: "KG",
          provenance: from(KG, "Đại sứ quán Việt Nam tại Kazakhstan kiêm nhiệm Kyrgyzstan"),
        },
      ],
    },
  ],
  events: [
    {
      _tag: "Visit",
      id: "visit-2025-05-to-lam",
      relation: "vn-kz",
      date: "2025-05-05/2025-05-07",
      level: "party",
      visitType: "state",
      summary: text(
        "Tổng Bí thư Tô Lâm thăm cấp Nhà nước Kazakhstan",
        "General Secretary To Lam's state visit to Kazakhstan",
      ),
      guest: "VN",
      host: "KZ",
      leader: { office: text("Tổng Bí thư", "General Secretary"), country: "VN" },
      provenance: from(KZ, "Từ ngày 5-7/5/2025, Tổng Bí thư Tô Lâm", 2),
    },
    {
      _tag: "Visit",
      id: "visit-2023-08-tokayev",
      relation: "vn-kz",
      date: "2023-08",
      level: "state",
      visitType: "official",
      summary: text(
        "Tổng thống Tokayev thăm chính thức Việt Nam",
        "President Tokayev's official visit to Vietnam",
      ),
      guest: "KZ",
      host: "VN",
      leader: { office: text("Tổng thống", "President"), country: "KZ" },
      provenance: from(
        KZ,
        "chuyến thăm chính thức Việt Nam của Tổng thống Tokayev vào tháng 8/2023",
        3,
      ),
    },
    {
      _tag: "Visit",
      id: "visit-ho-chi-minh",
      relation: "vn-kz",
      level: "state",
      summary: text(
        "Chủ tịch Hồ Chí Minh thăm Kazakhstan",
        "President Ho Chi Minh's visit to Kazakhstan",
      ),
      guest: "VN",
      host: "KZ",
      leader: { office: text("Chủ tịch", "President"), country: "VN" },
      provenance: from(KZ, "66 năm chuyến thăm Kazakhstan của Chủ tịch Hồ Chí Minh", 11),
    },
    {
      _tag: "Visit",
      id: "visit-2023-nguyen-khac-dinh-kz",
      relation: "vn-kz",
      date: "2023",
      level: "parliament",
      summary: text(
        "Phó Chủ tịch Quốc hội Nguyễn Khắc Định thăm Kazakhstan",
        "Vice-Chair of the National Assembly Nguyen Khac Dinh visits Kazakhstan",
      ),
      guest: "VN",
      host: "KZ",
      leader: {
        office: text("Phó Chủ tịch Quốc hội", "Vice-Chair of the National Assembly"),
        country: "VN",
      },
      provenance: from(KZ, "Phó Chủ tịch Quốc hội Nguyễn Khắc Định (2023)", 12),
    },
    {
      _tag: "PoliticalConsultation",
      id: "consultation-2025-03-kz",
      relation: "vn-kz",
      date: "2025-03-02/2025-03-03",
      level: "deputy-minister",
      summary: text(
        "Tham vấn chính trị cấp Thứ trưởng Ngoại giao",
        "Political consultations of deputy foreign ministers",
      ),
      host: "KZ",
      chairs: [],
      provenance: from(KZ, "từ ngày 2-3/3/2025, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng", 5),
    },
    {
      _tag: "Visit",
      id: "visit-2025-03-kasymaliev",
      relation: "vn-kg",
      date: "2025-03-06/2025-03-07",
      level: "government",
      visitType: "official",
      summary: text(
        "Thủ tướng Kyrgyzstan thăm chính thức Việt Nam",
        "Kyrgyz Prime Minister's official visit to Vietnam",
      ),
      guest: "KG",
      host: "VN",
      leader: { office: text("Thủ tướng", "Prime Minister"), country: "KG" },
      provenance: from(KG, "thăm chính thức Việt Nam vào ngày 6 và 7/3/2025", 1),
    },
    {
      _tag: "Visit",
      id: "visit-2009-03-nguyen-quoc-cuong",
      relation: "vn-kg",
      date: "2009-03",
      level: "deputy-minister",
      summary: text(
        "Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan",
        "Deputy Foreign Minister Nguyen Quoc Cuong visits Kyrgyzstan",
      ),
      guest: "VN",
      host: "KG",
      leader: { office: text("Thứ trưởng Ngoại giao", "Deputy Foreign Minister"), country: "VN" },
      provenance: from(KG, "Thứ trưởng Ngoại giao Nguyễn Quốc Cường thăm Kyrgyzstan"),
    },
    {
      _tag: "Visit",
      id: "visit-2014-02-abdyldaev",
      relation: "vn-kg",
      date: "2014-02",
      level: "minister",
      summary: text(
        "Bộ trưởng Ngoại giao Kyrgyzstan thăm Việt Nam",
        "Kyrgyz Foreign Minister visits Vietnam",
      ),
      guest: "KG",
      host: "VN",
      leader: { office: text("Bộ trưởng Ngoại giao", "Foreign Minister"), country: "KG" },
      provenance: from(
        KG,
        "Bộ trưởng Ngoại giao Kyrgyzstan Abdyldaev Erlan Bekeshovich thăm Việt Nam",
      ),
    },
    {
      _tag: "Visit",
      id: "visit-2023-09-nguyen-khac-dinh-kg",
      relation: "vn-kg",
      date: "2023-09-29/2023-09-30",
      level: "parliament",
      summary: text(
        "Phó Chủ tịch Quốc hội Nguyễn Khắc Định thăm Kyrgyzstan",
        "Vice-Chair of the National Assembly Nguyen Khac Dinh visits Kyrgyzstan",
      ),
      guest: "VN",
      host: "KG",
      leader: {
        office: text("Phó Chủ tịch Quốc hội", "Vice-Chair of the National Assembly"),
        country: "VN",
      },
      provenance: from(KG, "trong chuyến thăm Cộng hòa Kyrgyzstan từ ngày 29-30/9/2023"),
    },
    {
      _tag: "PhoneCall",
      id: "call-2025-02-17",
      relation: "vn-kg",
      date: "2025-02-17",
      level: "deputy-minister",
      summary: text("Điện đàm cấp Thứ trưởng Ngoại giao", "Phone call of deputy foreign ministers"),
      participants: [],
      provenance: from(KG, "vào ngày 17/2/2025"),
    },
  ],
  agreements: [
    {
      id: "vn-eaeu-fta",
      title: text(
        "Hiệp định Thương mại tự do Việt Nam – EAEU",
        "Vietnam–EAEU Free Trade Agreement",
      ),
      kind: "free-trade-agreement",
      scope: "multilateral",
      parties: [{ _tag: "CountryParty", country: "VN" }],
      relations: ["vn-kz", "vn-kg"],
      effective: "2016-10-05",
      provenance: from(KG, "chính thức có hiệu lực từ ngày 5/10/2016"),
    },
    {
      id: "vn-kz-visa-exemption",
      title: text("Hiệp định miễn thị thực", "Visa exemption agreement"),
      kind: "agreement",
      scope: "bilateral",
      parties: [
        { _tag: "CountryParty", country: "VN" },
        { _tag: "CountryParty", country: "KZ" },
      ],
      relations: ["vn-kz"],
      signed: "2023-08",
      effective: "2024-05-25",
      provenance: from(KZ, "có hiệu lực từ 25/5/2024", 13),
    },
  ],
  indicators: [
    {
      id: "vn-kg-trade",
      relation: "vn-kg",
      kind: "trade",
      title: text("Kim ngạch thương mại song phương", "Bilateral trade"),
      observations: [
        {
          date: "2017/2021",
          basis: "period-average",
          value: { value: 1_360_000, unit: "USD", per: "year", reported: "1,36 triệu USD/năm" },
          provenance: from(KG, "duy trì ở mức 1,36 triệu USD/năm"),
        },
        {
          date: "2022",
          value: { value: 4_500_000, unit: "USD", reported: "4,5 triệu USD" },
          provenance: from(KG, "đạt 4,5 triệu USD năm 2022"),
        },
        {
          date: "2023",
          value: { value: 7_500_000, unit: "USD", reported: "7,5 triệu USD" },
          provenance: from(KG, "7,5 triệu USD năm 2023"),
        },
        {
          date: "2024",
          value: { value: 13_500_000, unit: "USD", reported: "13,5 triệu USD" },
          provenance: from(KG, "13,5 triệu USD trong năm 2024"),
        },
      ],
    },
    {
      id: "vn-kz-trade",
      relation: "vn-kz",
      kind: "trade",
      title: text("Kim ngạch thương mại song phương", "Bilateral trade"),
      observations: [
        {
          date: "2024",
          value: {
            value: 1_000_000_000,
            unit: "USD",
            qualifier: "nearly",
            reported: "gần 1 tỷ USD",
          },
          provenance: from(KZ, "đã tăng lên gần 1 tỷ USD trong năm 2024", 7),
        },
      ],
    },
    {
      id: "kz-vn-arrivals",
      relation: "vn-kz",
      kind: "tourist-arrivals",
      title: text("Khách Kazakhstan đến Việt Nam", "Kazakh visitors to Vietnam"),
      from: "KZ",
      to: "VN",
      observations: [
        {
          date: "2023",
          value: { value: 62_500, unit: "visitors", reported: "62.500 lượt" },
          provenance: from(KZ, "so với 62.500 lượt năm 2023", 8),
        },
        {
          date: "2024",
          value: { value: 150_000, unit: "visitors", reported: "150.000 lượt" },
          provenance: from(KZ, "đã đạt 150.000 lượt trong năm 2024", 8),
        },
      ],
    },
    {
      id: "vn-kz-flights",
      relation: "vn-kz",
      kind: "flights",
      title: text("Chuyến bay giữa hai nước", "Flights between the two countries"),
      observations: [
        {
          date: "2022",
          basis: "level",
          value: { value: 2, unit: "flights", per: "week", reported: "2 chuyến/tuần" },
          provenance: from(KZ, "tăng từ 2 chuyến/tuần (năm 2022)", 14),
        },
        {
          date: "mid-2025",
          basis: "level",
          value: { value: 4, unit: "flights", per: "week", reported: "4 chuyến/tuần" },
          provenance: from(KZ, "lên 4 chuyến/tuần vào giữa năm 2025", 14),
        },
      ],
    },
    {
      id: "kz-vn-fdi-capital",
      relation: "vn-kz",
      kind: "fdi-capital",
      title: text("Vốn FDI của Kazakhstan tại Việt Nam", "Kazakh FDI in Vietnam"),
      observations: [
        {
          basis: "cumulative",
          value: { value: 500_000, unit: "USD", qualifier: "over", reported: "hơn 500.000 USD" },
          provenance: from(KZ, "6 dự án FDI tại Việt Nam với tổng vốn hơn 500.000 USD", 9),
        },
      ],
    },
    {
      id: "kg-vn-fdi-capital",
      relation: "vn-kg",
      kind: "fdi-capital",
      title: text("Vốn đầu tư của Kyrgyzstan tại Việt Nam", "Kyrgyz investment in Vietnam"),
      observations: [
        {
          date: "2024-10-31",
          basis: "cumulative",
          value: { value: 5_000_000, unit: "USD", reported: "5 triệu USD" },
          rank: { position: 83, of: 148 },
          provenance: from(KG, "tổng vốn đăng ký là 5 triệu USD, đứng thứ 83/148"),
        },
      ],
    },
  ],
  sisterRegions: [
    {
      id: "bac-ninh-east-kazakhstan",
      relation: "vn-kz",
      regions: [
        { name: text("Bắc Ninh", "Bac Ninh"), country: "VN" },
        { name: text("Đông Kazakhstan", "East Kazakhstan"), country: "KZ" },
      ],
      provenance: from(KZ, "Bắc Ninh – Đông Kazakhstan", 13),
    },
  ],
  claims: [
    {
      id: "claim-33-years",
      relation: "vn-kz",
      text: text("33 năm thiết lập quan hệ ngoại giao", "33 years of diplomatic relations"),
      check: { _tag: "Anniversary", subject: { _tag: "Establishment" }, year: 2025, years: 33 },
      provenance: from(KZ, "33 năm thiết lập quan hệ ngoại giao giữa hai nước", 11),
    },
    {
      id: "claim-66-years",
      relation: "vn-kz",
      text: text(
        "66 năm chuyến thăm của Chủ tịch Hồ Chí Minh",
        "66 years since President Ho Chi Minh's visit",
      ),
      check: {
        _tag: "Anniversary",
        subject: { _tag: "EventSubject", event: "visit-ho-chi-minh" },
        year: 2025,
        years: 66,
      },
      provenance: from(KZ, "66 năm chuyến thăm Kazakhstan của Chủ tịch Hồ Chí Minh", 11),
    },
    {
      id: "claim-arrivals-more-than-doubled",
      relation: "vn-kz",
      text: text("tăng hơn gấp đôi", "more than doubled"),
      check: {
        _tag: "Multiple",
        series: "kz-vn-arrivals",
        from: "2023",
        to: "2024",
        factor: 2,
        qualifier: "over",
      },
      provenance: from(KZ, "tăng hơn gấp đôi so với 62.500 lượt năm 2023", 8),
    },
    {
      id: "claim-first-general-secretary-visit",
      relation: "vn-kz",
      text: text(
        "lần đầu tiên Tổng Bí thư Việt Nam thăm Kazakhstan",
        "the first visit of a Vietnamese General Secretary to Kazakhstan",
      ),
      check: {
        _tag: "FirstVisit",
        event: "visit-2025-05-to-lam",
        guest: "VN",
        host: "KZ",
        levels: ["party"],
      },
      provenance: from(KZ, "là lần đầu tiên Tổng Bí thư Việt Nam thăm Kazakhstan", 2),
    },
    {
      id: "claim-first-in-13-years",
      relation: "vn-kz",
      text: text(
        "chuyến thăm cấp Nhà nước đầu tiên trong vòng 13 năm",
        "the first state visit in 13 years",
      ),
      check: {
        _tag: "NoneWithin",
        event: "visit-2025-05-to-lam",
        guest: "VN",
        host: "KZ",
        levels: ["party", "state", "government"],
        years: 13,
      },
      provenance: from(
        KZ,
        "chuyến thăm cấp Nhà nước đầu tiên của lãnh đạo chủ chốt Việt Nam tới Kazakhstan trong vòng 13 năm",
        2,
      ),
    },
    {
      id: "claim-first-kg-prime-minister",
      relation: "vn-kg",
      text: text(
        "chuyến thăm đầu tiên của người đứng đầu Chính phủ Kyrgyzstan",
        "the first visit by a Kyrgyz head of government",
      ),
      check: {
        _tag: "FirstVisit",
        event: "visit-2025-03-kasymaliev",
        guest: "KG",
        host: "VN",
        levels: ["government"],
        since: "1992-06-04",
      },
      provenance: from(
        KG,
        "Đây là chuyến thăm đầu tiên của người đứng đầu Chính phủ Kyrgyzstan đến Việt Nam",
        3,
      ),
    },
    {
      id: "claim-kg-trade-rose",
      relation: "vn-kg",
      text: text("kim ngạch song phương đã tăng mạnh", "bilateral trade has risen sharply"),
      check: { _tag: "Increase", series: "vn-kg-trade", from: "2022", to: "2024" },
      provenance: from(KG, "kim ngạch song phương đã tăng mạnh những năm gần đây"),
    },
    {
      id: "claim-kz-trade-rose",
      relation: "vn-kz",
      text: text(
        "kim ngạch thương mại đã tăng lên gần 1 tỷ USD",
        "trade has risen to nearly 1 billion USD",
      ),
      check: { _tag: "Increase", series: "vn-kz-trade", to: "2024" },
      provenance: from(
        KZ,
        "kim ngạch thương mại song phương đã tăng lên gần 1 tỷ USD trong năm 2024",
        7,
      ),
    },
    {
      id: "claim-golden-age",
      relation: "vn-kz",
      text: text("thời kỳ vàng", "a golden age"),
      check: { _tag: "Qualitative" },
      provenance: from(KZ, 'hiện nay là "thời kỳ vàng" của quan hệ song phương', 11),
    },
  ],
}

/** The articles' dataset, decoded. */
export const articles: Dataset = Schema.decodeUnknownSync(Dataset)(articlesEncoded)

/** Looks up a claim of the articles' dataset by id. */
export const claimById = (id: string) => {
  const claim = articles.claims.find((c) => c.id === id)
  if (claim === undefined) throw new Error(`no claim ${id} in the test dataset`)
  return claim
}

/** Looks up a series of the articles' dataset by id. */
export const seriesById = (id: string) => {
  const series = articles.indicators.find((s) => s.id === id)
  if (series === undefined) throw new Error(`no series ${id} in the test dataset`)
  return series
}
