import { describe, expect, it } from "vitest"
import { findDates, isoOf, publicationLine } from "./Dates"
import { extract } from "./Extract"
import { titleSimilarity } from "./Match"
import { findQuantities } from "./Quantities"
import { splitParagraphs } from "./Text"

// Fixture articles written for these tests in the style of diplomatic news (not real articles).
const VI = [
  "date 2024-06 Nhận lời mời của Thủ tướng Chính phủ Trần Văn Minh, Thủ tướng Cộng hòa Uzbekistan Bakhrom Saidov thăm chính thức Việt Nam từ ngày 20 đến 22/8.",
  "",
  "Hai nước thiết lập quan hệ ngoại giao ngày 17/1/1992. Đại sứ quán Việt Nam tại Nga kiêm nhiệm Uzbekistan.",
  "Sáng 21/8, Thủ tướng Trần Văn Minh hội đàm với Thủ tướng Bakhrom Saidov. Hai bên đã ký Bản ghi nhớ về hợp tác giáo dục.",
  "Thứ trưởng Ngoại giao Đỗ Thị Lan đã có cuộc điện đàm với Thứ trưởng Ngoại giao Uzbekistan Rustam Karimov vào ngày 5/3/2024.",
  "Kim ngạch thương mại song phương năm ngoái đạt gần 180 triệu USD, tăng 34,5% so với cùng kỳ. Trong 4 tháng đầu năm 2024, kim ngạch đạt 70 triệu USD.",
  "Lượng khách Uzbekistan đến Việt Nam tăng hơn gấp đôi, đạt 12.000 lượt vào giữa năm 2024.",
  "Khóa họp lần thứ 5 Ủy ban Liên Chính phủ Việt Nam - Uzbekistan diễn ra vào tháng 7/2008. Tham vấn chính trị cấp Thứ trưởng lần thứ nhất tổ chức tại Tashkent (tháng 3/2009).",
].join("\n")

const EN = [
  "Published: May 6, 2025",
  "Uzbek President Shavkat Mirov paid a state visit to Vietnam on May 5-6, 2025 at the invitation of President Luong Van Tam.",
  "Vietnam and Uzbekistan established diplomatic relations on January 17, 1992.",
  "Two-way trade reached 180 million USD last year, up 34.5% year-on-year.",
]

describe("splitParagraphs", () => {
  it("numbers non-empty lines from 1, as the dataset's provenances do", () => {
    expect(splitParagraphs("a\n\nb\n  \nc")).toEqual(["a", "b", "c"])
  })
})

describe("findDates", () => {
  const published = { _tag: "Day", year: 2025, month: 5, day: 6 } as const
  const iso = (text: string) =>
    findDates(text, { published }).map((d) => (d.date ? isoOf(d.date) : "?"))
  it("reads Vietnamese forms at their reported precision", () => {
    expect(iso("ngày 29/6/1992")).toEqual(["1992-06-29"])
    expect(iso("từ ngày 5-7/5/2025")).toEqual(["2025-05-05/2025-05-07"])
    expect(iso("từ ngày 20 đến 22/8")).toEqual(["2025-08-20/2025-08-22"])
    expect(iso("Sáng 3/3, hai bên")).toEqual(["2025-03-03"])
    expect(iso("tháng 7/2008")).toEqual(["2008-07"])
    expect(iso("giữa năm 2025")).toEqual(["mid-2025"])
    expect(iso("năm ngoái")).toEqual(["2024"])
    expect(iso("4 tháng đầu năm 2023")).toEqual(["2023-01/2023-04"])
  })
  it("reads English forms", () => {
    expect(iso("on July 12, 1995")).toEqual(["1995-07-12"])
    expect(iso("from November 11-12")).toEqual(["2025-11-11/2025-11-12"])
    expect(iso("in March 2009")).toEqual(["2009-03"])
    expect(iso("last year")).toEqual(["2024"])
    expect(iso("the first four months of 2023")).toEqual(["2023-01/2023-04"])
    expect(iso("in mid-2025")).toEqual(["mid-2025"])
  })
  it("reads month spans, 'from 20 to 22 August' and 'the same day'", () => {
    expect(iso("In January-April this year")).toEqual(["2025-01/2025-04"])
    expect(iso("in January–May 2023")).toEqual(["2023-01/2023-05"])
    expect(iso("from 20 to 22 August")).toEqual(["2025-08-20/2025-08-22"])
    const lastDay = { _tag: "Day", year: 2025, month: 3, day: 18 } as const
    const same = (t: string) =>
      findDates(t, { published, lastDay }).map((d) => (d.date ? isoOf(d.date) : "?"))
    expect(same("Sáng cùng ngày, hai bên hội đàm")).toEqual(["2025-03-18"])
    expect(same("On the same day, they met")).toEqual(["2025-03-18"])
    expect(findDates("Sáng cùng ngày", { published })[0]?.doubt).toMatch(/no day named before/)
  })
  it("reads 'the first half of', 'nửa đầu năm' and abbreviated months", () => {
    expect(iso("In the first half of 2024")).toEqual(["2024-01/2024-06"])
    expect(iso("nửa đầu năm nay")).toEqual(["2025-01/2025-06"])
    expect(iso("on Jul. 3 held talks")).toEqual(["2025-07-03"])
  })
  it("reads date lines with slashes or hyphens, times before or after", () => {
    const line = (p: string) => {
      const found = publicationLine([p, "Tiêu đề"])
      return found === undefined ? undefined : isoOf(found.date)
    }
    expect(line("Thứ Ba, 22-10-2024, 08:45")).toBe("2024-10-22")
    expect(line("19/03/2025 21:05")).toBe("2025-03-19")
    expect(line("Posted on: Jul. 4, 2024")).toBe("2024-07-04")
    expect(line("Hai nước ký Hiệp định ngày 22/10/2024 tại Hà Nội")).toBeUndefined()
  })
  it("borrows the year of an earlier date in the paragraph before the publication's", () => {
    expect(iso("từ ngày 2-3/3/2024. Sáng 3/3, hai bên")).toEqual([
      "2024-03-02/2024-03-03",
      "2024-03-03",
    ])
  })
  it("leaves a year-less date unresolved without a reference, and says so", () => {
    const [d] = findDates("Sáng 3/3, hai bên", {})
    expect(d?.date).toBeUndefined()
    expect(d?.doubt).toMatch(/--published/)
  })
})

describe("findQuantities", () => {
  it("reads qualifier, value in base units, unit and rate", () => {
    const [q] = findQuantities("đạt gần 1 tỷ USD", "vi")
    expect(q?.quantity).toMatchObject({ value: 1e9, unit: "USD", qualifier: "nearly" })
    expect(findQuantities("2 chuyến/tuần", "vi")[0]?.quantity).toMatchObject({
      value: 2,
      unit: "flights",
      per: "week",
    })
    expect(findQuantities("over 500,000 USD", "en")[0]?.quantity).toMatchObject({
      value: 500000,
      qualifier: "over",
    })
    expect(findQuantities("US$1.2 billion", "en")[0]?.quantity).toMatchObject({
      value: 1.2e9,
      unit: "USD",
    })
  })
})

describe("extract", () => {
  const vi = extract(VI, { relation: "vn-uz" })
  const of = (kind: string) => vi.proposals.filter((p) => p.kind === kind)
  const paragraphs = splitParagraphs(VI)

  it("detects the language and reads the publication date line", () => {
    expect(vi.article).toEqual({ language: "vi", published: "2024-06", paragraphs: 7 })
  })
  it("quotes every proposal verbatim from its paragraph, in at most 25 words", () => {
    for (const p of vi.proposals) {
      expect(paragraphs[p.paragraph - 1]).toContain(p.quote)
      expect(p.quote.split(/\s+/u).length).toBeLessThanOrEqual(25)
      expect(p.confidence).toBeGreaterThan(0)
      expect(p.confidence).toBeLessThanOrEqual(1)
    }
  })
  it("proposes the visit with its leader, office, level, type, direction and dates", () => {
    expect(of("visit")[0]).toMatchObject({
      date: "2024-08-20/2024-08-22",
      guest: "UZ",
      host: "VN",
      level: "government",
      visitType: "official",
      people: [{ name: "Bakhrom Saidov" }],
    })
  })
  it("proposes establishment, the concurrent embassy, talks, call, session and consultation", () => {
    expect(of("establishment")[0]).toMatchObject({ date: "1992-01-17", countries: ["VN", "UZ"] })
    expect(of("embassy")).toContainEqual(
      expect.objectContaining({ sender: "VN", seat: "RU", accreditedTo: "UZ" }),
    )
    expect(of("talks")[0]?.date).toBe("2024-08-21")
    expect(of("phone-call")[0]).toMatchObject({ date: "2024-03-05" })
    expect(of("phone-call")[0]?.people?.map((x) => x.name)).toEqual([
      "Đỗ Thị Lan",
      "Rustam Karimov",
    ])
    expect(of("session")[0]).toMatchObject({ date: "2008-07", session: 5 })
    expect(of("consultation")[0]).toMatchObject({ date: "2009-03" })
  })
  it("proposes the memorandum signed", () => {
    expect(of("agreement")[0]).toMatchObject({
      title: "Bản ghi nhớ về hợp tác giáo dục",
      agreementKind: "memorandum",
    })
  })
  it("proposes figures with value, qualifier and period", () => {
    expect(of("observation")).toContainEqual(
      expect.objectContaining({
        indicator: "trade",
        value: 180e6,
        qualifier: "nearly",
        date: "2023",
      }),
    )
    expect(of("observation")).toContainEqual(
      expect.objectContaining({
        indicator: "trade",
        value: 70e6,
        date: "2024-01/2024-04",
        period: "part-of-year",
      }),
    )
    expect(of("observation")).toContainEqual(
      expect.objectContaining({
        indicator: "tourist-arrivals",
        value: 12000,
        date: "mid-2024",
        from: "UZ",
        to: "VN",
      }),
    )
  })
  it("proposes growth claims with their rate or multiple", () => {
    expect(of("claim")).toContainEqual(
      expect.objectContaining({ claimKind: "growth", rate: 0.345 }),
    )
    expect(of("claim")).toContainEqual(
      expect.objectContaining({ claimKind: "multiple", multiple: 2, qualifier: "over" }),
    )
  })
  it("proposes unknown people with their office and country", () => {
    expect(of("person")).toContainEqual(
      expect.objectContaining({
        name: "Rustam Karimov",
        known: false,
        country: "UZ",
        level: "deputy-minister",
      }),
    )
  })
  it("reads English articles", () => {
    const en = extract(EN.join("\n\n"), {})
    expect(en.article.language).toBe("en")
    expect(en.article.published).toBe("2025-05-06")
    const kinds = (k: string) => en.proposals.filter((p) => p.kind === k)
    expect(kinds("visit")[0]).toMatchObject({
      date: "2025-05-05/2025-05-06",
      guest: "UZ",
      host: "VN",
      visitType: "state",
      level: "state",
    })
    expect(kinds("establishment")[0]).toMatchObject({ date: "1992-01-17" })
    expect(kinds("observation")[0]).toMatchObject({
      indicator: "trade",
      value: 180e6,
      date: "2024",
    })
    expect(kinds("claim")[0]).toMatchObject({ rate: 0.345 })
  })
  it("reads a plainly Vietnamese article as Vietnamese even when asked for English", () => {
    expect(extract(VI, { language: "en" }).article.language).toBe("vi")
    // A short or mixed text is read as asked.
    expect(extract("Vietnam Kazakhstan 2024", { language: "vi" }).article.language).toBe("vi")
  })
  it("refuses a --published that is not a date", () => {
    expect(() => extract(VI, { published: "2025-13-01" })).toThrow(/--published expects/)
  })
})

describe("extract: cases a curator found wrong", () => {
  const kinds = (text: string, kind: string, options = {}) =>
    extract(text, { published: "2025-03-12", ...options }).proposals.filter((p) => p.kind === kind)

  it("reads an embassy in a third country that covers the subject as sender, seat, accreditedTo", () => {
    const text =
      "Hiện Đại sứ quán Việt Nam tại Nga kiêm nhiệm Belarus. Đại sứ quán Tajikistan tại Nhật Bản kiêm nhiệm Việt Nam."
    const embassies = kinds(text, "embassy").map((e) => [e.sender, e.seat, e.accreditedTo])
    expect(embassies).toContainEqual(["TJ", "JP", "VN"])
    expect(embassies).toContainEqual(["VN", "RU", "BY"])
    // Tajikistan's embassy in Japan accredited to Japan is not the subject's to read.
    expect(embassies).not.toContainEqual(["TJ", "JP", "JP"])
  })

  it("clips a long sentence's quote where the subject starts, office included", () => {
    const text =
      "Mới đây nhất, Thứ trưởng Bộ Ngoại giao Phan Thị Ngọc Anh đã có cuộc điện đàm với Thứ trưởng Bộ Ngoại giao Cộng hòa Tajikistan Rustam Davlatov vào ngày 17/2/2025."
    const [call] = kinds(text, "phone-call")
    expect(call?.quote.startsWith("Thứ trưởng Bộ Ngoại giao Phan Thị Ngọc Anh")).toBe(true)
    expect(call?.quote.split(/\s+/u).length).toBeLessThanOrEqual(25)
    expect(call?.date).toBe("2025-02-17")
  })

  it("does not end a clipped quote inside a country's name or on a preposition", () => {
    const text =
      "(TTXVN) - Từ ngày 5-7/5/2025, Chủ tịch nước Lương Văn Tâm và Phu nhân cùng Đoàn đại biểu cấp cao Việt Nam có chuyến thăm cấp Nhà nước tới Cộng hòa Tajikistan theo lời mời của Tổng thống Tajikistan."
    const [visit] = kinds(text, "visit")
    expect(visit).toMatchObject({ guest: "VN", host: "TJ", visitType: "state" })
    expect(visit?.quote).not.toMatch(/(?:Cộng hòa|tới|theo)$/u)
  })

  it("reads an undated investment figure and its direction from its own part of the sentence", () => {
    const text =
      "Tajikistan hiện có 4 dự án FDI tại Việt Nam với tổng vốn hơn 500.000 USD, trong khi Việt Nam có ba doanh nghiệp tại Tajikistan."
    const capital = kinds(text, "observation").find((o) => o.indicator === "fdi-capital")
    expect(capital).toMatchObject({
      value: 500000,
      qualifier: "over",
      period: "undated",
      from: "TJ",
      to: "VN",
    })
  })

  it("proposes talks and calls between people the text does not name", () => {
    const vi = kinds("Sáng 4/3, hai Thủ tướng đã hội đàm tại Dushanbe.", "talks")
    expect(vi[0]).toMatchObject({ date: "2025-03-04", level: "government", people: [] })
    const en = extract(
      "On March 4, the two foreign ministers spoke by phone. The two Prime Ministers held talks in Hanoi on March 5.",
      { published: "2025-03-12" },
    ).proposals
    expect(en.find((p) => p.kind === "phone-call")).toMatchObject({
      date: "2025-03-04",
      level: "minister",
    })
    expect(en.find((p) => p.kind === "talks")).toMatchObject({
      date: "2025-03-05",
      level: "government",
      host: "VN",
    })
  })

  it("reads English agreement titles, one per agreement, with their dates", () => {
    const text = [
      "After the talks, the two sides signed an agreement on visa exemption for holders of ordinary passports and a Memorandum of Understanding on cooperation in agriculture.",
      "They also inked the Protocol amending the Agreement on Air Services, which took effect on July 1, 2024.",
      "In 2019, Vietnam and Tajikistan signed a treaty on mutual legal assistance in criminal matters.",
    ].join("\n\n")
    const agreements = kinds(text, "agreement")
    expect(agreements.map((a) => [a.title, a.agreementKind])).toEqual([
      ["agreement on visa exemption for holders of ordinary passports", "agreement"],
      ["Memorandum of Understanding on cooperation in agriculture", "memorandum"],
      ["Protocol amending the Agreement on Air Services", "protocol"],
      ["treaty on mutual legal assistance in criminal matters", "treaty"],
    ])
    expect(agreements[2]?.effective).toBe("2024-07-01")
    expect(agreements[3]?.signed).toBe("2019")
  })

  it("gives a counterpart the office of the person before, and keeps a dateline's dash out", () => {
    const text =
      "Hanoi (VNA) - Foreign Minister Bui Van Son had phone talks with his Tajik counterpart Sirojiddin Rahmonov on March 3. Tajik First Deputy Prime Minister Davlatali Said held talks in Hanoi on March 4 with Deputy Prime Minister Ho Duc An."
    const result = extract(text, { published: "2025-03-12" })
    const call = result.proposals.find((p) => p.kind === "phone-call")
    expect(call?.quote.startsWith("Hanoi (VNA)") || call?.quote.startsWith("Foreign")).toBe(true)
    expect(call?.people).toContainEqual(
      expect.objectContaining({
        name: "Sirojiddin Rahmonov",
        office: "Foreign Minister",
        country: "TJ",
      }),
    )
    const said = result.proposals.find((p) => p.kind === "person" && p.name === "Davlatali Said")
    expect(said).toMatchObject({ office: "First Deputy Prime Minister", country: "TJ" })
    for (const p of result.proposals) expect(p.quote).not.toMatch(/^[-–—]/u)
  })
  it("reads an ambassador from the presentation of credentials, and skips targets", () => {
    const text =
      "On 12 March 2024, Ambassador Nguyen Van Binh presented his credentials to President Emomali Rahmon in Dushanbe. The two sides look to lift trade to 100 million USD."
    const result = extract(text, { published: "2025-03-12" })
    expect(result.proposals.find((p) => p.kind === "ambassador")).toMatchObject({
      name: "Nguyen Van Binh",
      sender: "VN",
      seat: "TJ",
      accreditedTo: "TJ",
    })
    expect(result.proposals.filter((p) => p.kind === "observation")).toEqual([])
  })
  it("finds the visit's leader after the inviter, not the inviter", () => {
    const [visit] = kinds(
      "Nhận lời mời của Thủ tướng Chính phủ Lương Văn Tâm, Thủ tướng Tajikistan Kokhir Rasulzoda thăm chính thức Việt Nam từ ngày 9 đến 11/6.",
      "visit",
    )
    expect(visit?.people?.[0]?.name).toBe("Kokhir Rasulzoda")
    expect(visit).toMatchObject({ guest: "TJ", host: "VN", date: "2025-06-09/2025-06-11" })
  })
})

describe("titleSimilarity", () => {
  it("tells agreements apart by the words that are not in every title", () => {
    expect(
      titleSimilarity(
        "Bản ghi nhớ về hợp tác nông nghiệp",
        "Bản ghi nhớ về hợp tác giữa hai Bộ Ngoại giao",
      ),
    ).toBeLessThan(0.5)
    expect(titleSimilarity("Hiệp định hợp tác văn hóa", "Hiệp định về hợp tác văn hóa")).toBe(1)
    expect(
      titleSimilarity(
        "Agreement on visa exemption for holders of ordinary passports",
        "agreement on mutual visa exemption for holders of ordinary passports",
      ),
    ).toBeGreaterThanOrEqual(0.75)
  })
})
