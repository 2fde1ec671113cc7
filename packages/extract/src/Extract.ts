/**
 * The extractor: reads an article (Vietnamese or English plain text) and proposes dataset entries,
 * each with its verbatim quote, paragraph and confidence. Pure: the article text, the options and
 * the dataset's index in, proposals out.
 *
 * @since 0.1.0
 */
import type { BilateralIndex } from "@bilateral/data"
import {
  firstDay,
  foldText,
  lastDay,
  type Person,
  parseReported,
  type ReportedDate,
} from "@bilateral/domain"
import { Either } from "effect"
import { type DateMention, findDates, isoOf, publicationLine } from "./Dates"
import { articleLanguage } from "./Language"
import {
  type CountryMention,
  countryFinder,
  countryNames,
  INDICATOR_WORDS,
  OFFICES,
  type OfficeWord,
  VIETNAMESE_SURNAMES,
} from "./Lexicon"
import { findPeople, type PersonMention, peopleIndex } from "./People"
import {
  EXTRACT_FORMAT_VERSION,
  type ExtractResult,
  type PersonRef,
  type Proposal,
  type ProposalKind,
} from "./Proposal"
import { findQuantities, type QuantityMention } from "./Quantities"
import { clipQuote, type Span, splitParagraphs, splitUnits, type Unit, wordsOf } from "./Text"

/** What the extractor is told besides the text. */
export interface ExtractOptions {
  /** The publication date, ISO (`2025-05-06`); else read from a date line, else unknown. */
  readonly published?: string | undefined
  /** The relation the article is about; else the partner named most often. */
  readonly relation?: string | undefined
  /**
   * The article's language; else detected. A text plainly in the other language is read in its own
   * (`--lang` also sets the language of the CLI's messages).
   */
  readonly language?: "vi" | "en" | undefined
}

/** A bad option: the message says which and what was expected. */
export class ExtractOptionError extends Error {
  override readonly name = "ExtractOptionError"
}

interface Paragraph {
  readonly number: number
  readonly text: string
  readonly dates: ReadonlyArray<DateMention>
  readonly countries: ReadonlyArray<CountryMention>
  readonly people: ReadonlyArray<PersonMention>
  readonly quantities: ReadonlyArray<QuantityMention>
  readonly units: ReadonlyArray<Unit>
}

interface Ctx {
  readonly lang: "vi" | "en"
  readonly subject: string
  readonly partner: string | undefined
  readonly index: BilateralIndex | undefined
  relationOf(a: string | undefined, b: string | undefined): string | undefined
}

/** A proposal while it is built: every field writable, undefined allowed until the end. */
type Draft = { -readonly [K in keyof Proposal]?: Proposal[K] | undefined } & {
  kind: ProposalKind
  quote: string
  paragraph: number
  confidence: number
  doubts: string[]
  dateValue?: ReportedDate | undefined
}

/** The proposal without its working fields and without undefined values. */
const finish = (d: Draft): Proposal => {
  const { dateValue: _, ...rest } = d
  rest.confidence = Math.round(rest.confidence * 100) / 100
  return Object.fromEntries(
    Object.entries(rest).filter(([, v]) => v !== undefined),
  ) as unknown as Proposal
}

const within = (s: Span, outer: Span) => s.start >= outer.start && s.end <= outer.end
const dateRange = (d: ReportedDate) => [firstDay(d), lastDay(d)] as const
const compatible = (a: ReportedDate | undefined, b: ReadonlyArray<ReportedDate | undefined>) =>
  b.every((x) => {
    if (a === undefined || x === undefined) return true
    const [a1, a2] = dateRange(a)
    const [b1, b2] = dateRange(x)
    return a1 <= b2 && b1 <= a2
  })
const widthOf = (d: ReportedDate | undefined) =>
  d === undefined ? Number.POSITIVE_INFINITY : lastDay(d) - firstDay(d)

const refOf = (m: PersonMention): PersonRef => ({
  name: m.name,
  ...(m.person !== undefined ? { id: m.person.id } : {}),
  ...(m.office !== undefined ? { office: m.office } : {}),
  ...(m.level !== undefined ? { level: m.level } : {}),
  ...(m.country !== undefined ? { country: m.country } : {}),
})

/** "do A và B đồng chủ trì", "co-chaired by A and B": the clause that names a session's co-chairs. */
const CO_CHAIRED = /đồng chủ trì|\bco-?chair(?:ed|s|men|persons)?\b/iu

/**
 * The co-chairs a paragraph names (two people or more in the clause that says "đồng chủ trì" or
 * "co-chaired"), and the quote that states it; undefined when it names none.
 */
const coChairsOf = (
  p: Paragraph,
): { readonly people: ReadonlyArray<PersonMention>; readonly quote: string } | undefined => {
  for (const unit of p.units) {
    const said = CO_CHAIRED.exec(p.text.slice(unit.start, unit.end))
    if (said === null) continue
    const people = p.people.filter((m) => within(m, unit.sentence))
    if (people.length < 2) continue
    const keyword = {
      start: unit.start + said.index,
      end: unit.start + said.index + said[0].length,
    }
    const spans = [...people, keyword].map((a) => {
      const office = (a as Partial<PersonMention>).officeSpan
      return office === undefined
        ? { start: a.start, end: a.end }
        : { start: Math.min(a.start, office.start), end: Math.max(a.end, office.end) }
    })
    const { quote } = clipQuote(p.text, unit.sentence, spans)
    return { people, quote }
  }
  return undefined
}

/** The date mention that goes with something at `at`: the nearest after it, else before. */
const nearestDate = (
  dates: ReadonlyArray<DateMention>,
  at: Span,
  unit: Span,
  maxAfter = 400,
): DateMention | undefined => {
  let best: DateMention | undefined
  let score = Number.POSITIVE_INFINITY
  for (const d of dates) {
    if (!within(d, unit)) continue
    const s =
      d.start >= at.end ? d.start - at.end : d.end <= at.start ? (at.start - d.end) * 1.5 + 5 : 0
    if (d.start >= at.end && d.start - at.end > maxAfter) continue
    if (s < score) {
      score = s
      best = d
    }
  }
  return best
}

const regexAll = (re: RegExp, text: string, offset = 0) => {
  const out: Array<Span & { m: RegExpExecArray }> = []
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`)
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, m })
    if (m[0].length === 0) g.lastIndex++
  }
  return out
}

const LEXICON = {
  visit: {
    vi: /(?:chuyến thăm|thăm)(?:\s+(?:chính thức|cấp Nhà nước|cấp nhà nước|làm việc))?(?:\s+(?:tới|đến|sang))?/u,
    en: /\b(?:(?:state|official|working)\s+)?(?:visit(?:s|ed|ing)?|trip)\b(?:\s+to\b)?/iu,
  },
  backReference: {
    vi: /(?:Trong|trong|Tại|tại|Nhân dịp|nhân dịp|khuôn khổ|Sau|sau)\s+(?:các\s+|cuộc\s+|phiên\s+)?$/u,
    en: /(?:During|during|At|at|On the sidelines of|As part of|as part of|after|After|in|In)\s+(?:the\s+|his\s+|her\s+|this\s+)?$/u,
  },
  talks: {
    vi: /hội đàm|hội kiến|gặp gỡ|(?<![\p{L}])gặp(?![\p{L}])|(?<![\p{L}])tiếp(?!\s+(?:tục|xúc|theo|cận|nhận|đón|tế))(?![\p{L}])|(?:có buổi )?làm việc với/u,
    en: /\bheld talks\b|\btalks\b|\bmet\b|\bmeets\b|\breceived\b|\breceives\b|\bhosted\b/u,
  },
  consultation: {
    vi: /[Tt]ham vấn chính trị|phiên tham vấn|[Tt]ham vấn|[Tt]ham khảo chính trị/u,
    en: /\bpolitical consultations?\b|\bconsultations?\b/iu,
  },
  call: {
    vi: /điện đàm|điện thoại/u,
    en: /\bphone (?:call|talks|conversation)\b|\btelephone (?:call|talks|conversation)\b|\bspoke by (?:tele)?phone\b|\bphoned\b/iu,
  },
  session: {
    vi: /(?:[Kk]hóa|[Kk]ỳ|[Pp]hiên) họp(?: lần)? thứ (\d+|nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)/u,
    en: /\b(\d+)(?:st|nd|rd|th) (?:session|meeting)\b/iu,
  },
  commission: {
    vi: /Ủy ban (?:Liên Chính phủ|liên Chính phủ|liên chính phủ|Hỗn hợp|hỗn hợp)[^,.;()]*/u,
    en: /(?:Intergovernmental|Inter-governmental|Joint) (?:Committee|Commission)[^,.;()]*/u,
  },
  establishment: {
    vi: /thiết lập quan hệ ngoại giao|quan hệ ngoại giao (?:được )?(?:chính thức )?thiết lập/u,
    en: /\b(?:established|establishing|establishment of|set up|forged) (?:formal )?(?:diplomatic|bilateral) (?:relations|ties)\b|\b(?:diplomatic|bilateral) (?:relations|ties) (?:were|was) (?:officially |formally )?(?:established|set up)\b/iu,
  },
}

/** "hai Thủ tướng", "the two Prime Ministers" (plural "s" allowed) just before an exchange. */
const PAIR_OF_OFFICES = new RegExp(
  String.raw`(?:[Hh]ai|[Tt]he two)\s+(${OFFICES.map((o) => o.words.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")).join("|")})s?\s+(?:(?:đã|cũng|đã có cuộc|có cuộc|have|had|also)\s+)*$`,
  "iu",
)
const officeNamed = (words: string): OfficeWord | undefined =>
  OFFICES.find((o) => o.words.toLowerCase() === words.toLowerCase())

/** Words that make a clause a plan, not a report: "sẽ", "dự kiến", "will", "plans to". */
const FUTURE = {
  vi: /(?<![\p{L}])(?:sẽ|dự kiến|sớm tổ chức|kế hoạch|chuẩn bị tổ chức)(?![\p{L}])/u,
  en: /\b(?:will|would|plans? to|planned to|is to|are to|aims? to|expected to|scheduled to|set to|to be held|to be organi[sz]ed)\b/u,
}

/** Words that make a figure a goal, not a result: "phấn đấu đưa kim ngạch lên", "look to lift". */
const TARGET = {
  vi: /phấn đấu|mục tiêu|hướng tới|nâng kim ngạch|đưa kim ngạch|nâng tổng kim ngạch/u,
  en: /\b(?:look(?:s|ing)? to|aim(?:s|ing)? to|agree(?:d|s)? to|seek(?:s|ing)? to|strive to|target(?:s|ing|ed)?|goal of|to lift|to raise|to boost|to double)\b/iu,
}

const ORDINALS: Record<string, number> = {
  nhất: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
}

const AGREEMENT_VI =
  /(Hiệp định|Biên bản ghi nhớ|Bản ghi nhớ|Nghị định thư|Thỏa thuận|Thoả thuận|Hiệp ước|Công ước)(?![\p{L}])/gu
const AGREEMENT_VI_END =
  /[,;.:]|\s\((?![A-Z]{2,}\))|\s(?:vào|được|có hiệu lực|ký|tại|mà|nhằm|với|trong|đã|chính thức|cũng|nhân|theo|giữa hai bên|là|sẽ|từ)\s|\s(?:tháng|ngày|năm|hồi|sáng|chiều)\s*\d|\svà\s(?=chứng kiến|trao|ký|thông qua|các\s|nhiều\s|\d|(?:Hiệp định|Bản ghi nhớ|Biên bản|Nghị định thư|Thỏa thuận|Thoả thuận|Hiệp ước|Công ước)\s)/u
const AGREEMENT_WORD_EN =
  "(?:Free Trade Agreement|Agreement|Memorandum of Understanding|MoU|MOU|Protocol|Treaty|agreement|memorandum of understanding|memorandum|protocol|treaty)"
/**
 * An English agreement title: capitalised words before the kind ("Vietnam-EAEU Free Trade
 * Agreement"), and its subject after "on", "amending", ... up to a clause end, a verb, a place or
 * date after "in", or "and" before another agreement.
 */
const AGREEMENT_EN = new RegExp(
  String.raw`\b((?:[A-Z][\w'’-]*\s+|(?:on|of|for|between|and|the)\s+)*?${AGREEMENT_WORD_EN}(?:\s+(?:on|for|between|to|of|amending|supplementing|concerning|regarding)\s+[^,.;()]+?)?)(?=[,.;()]|\s(?:was|were|which|that|on\s+\p{Lu}|signed|took|entered|came|effective|will|would|is|are|has|have)\b|\sin\s+(?:\p{Lu}|\d)|\sand\s+(?:(?:an?|the)\s+)?(?:[A-Z][\w'’-]*\s+)*${AGREEMENT_WORD_EN}\b|$)`,
  "gu",
)

const agreementKindOf = (title: string): Proposal["agreementKind"] => {
  const t = title.toLowerCase()
  if (/thương mại tự do|free trade|fta/u.test(t)) return "free-trade-agreement"
  if (/ghi nhớ|memorandum|mou/u.test(t)) return "memorandum"
  if (/nghị định thư|protocol/u.test(t)) return "protocol"
  if (/hiệp ước|treaty/u.test(t)) return "treaty"
  return "agreement"
}

const FRAMEWORKS: ReadonlyArray<readonly [RegExp, number]> = [
  [/Đối tác (?:Hợp tác )?Chiến lược Toàn diện|đối tác (?:hợp tác )?chiến lược toàn diện/u, 0.85],
  [/Đối tác Chiến lược(?: sâu rộng)?|đối tác chiến lược(?: sâu rộng)?/u, 0.8],
  [/Đối tác (?:Hợp tác )?Toàn diện|đối tác (?:hợp tác )?toàn diện/u, 0.8],
  [/[Qq]uan hệ hữu nghị truyền thống(?: và hợp tác nhiều mặt)?/u, 0.55],
  [/[Qq]uan hệ (?:hữu nghị )?đặc biệt/u, 0.6],
  [/\bComprehensive Strategic Partnership\b/iu, 0.85],
  [/\b(?:Extensive )?Strategic Partnership\b/iu, 0.8],
  [/\bComprehensive Partnership\b/iu, 0.8],
  [/\btraditional friendship(?: and multifaceted cooperation)?\b/iu, 0.55],
]

/** "34,5" as a fraction (0.345), without floating-point noise. */
const percent = (text: string): number => Number((Number(text) / 100).toFixed(6))

const CLAIMS: ReadonlyArray<{
  readonly re: RegExp
  readonly kind: NonNullable<Proposal["claimKind"]>
  readonly read: (m: RegExpExecArray) => Partial<Proposal>
}> = [
  {
    re: /tăng(?: trưởng)?(?: bình quân| trung bình)?(?: khoảng| gần| hơn| trên)?\s*(\d+(?:,\d+)?)\s*%(?:\s*\/\s*năm|\s*mỗi năm)?(?:\s*so với (?:cùng kỳ(?: năm (?:trước|ngoái|\d{4}))?|năm (?:trước|ngoái|\d{4})))?/gu,
    kind: "growth",
    read: (m) => ({ rate: percent((m[1] ?? "").replace(",", ".")) }),
  },
  {
    re: /\b(?:up|rose|rising|increased|increasing|grew|growing|growth of|jumped|surged)(?: by)?(?: an average of| an annual average of| about| nearly| over| more than)?\s*(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)(?:\s*(?:year-on-year|year on year|annually|a year|per year|from a year earlier|over the same period(?: last year)?))?/giu,
    kind: "growth",
    read: (m) => ({ rate: percent(m[1] ?? "") }),
  },
  {
    re: /tăng(?: (hơn|gần|khoảng))? gấp (đôi|ba|bốn|năm|(\d+(?:,\d+)?) lần)/gu,
    kind: "multiple",
    read: (m) => ({
      multiple:
        m[2] === "đôi"
          ? 2
          : m[2] === "ba"
            ? 3
            : m[2] === "bốn"
              ? 4
              : m[2] === "năm"
                ? 5
                : Number((m[3] ?? "").replace(",", ".")),
      qualifier:
        m[1] === "hơn" ? "over" : m[1] === "gần" ? "nearly" : m[1] === "khoảng" ? "about" : "exact",
    }),
  },
  {
    re: /(?:tăng|gấp)(?: (hơn|gần|khoảng))? (\d+(?:,\d+)?) lần|\b(?:rose|rising|increased|increasing|grew|growing|up)(?: by)?( more than| nearly| about)? (\d+(?:\.\d+)?) times\b/giu,
    kind: "multiple",
    read: (m) => ({
      multiple: Number((m[2] ?? m[4] ?? "").replace(",", ".")),
      qualifier: /hơn|more/u.test(m[1] ?? m[3] ?? "")
        ? "over"
        : /gần|nearly/u.test(m[1] ?? m[3] ?? "")
          ? "nearly"
          : /khoảng|about/u.test(m[1] ?? m[3] ?? "")
            ? "about"
            : "exact",
    }),
  },
  {
    re: /\b(?:an? (?:increase|rise|growth) of|(?:an? )?(?:annual|year-on-year) (?:increase|rise|growth) of)\s*(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)|\b(\d+(?:\.\d+)?)\s*(?:%|percent|per cent) (?:more|higher) than\b|\ban? (?:annual|year-on-year) (?:rise|increase|growth) of (\d+(?:\.\d+)?)%/giu,
    kind: "growth",
    read: (m) => ({ rate: percent(m[1] ?? m[2] ?? m[3] ?? "") }),
  },
  {
    re: /\b(more than |nearly |almost )?(doubled|tripled|quadrupled)\b/giu,
    kind: "multiple",
    read: (m) => ({
      multiple: /doubled/iu.test(m[2] ?? "") ? 2 : /tripled/iu.test(m[2] ?? "") ? 3 : 4,
      qualifier: /more/iu.test(m[1] ?? "") ? "over" : m[1] ? "nearly" : "exact",
    }),
  },
  {
    re: /tăng mạnh|tăng đáng kể|tăng nhanh|\b(?:rose|increased|grew) (?:sharply|significantly|rapidly)\b|\bsurged\b/giu,
    kind: "increase",
    read: () => ({}),
  },
  {
    re: /(?:lần đầu tiên|đầu tiên)(?:[^.;]{0,120}?trong(?: vòng)? (\d+) năm)?|\bfor the first time\b(?:[^.;]{0,80}?\bin (\d+) years)?|\bthe first\b[^.;]{0,80}?\bin (\d+) years\b|\bfirst(?: ever)? (?:state |official )?visit\b/giu,
    kind: "first",
    read: (m) => ((m[1] ?? m[2] ?? m[3]) ? { wording: m[0] } : {}),
  },
  {
    re: /(\d+) năm (?:thiết lập quan hệ ngoại giao|chuyến thăm|ngày)[^,.;]*|\b(\d+)(?:st|nd|rd|th) anniversary of [^,.;]+|\b(\d+) years (?:of|since) (?:the establishment of )?diplomatic (?:relations|ties)/giu,
    kind: "anniversary",
    read: () => ({}),
  },
]

/**
 * Reads an article and proposes dataset entries.
 * @throws ExtractOptionError for an unreadable --published date or an unknown --relation.
 * @example
 * const result = extract(text, { published: "2025-05-06" }, index)
 * result.proposals.filter((p) => p.kind === "visit")
 */
export const extract = (
  text: string,
  options: ExtractOptions = {},
  index?: BilateralIndex,
): ExtractResult => {
  const paragraphsText = splitParagraphs(text)
  const lang = articleLanguage(paragraphsText.join("\n"), options.language)
  let published: ReportedDate | undefined
  if (options.published !== undefined) {
    const read = parseReported(options.published)
    if (Either.isLeft(read)) {
      throw new ExtractOptionError(
        `--published expects a date as YYYY-MM-DD (or YYYY-MM, YYYY); got "${options.published}": ${read.left.message}`,
      )
    }
    published = read.right
  }
  const line = publicationLine(paragraphsText)
  published ??= line?.date
  const subject = index?.subject ?? "VN"
  const names = countryNames(index)
  const findCountries = countryFinder(names)
  const people = peopleIndex(index?.dataset.people ?? [])

  let lastDay: ReportedDate | undefined
  const paragraphsRead: Paragraph[] = paragraphsText.map((raw, i) => {
    const dates = findDates(raw, { published, lastDay })
    for (const d of dates) if (d.date?._tag === "Day") lastDay = d.date
    const countries = findCountries(raw)
    let units = splitUnits(raw)
    // The date line at the head of the first paragraph is not part of any fact.
    const head = /^\s*date\s+\S+\s+/iu.exec(raw)
    if (i === 0 && head !== null) {
      units = units.map((u) =>
        u.start < head[0].length
          ? { ...u, start: head[0].length, text: raw.slice(head[0].length, u.end) }
          : u,
      )
    }
    return {
      number: i + 1,
      text: raw,
      dates: head !== null && i === 0 ? dates.filter((d) => d.start >= head[0].length) : dates,
      countries,
      people: findPeople(raw, people, countries),
      quantities: findQuantities(raw, lang),
      units,
    }
  })

  // A person's country stated once ("Phó Thủ tướng Aralia Tomas Reval") holds for every mention.
  const countryOfName = new Map<string, string>()
  for (const p of paragraphsRead)
    for (const m of p.people)
      if (m.country !== undefined && !countryOfName.has(foldText(m.name)))
        countryOfName.set(foldText(m.name), m.country)
  // A person named once with an office is the same person when named again bare, in full or by
  // the last word of the name ("Roman Sklyar … Sklyar, who is paying …", "Nazarov also met …").
  const named = new Map<string, PersonMention>()
  for (const p of paragraphsRead)
    for (const m of p.people)
      if (m.office !== undefined && m.name.includes(" ")) {
        named.set(m.name, m)
        // A Vietnamese given name alone ("Chính", "Hằng") is also a common word: only in English.
        const last = m.name.split(/\s+/u).pop() ?? ""
        const vietnamese =
          /[ăâêôơưđàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/iu.test(m.name) ||
          VIETNAMESE_SURNAMES.has(m.name.split(/\s+/u)[0] ?? "")
        if (last.length >= 4 && !named.has(last) && (lang === "en" || !vietnamese))
          named.set(last, m)
      }
  const paragraphs: Paragraph[] = paragraphsRead.map((p) => {
    const bare: PersonMention[] = []
    for (const w of wordsOf(p.text)) {
      const full = [...named.keys()].find((n) => n.includes(" ") && p.text.startsWith(n, w.start))
      const key = full ?? (named.has(w.text) ? w.text : undefined)
      if (key === undefined) continue
      const end = w.start + key.length
      const taken = [...p.people, ...bare].some((m) => w.start < m.end && end > m.start)
      // A word that is also a country or the start of another capitalised name is not the person.
      if (taken || p.countries.some((c) => w.start < c.end && end > c.start)) continue
      if (/^\s+\p{Lu}/u.test(p.text.slice(end)) && full === undefined) continue
      const first = named.get(key) as PersonMention
      bare.push({
        start: w.start,
        end,
        name: first.name,
        ...(first.person !== undefined ? { person: first.person } : {}),
        ...(first.country !== undefined ? { country: first.country } : {}),
        ...(first.level !== undefined ? { level: first.level } : {}),
      })
    }
    const people = [...p.people, ...bare].sort((a, b) => a.start - b.start)
    return {
      ...p,
      people: people.map((m) => {
        const country = m.country ?? countryOfName.get(foldText(m.name))
        return country === undefined ? m : { ...m, country }
      }),
    }
  })

  // The relation: from the option, else the partner named most often.
  let partner: string | undefined
  let relationId: string | undefined
  if (options.relation !== undefined) {
    const found = index?.relation(options.relation)
    const match = /^([a-z]{2})-([a-z]{2})$/u.exec(options.relation)
    if (found !== undefined) {
      relationId = found.id
      partner = found.countries.find((c) => c !== subject) ?? found.countries[1]
    } else if (match !== null) {
      relationId = options.relation
      const codes = [match[1], match[2]].map((c) => (c ?? "").toUpperCase())
      partner = codes.find((c) => c !== subject) ?? codes[1]
    } else {
      const known = index?.relations.map((r) => r.id).join(", ") ?? ""
      throw new ExtractOptionError(
        `--relation expects a relation id such as vn-kz${known ? ` (the dataset has ${known})` : ""}; got "${options.relation}"`,
      )
    }
  } else {
    const counts = new Map<string, number>()
    for (const p of paragraphs) {
      for (const c of p.countries)
        if (c.code !== subject) counts.set(c.code, (counts.get(c.code) ?? 0) + 1)
    }
    partner = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
  }
  const relationOf = (a: string | undefined, b: string | undefined): string | undefined => {
    if (a === undefined || b === undefined || a === b) return relationId
    const r = index?.relations.find(
      (x) =>
        (x.countries as ReadonlyArray<string>).includes(a) &&
        (x.countries as ReadonlyArray<string>).includes(b),
    )
    if (r !== undefined) return r.id
    const [x, y] = a === subject ? [a, b] : b === subject ? [b, a] : [a, b].sort()
    return `${x}-${y}`.toLowerCase()
  }
  relationId ??= partner === undefined ? undefined : relationOf(subject, partner)
  const ctx: Ctx = { lang, subject, partner, index, relationOf }

  const drafts: Draft[] = []
  for (const p of paragraphs) drafts.push(...readParagraph(p, ctx))
  const merged = mergeDrafts(drafts)
  const proposals = [...merged, ...peopleProposals(paragraphs, ctx)].map(finish)
  return {
    formatVersion: EXTRACT_FORMAT_VERSION,
    article: {
      language: lang,
      published: published === undefined ? null : isoOf(published),
      paragraphs: paragraphs.length,
    },
    relation: relationId ?? null,
    proposals,
  }
}

const otherSide = (ctx: Ctx, code: string | undefined): string | undefined =>
  code === undefined ? undefined : code === ctx.subject ? ctx.partner : ctx.subject

const base = (
  kind: ProposalKind,
  p: Paragraph,
  unit: Unit,
  anchors: ReadonlyArray<Span | undefined>,
  confidence: number,
  date?: DateMention,
): Draft => {
  // A person is quoted with the office before the name, so the quote keeps its subject whole.
  const spans = anchors.flatMap((a): Span[] => {
    if (a === undefined) return []
    const office = (a as Partial<PersonMention>).officeSpan
    return office === undefined
      ? [a]
      : [{ start: Math.min(a.start, office.start), end: Math.max(a.end, office.end) }]
  })
  const { quote } = clipQuote(p.text, unit, spans)
  const doubts: string[] = []
  if (date?.doubt !== undefined) doubts.push(date.doubt)
  return {
    kind,
    quote,
    paragraph: p.number,
    confidence: Math.round(confidence * 100) / 100,
    doubts,
    ...(date?.date !== undefined ? { date: isoOf(date.date), dateValue: date.date } : {}),
  }
}

const peopleIn = (p: Paragraph, span: Span) => p.people.filter((m) => within(m, span))
const countriesIn = (p: Paragraph, span: Span) => p.countries.filter((c) => within(c, span))

/** Everything one paragraph proposes, before duplicates are merged. */
const readParagraph = (p: Paragraph, ctx: Ctx): Draft[] => {
  const out: Draft[] = []
  const lang = ctx.lang
  for (const unit of p.units) {
    const uText = p.text.slice(unit.start, unit.end)
    const uPeople = peopleIn(p, unit)
    const uCountries = countriesIn(p, unit)
    const uDates = p.dates.filter((d) => within(d, unit))
    const anniversary = (at: number) =>
      /\d+\s+năm\s+$|\d+(?:st|nd|rd|th)\s+anniversary\s+of\s+(?:the\s+)?$/u.test(
        p.text.slice(Math.max(unit.start, at - 30), at),
      )
    const countryAfter = (at: number, max = 30) =>
      uCountries.find((c) => c.start >= at && c.start - at <= max)
    // The inviter is the person named right after "lời mời của" / "invitation of": the first
    // person (office included) that starts within a few characters of those words.
    const inviters = new Set(
      regexAll(
        /(?:lời mời của|theo lời mời của|invitation of|invited by)\s+(?:(?:the|his|her)\s+)?/u,
        uText,
        unit.start,
      ).flatMap((t) => {
        const first = uPeople.find((m) => (m.officeSpan ?? m).start >= t.start)
        return first !== undefined && (first.officeSpan ?? first).start - t.end <= 3 ? [first] : []
      }),
    )
    const invited = (m: PersonMention) => inviters.has(m)

    // --- establishment
    for (const t of regexAll(LEXICON.establishment[lang], uText, unit.start)) {
      if (anniversary(t.start)) continue
      const d =
        uDates.find((x) => x.start >= t.end && x.start - t.end <= 25 && x.date?._tag !== "Range") ??
        uDates.find((x) => x.end <= t.start && x.start - unit.start <= 12)
      if (d?.date === undefined || d.partOfYear) continue
      const other = uCountries.map((c) => c.code).find((c) => c !== ctx.subject) ?? ctx.partner
      const draft = base("establishment", p, unit, [t, d], d.date._tag === "Day" ? 0.9 : 0.75, d)
      draft.countries = [ctx.subject, other ?? ""]
      draft.relation = ctx.relationOf(ctx.subject, other)
      if (other === undefined) draft.doubts.push("the partner country is not named in the sentence")
      out.push(draft)
    }

    // --- embassies and ambassadors
    for (const t of regexAll(
      lang === "vi" ? /Đại sứ quán|[Cc]ơ quan đại diện(?: thường trú)?/u : /\b[Ee]mbassy\b/u,
      uText,
      unit.start,
    )) {
      let sender: CountryMention | undefined
      let seat: CountryMention | undefined
      // "Mông Cổ mở Đại sứ quán tại Hà Nội", "Kazakhstan opened its embassy in Hanoi".
      const openedBy = [...uCountries]
        .reverse()
        .find(
          (c) =>
            c.end <= t.start &&
            /^\s+(?:(?:đã|has|had|officially|chính thức)\s+)*(?:mở|khai trương|thành lập|opened|inaugurated|set up|established)\s+(?:(?:its|an|a|the)\s+)?$/u.test(
              p.text.slice(c.end, t.start),
            ),
        )
      if (lang === "vi") {
        sender = /^\s*tại\s/u.test(p.text.slice(t.end)) ? openedBy : countryAfter(t.end, 12)
        const tai = /^[^.;]{0,40}?\stại\s/u.exec(p.text.slice(sender?.end ?? t.end))
        seat = tai === null ? undefined : countryAfter((sender?.end ?? t.end) + tai[0].length, 3)
      } else {
        const of = /^\s+of\s+(?:the\s+)?/u.exec(p.text.slice(t.end))
        sender = of
          ? countryAfter(t.end + of[0].length, 3)
          : ([...uCountries].reverse().find((c) => c.end <= t.start && t.start - c.end <= 4) ??
            openedBy)
        const inn = /^[^.;]{0,40}?\s(?:in|to)\s+(?:the\s+)?/u.exec(
          p.text.slice(Math.max(t.end, sender?.end ?? 0)),
        )
        seat =
          inn === null
            ? undefined
            : countryAfter(Math.max(t.end, sender?.end ?? 0) + inn[0].length, 3)
      }
      if (sender === undefined || seat === undefined) continue
      const conc =
        /^[^.;]{0,30}?(?:kiêm nhiệm|concurrently (?:accredited to|covers|serves|in charge of)|also (?:covers|accredited to|serves))\s+/u.exec(
          p.text.slice(seat.end),
        )
      const accredited = conc === null ? undefined : countryAfter(seat.end + conc[0].length, 3)
      const opened = /mở|khai trương|opened|inaugurated/u.test(uText)
      const d = opened ? nearestDate(uDates, t, unit) : undefined
      const make = (to: string, confidence: number, doubt?: string) => {
        const draft = base("embassy", p, unit, [t, sender, seat, accredited], confidence, d)
        draft.sender = sender.code
        draft.seat = seat.code
        draft.accreditedTo = to
        draft.relation = ctx.relationOf(sender.code, to)
        if (doubt) draft.doubts.push(doubt)
        out.push(draft)
      }
      if (accredited !== undefined) {
        make(accredited.code, 0.85)
        // An embassy in Y that also covers Z is accredited to Y as well; propose that only for a
        // relation of the subject's that the dataset holds (not KG's embassy in KR, nor VN–RU
        // when the dataset has no vn-ru).
        const own = ctx.index?.relations.some(
          (r) =>
            (r.countries as ReadonlyArray<string>).includes(sender.code) &&
            (r.countries as ReadonlyArray<string>).includes(seat.code),
        )
        if (own === true && (sender.code === ctx.subject || seat.code === ctx.subject))
          make(
            seat.code,
            0.6,
            `read, not stated: an embassy in ${seat.name} is accredited to ${seat.name}`,
          )
      } else make(seat.code, 0.8)
    }
    for (const t of regexAll(
      lang === "vi" ? /Đại sứ(?! quán)(?![\p{L}])/u : /\bAmbassador\b/u,
      uText,
      unit.start,
    )) {
      let sender =
        countryAfter(t.end, lang === "vi" ? 3 : 12) ??
        [...uCountries].reverse().find((c) => c.end <= t.start && t.start - c.end <= 4)
      const to = /^[^.;]{0,25}?\s(?:tại|to|in)\s+/u.exec(p.text.slice(sender?.end ?? t.end))
      const seat = to === null ? undefined : countryAfter((sender?.end ?? t.end) + to[0].length, 3)
      if (sender !== undefined && sender.start < t.start && seat === undefined) sender = undefined
      // "Ambassador X presented his credentials to President Y in Dushanbe", "Đại sứ X trình Quốc
      // thư lên Tổng thống Y": accredited where the credentials were presented.
      const credentials =
        /(?:presented|presents|presenting) (?:his|her|their) (?:letter of )?credentials to|trình (?:Quốc thư|thư ủy nhiệm)(?: lên| tới)?/u.exec(
          p.text.slice(t.end, unit.end),
        )
      if (seat === undefined && credentials !== null) {
        const after = t.end + credentials.index + credentials[0].length
        const receiver = uPeople.find((m) => m.start >= after && m.country !== undefined)
        const place = uCountries.find(
          (c) => c.start >= after && /(?:in|tại|ở)\s+$/u.test(p.text.slice(c.start - 4, c.start)),
        )
        const code = receiver?.country ?? place?.code
        const named = uPeople.find((m) => m.start >= t.end && m.start - t.end <= 3)
        if (code !== undefined && named?.country !== undefined && named.country !== code) {
          const draft = base(
            "ambassador",
            p,
            unit,
            [t, named, credentials && { start: after - credentials[0].length, end: after }],
            0.7,
          )
          draft.name = named.name
          draft.sender = named.country
          draft.seat = code
          draft.accreditedTo = code
          draft.relation = ctx.relationOf(named.country, code)
          draft.doubts.push("read from the presentation of credentials")
          if (named.person !== undefined) draft.id = named.person.id
          out.push(draft)
          continue
        }
      }
      const holder =
        uPeople.find(
          (m) => m.start >= (seat?.end ?? t.end) && m.start - (seat?.end ?? t.end) <= 12,
        ) ?? uPeople.find((m) => m.officeSpan !== undefined && within(t, m.officeSpan))
      if (sender === undefined || seat === undefined || holder === undefined) continue
      // "Đại sứ Việt Nam tại Uzbekistan kiêm nhiệm Tajikistan NAME": accredited to the last.
      const concurrently =
        /^\s*(?:kiêm nhiệm|concurrently accredited to|also accredited to)\s+/u.exec(
          p.text.slice(seat.end),
        )
      const accredited =
        concurrently === null ? undefined : countryAfter(seat.end + concurrently[0].length, 2)
      const draft = base("ambassador", p, unit, [t, seat, accredited, holder], 0.8)
      draft.name = holder.name
      draft.sender = sender.code
      draft.seat = seat.code
      draft.accreditedTo = accredited?.code ?? seat.code
      draft.relation = ctx.relationOf(sender.code, accredited?.code ?? seat.code)
      if (holder.person !== undefined) draft.id = holder.person.id
      out.push(draft)
    }

    // --- frameworks
    for (const [re, confidence] of FRAMEWORKS) {
      const t = regexAll(re, uText, unit.start)[0]
      if (t === undefined) continue
      const upgraded = /nâng cấp|nâng tầm|thiết lập|upgrad|elevat|establish/iu.test(uText)
      const d = upgraded ? nearestDate(uDates, t, unit, 60) : undefined
      const draft = base("framework", p, unit, [t], confidence, d)
      draft.name = p.text.slice(t.start, t.end)
      draft.relation = ctx.relationOf(ctx.subject, ctx.partner)
      out.push(draft)
      break
    }

    // --- visits
    const listDates = uDates.filter(
      (d) =>
        /\(\s*$/u.test(p.text.slice(unit.start, d.start)) && /^\s*\)/u.test(p.text.slice(d.end)),
    )
    const fromSide = /(?:Từ phía|phía|From the|from the)\s+$/u
    const sideCountry = uCountries.find((c) =>
      fromSide.test(p.text.slice(Math.max(unit.start, c.start - 12), c.start)),
    )
    const visitTriggers = regexAll(LEXICON.visit[lang], uText, unit.start).filter(
      (t) => !/^thăm (?:hỏi|dò)/u.test(p.text.slice(t.start, t.end + 4)),
    )
    if (listDates.length >= 2 && (visitTriggers.length > 0 || sideCountry !== undefined)) {
      // "các chuyến thăm X của: A (tháng 2/1994), B (tháng 6/1994), …": one visit per item.
      const trigger = visitTriggers[visitTriggers.length - 1]
      const hostMention = trigger === undefined ? undefined : countryAfter(trigger.end, 3)
      let from = trigger?.end ?? unit.start
      for (const d of listDates) {
        const itemSpan = { start: from, end: d.start }
        from = d.end + (/^[\s),]*(?:và\s+|and\s+)?/u.exec(p.text.slice(d.end))?.[0].length ?? 0)
        const itemText = p.text.slice(itemSpan.start, itemSpan.end)
        const leader = [...p.people].reverse().find((m) => within(m, itemSpan))
        if (/tham vấn|consultation/iu.test(itemText)) {
          const draft = base("consultation", p, unit, [itemSpan, d], 0.7, d)
          draft.host = hostMention?.code ?? otherSide(ctx, sideCountry?.code)
          draft.people = []
          draft.relation = ctx.relationOf(ctx.subject, ctx.partner)
          out.push(draft)
          continue
        }
        if (leader === undefined) continue
        const guest = sideCountry?.code ?? leader.country ?? otherSide(ctx, hostMention?.code)
        const host = hostMention?.code ?? otherSide(ctx, guest)
        const draft = base("visit", p, unit, [leader.officeSpan ?? leader, leader, d], 0.75, d)
        Object.assign(draft, visitFields(leader, guest, host, undefined, ctx))
        out.push(draft)
      }
    } else {
      for (const t of visitTriggers) {
        const before = p.text.slice(unit.start, t.start)
        const back = LEXICON.backReference[lang].test(before)
        if (anniversary(t.start) && uDates.length === 0) {
          // "66 năm chuyến thăm Kazakhstan của Chủ tịch Hồ Chí Minh": an undated visit.
        }
        const hostMention = countryAfter(t.end, lang === "vi" ? 12 : 6)
        // "chuyến thăm X của Y": the leader follows; "Y thăm X": the leader precedes.
        const of = /^\s*(?:(?:Cộng hòa\s+)?[\p{L}\s-]{0,30}?\s)?(?:của|by|of)\s+/u.exec(
          p.text.slice(hostMention?.end ?? t.end),
        )
        const after =
          of === null
            ? undefined
            : uPeople.find(
                (m) =>
                  m.start >= (hostMention?.end ?? t.end) &&
                  m.start - (hostMention?.end ?? t.end) <= of[0].length + 45 &&
                  !invited(m),
              )
        const beforeLeader = [...uPeople].reverse().find((m) => m.end <= t.start && !invited(m))
        const leader = back ? uPeople.find((m) => !invited(m)) : (after ?? beforeLeader)
        const d = anniversary(t.start) ? undefined : nearestDate(uDates, t, unit)
        if (leader === undefined) continue
        if (back && d === undefined) continue
        if (d === undefined && /^(?:Chuyến thăm|The visit)/u.test(uText) && leader === undefined)
          continue
        const typeText = p.text.slice(t.start, t.end + 25)
        const visitType = /cấp Nhà nước|cấp nhà nước|state visit/iu.test(typeText)
          ? "state"
          : /chính thức|official visit/iu.test(typeText)
            ? "official"
            : /làm việc|working visit/iu.test(typeText)
              ? "working"
              : undefined
        const guest = leader.country ?? otherSide(ctx, hostMention?.code)
        const host = hostMention?.code ?? otherSide(ctx, guest)
        if (guest === host) continue
        const confidence =
          0.5 +
          (d?.date ? 0.2 : 0) +
          (hostMention ? 0.1 : 0) +
          (leader.person ? 0.1 : 0) +
          (back ? -0.1 : 0)
        const draft = base(
          "visit",
          p,
          unit,
          // When the leader is named too far from the visit for one quote, quote the visit.
          p.text.slice(Math.min(leader.start, t.start), Math.max(leader.end, t.end)).split(/\s+/u)
            .length > 22
            ? [t, hostMention, d, leader]
            : [leader.officeSpan ?? leader, leader, t, hostMention, d],
          confidence,
          d,
        )
        Object.assign(draft, visitFields(leader, guest, host, visitType, ctx))
        const inviter = uPeople.find(invited)
        if (inviter !== undefined) draft.doubts.push(`invited by ${inviter.name}`)
        if (leader.country === undefined)
          draft.doubts.push(`${leader.name}'s country is not stated`)
        out.push(draft)
        break
      }
    }

    // --- talks, consultations, phone calls
    const exchanges: ReadonlyArray<readonly [ProposalKind, RegExp]> = [
      ["phone-call", LEXICON.call[lang]],
      ["consultation", LEXICON.consultation[lang]],
      ["talks", LEXICON.talks[lang]],
    ]
    const inList = listDates.length >= 2
    const calls = regexAll(LEXICON.call[lang], uText, unit.start)
    for (const [kind, re] of exchanges) {
      if (inList && kind === "consultation") continue
      const t = regexAll(re, uText, unit.start)[0]
      if (t === undefined) continue
      // "phone talks" is a call, not talks; a planned exchange is not one that took place.
      if (kind !== "phone-call" && calls.some((c) => c.start <= t.start && c.end >= t.end)) continue
      if (FUTURE[lang].test(uText)) continue
      const before = p.text.slice(Math.max(unit.start, t.start - 40), t.start)
      const back =
        LEXICON.backReference[lang].test(before) ||
        /(?:Trong|Tại|During|At) (?:cuộc|phiên|the)\s*$/u.test(before)
      const near = nearestDate(uDates, t, unit)
      let d = near
      // "Chiều 18/3, X tiếp Y đang thăm … từ ngày 17-19/3": the dates after a visit are the
      // visit's; a day named before the exchange is its own.
      if (
        near !== undefined &&
        near.start >= t.end &&
        visitTriggers.some((v) => v.start >= t.end && v.end <= near.start)
      )
        d = [...uDates].reverse().find((x) => x.end <= t.start) ?? d
      if (back && d === undefined) continue
      const involved = uPeople.filter((m) => !invited(m))
      const counterpart = involved.find((m) => m.start >= t.end)
      const own = [...involved].reverse().find((m) => m.end <= t.start)
      // "hai Thủ tướng hội đàm", "the two foreign ministers held talks": unnamed, but an office.
      const pair = PAIR_OF_OFFICES.exec(p.text.slice(Math.max(unit.start, t.start - 60), t.start))
      const pairOffice = pair === null ? undefined : officeNamed(pair[1] ?? "")
      // "… hội đàm với người đồng cấp", "… held talks with his Kazakh counterpart".
      const counterpartWord =
        /^\s*(?:với|with)\s+(?:(?:his|her|their)\s+)?(?:[\p{L}-]+\s+)?(?:người đồng cấp|counterparts?)\b/u.test(
          p.text.slice(t.end, t.end + 40),
        )
      if (
        kind === "talks" &&
        pairOffice === undefined &&
        (own === undefined || (counterpart === undefined && !counterpartWord))
      )
        continue
      if (kind !== "talks" && involved.length === 0 && d === undefined && pairOffice === undefined)
        continue
      const parts = [own, counterpart, ...involved].filter(
        (m): m is PersonMention => m !== undefined,
      )
      const unique = parts.filter((m, i) => parts.findIndex((x) => x.name === m.name) === i)
      const draft = base(
        kind,
        p,
        unit,
        [own, t, counterpart, d],
        0.55 + (d?.date ? 0.2 : 0) + (unique.length >= 2 ? 0.1 : 0),
        d,
      )
      draft.people = unique.map(refOf)
      const levels = unique.map((m) => m.level).filter((l) => l !== undefined)
      if (levels[0] !== undefined) draft.level = levels[0]
      else if (pairOffice !== undefined) {
        draft.level = pairOffice.level
        draft.office = pairOffice.words
        draft.doubts.push(
          `the participants (two holders of the office "${pairOffice.words}") are not named: add them`,
        )
      }
      const host = /tại\s+$|in\s+$/u.test(p.text.slice(t.end, t.end + 40)) ? undefined : undefined
      if (host) draft.host = host
      // Where: "… hội đàm tại Hà Nội", "held talks in Hanoi", or "tại Bishkek, X hội kiến Y".
      const at = (c: CountryMention) =>
        /(?:tại|ở|in|visited|thăm)\s+$/u.test(p.text.slice(Math.max(0, c.start - 8), c.start))
      const place =
        countriesIn(p, { start: t.end, end: unit.end }).find(at) ??
        [...countriesIn(p, { start: unit.start, end: t.start })].reverse().find(at)
      if (place) draft.host = place.code
      const codes = unique.map((m) => m.country).filter((c): c is string => c !== undefined)
      draft.relation = ctx.relationOf(
        codes[0] ?? ctx.subject,
        codes.find((c) => c !== codes[0]) ?? ctx.partner,
      )
      out.push(draft)
    }

    // --- commission sessions
    for (const t of regexAll(LEXICON.session[lang], uText, unit.start)) {
      if (FUTURE[lang].test(uText)) continue
      const ordinal = t.m[1] ?? ""
      const session = ORDINALS[ordinal] ?? Number(ordinal)
      const commission = regexAll(
        LEXICON.commission[lang],
        p.text.slice(unit.sentence.start, unit.sentence.end),
        unit.sentence.start,
      )[0]
      const d = nearestDate(uDates, t, unit)
      const draft = base(
        "session",
        p,
        unit,
        [t, d],
        0.6 + (d?.date ? 0.15 : 0) + (commission ? 0.1 : 0),
        d,
      )
      if (Number.isInteger(session) && session > 0) draft.session = session
      if (commission !== undefined) {
        const name = p.text.slice(commission.start, commission.end)
        const stop = name.search(
          /\s(?:cũng|đã|được|với|tổ chức|sẽ|vừa|đang|lần|khóa|kỳ|phiên|was|were|held|will|is|has)\s/u,
        )
        draft.commission = (stop < 0 ? name : name.slice(0, stop)).trim()
      } else draft.doubts.push("the commission is not named in the sentence")
      const chairs = coChairsOf(p)
      if (chairs !== undefined) {
        draft.people = chairs.people.map(refOf)
        if (!draft.quote.includes(chairs.quote))
          draft.more = [...(draft.more ?? []), { quote: chairs.quote, paragraph: p.number }]
      }
      draft.relation = ctx.relationOf(ctx.subject, ctx.partner)
      out.push(draft)
    }

    // --- agreements
    const agreementMatches =
      lang === "vi"
        ? regexAll(AGREEMENT_VI, uText, unit.start).map((t) => {
            const rest = p.text.slice(t.start, unit.end)
            const stop = rest.search(AGREEMENT_VI_END)
            const end = t.start + (stop < 0 ? rest.length : stop)
            return { start: t.start, end }
          })
        : regexAll(AGREEMENT_EN, uText, unit.start).map((t) => ({
            start: t.start,
            end: t.start + (t.m[1] ?? t.m[0]).length,
          }))
    for (const span of agreementMatches) {
      let title = p.text.slice(span.start, span.end).trim()
      title = title.replace(/^(?:the|a|an)\s+/iu, "")
      const words = title.split(/\s+/u)
      if (words.length < 2 && !/MoU|MOU/u.test(title)) continue
      if (words.length > 20) title = words.slice(0, 20).join(" ")
      if (
        lang === "en" &&
        !/[A-Z]/u.test(title) &&
        !/\b(?:signed|signing|inked|exchanged|exchange of)\b/iu.test(uText)
      )
        continue
      const signed = /(?<![\p{L}])ký(?![\p{L}])|ký kết|\bsigned\b|\bsigning\b|\binked\b/u.test(
        uText,
      )
      const effectiveAt =
        /(?:có hiệu lực|took effect|entered into force|came into force|came into effect|effective)(?:\s+(?:từ|from|since|on|in))?\s*(?:ngày\s*|năm\s*)?/u.exec(
          p.text.slice(span.end, unit.end),
        )
      const effDate =
        effectiveAt === null
          ? undefined
          : uDates.find(
              (d) =>
                d.start >= span.end + effectiveAt.index &&
                d.start - (span.end + effectiveAt.index + effectiveAt[0].length) <= 6,
            )
      const kys = regexAll(
        /(?<![\p{L}])ký(?![\p{L}])|\bsigned\b|\bsigning\b|\binked\b/u,
        uText,
        unit.start,
      )
      const signedDate = uDates.find(
        (d) =>
          d !== effDate &&
          !d.partOfYear &&
          !/(?:hiệu lực|effect|force|effective)[^.;()]{0,12}$/u.test(
            p.text.slice(Math.max(unit.start, d.start - 30), d.start),
          ) &&
          kys.some((k) => d.start > k.end && d.start - k.end <= 90 && k.start >= span.start - 60),
      )
      // "In 2019, the two sides signed …", "Ngày 3/4, hai bên đã ký …": a date heading the clause.
      const headDate =
        signedDate ??
        (signed && effDate === undefined
          ? uDates.find(
              (x) =>
                !x.partOfYear &&
                x.start - unit.start <= 15 &&
                kys.some((k) => k.start > x.end && k.start <= span.start),
            )
          : undefined)
      const d = headDate ?? effDate
      const confidence =
        0.6 + (headDate || effDate ? 0.2 : 0) + (/\p{Lu}/u.test(title[0] ?? "") ? 0.05 : 0)
      const draft = base("agreement", p, unit, [span, headDate, effDate], confidence, headDate)
      if (headDate === undefined) delete draft.date
      draft.title = title
      draft.agreementKind = agreementKindOf(title)
      draft.scope = /Liên minh|Union|ASEAN|EAEU|EU\b|đa phương|multilateral/u.test(title)
        ? "multilateral"
        : "bilateral"
      if (headDate?.date) draft.signed = isoOf(headDate.date)
      if (effDate?.date) draft.effective = isoOf(effDate.date)
      if (effDate?.doubt) draft.doubts.push(effDate.doubt)
      if (signed && headDate === undefined)
        draft.doubts.push("signed, but the text gives no signing date")
      draft.relation = ctx.relationOf(ctx.subject, ctx.partner)
      if (d === undefined && !signed) draft.confidence = 0.55
      out.push(draft)
    }

    // --- claims
    for (const claim of CLAIMS) {
      for (const t of regexAll(claim.re, uText, unit.start)) {
        if (claim.kind === "first" && !/thăm|visit|chuyến|trip/iu.test(uText)) continue
        // A rate or multiple is quoted with the figure it qualifies, when one precedes it.
        const figure =
          claim.kind === "growth" || claim.kind === "multiple"
            ? [...p.quantities].reverse().find((q) => q.end <= t.start && q.start >= unit.start)
            : undefined
        const draft = base("claim", p, unit, [figure, t], claim.kind === "increase" ? 0.5 : 0.7)
        draft.claimKind = claim.kind
        draft.wording = t.m[0].trim()
        Object.assign(draft, claim.read(t.m))
        draft.relation = ctx.relationOf(ctx.subject, ctx.partner)
        out.push(draft)
        break
      }
    }
  }

  // --- observations (read by sentence: an indicator word may sit a few clauses before its figure)
  const usedDates = new Set<DateMention>()
  let lastTrade: { date: DateMention; sentence: Span } | undefined
  for (const q of p.quantities) {
    const unit = p.units.find((u) => within(q, u))
    if (unit === undefined) continue
    const lead = p.text.slice(unit.sentence.start, q.start)
    if (FUTURE[ctx.lang].test(lead) || TARGET[ctx.lang].test(lead)) continue
    const sentence = unit.sentence
    const sText = p.text.slice(sentence.start, q.start)
    const unitFor: Record<string, string> = {
      visitors: "tourist-arrivals",
      flights: "flights",
      projects: "fdi-projects",
      enterprises: "investment-enterprises",
      families: "diaspora",
    }
    let indicator = unitFor[q.quantity.unit] as Proposal["indicator"]
    let keyword: Span | undefined
    const candidates = INDICATOR_WORDS.flatMap(([re, kind]) =>
      regexAll(re, sText, sentence.start).map((m) => ({ ...m, kind })),
    ).sort((a, b) => b.end - a.end)
    if (q.quantity.unit === "USD") {
      const usd = candidates.find((c) =>
        ["trade", "exports", "imports", "fdi-capital"].includes(c.kind),
      )
      indicator = usd?.kind as Proposal["indicator"]
      keyword = usd
    } else if (q.quantity.unit === "people") {
      const after = p.text.slice(q.end, q.end + 30)
      const people =
        /^\s*(?:Việt|Vietnamese)/u.test(after) ||
        /Vietnamese|người Việt/u.test(q.text) ||
        candidates.some((c) => c.kind === "diaspora")
      indicator = people ? "diaspora" : undefined
      keyword = people ? { start: q.start, end: Math.min(unit.end, q.end + 12) } : undefined
    } else if (indicator !== undefined) {
      keyword = candidates.find((c) => c.kind === indicator)
      if (
        indicator === "fdi-projects" &&
        !/đầu tư|FDI|invest/iu.test(p.text.slice(sentence.start, sentence.end))
      )
        continue
    }
    if (indicator === undefined) continue
    const kwInUnit = keyword !== undefined && keyword.start >= unit.start ? keyword : undefined
    // The date that goes with the figure: right after it ("4,5 triệu USD năm 2022"), else before.
    const afterDate = p.dates.find(
      (d) =>
        d.start >= q.end &&
        d.start - q.end <= 14 &&
        /^[\s(,]*(?:trong|vào|in|during|of|for|by)?\s*[(]?$/u.test(p.text.slice(q.end, d.start)),
    )
    const beforeDate = [...p.dates]
      .reverse()
      .find(
        (d) =>
          d.end <= q.start &&
          d.start >= sentence.start &&
          !usedDates.has(d) &&
          !p.quantities.some(
            (o) =>
              o !== q &&
              o.start > d.end &&
              o.end < q.start &&
              p.dates.some((x) => x.start >= o.end && x.start - o.end <= 14),
          ),
      )
    const sentenceText = p.text.slice(sentence.start, sentence.end)
    // "… trade reached $410mln in January-April. Exports stood at $96mln.": a trade figure with no
    // date of its own, right after a dated one, shares its period.
    const TRADE = ["trade", "exports", "imports"]
    const previous = lastTrade
    const inherited =
      afterDate === undefined &&
      beforeDate === undefined &&
      TRADE.includes(indicator) &&
      previous !== undefined &&
      previous.sentence.end <= sentence.start &&
      !/hiện|currently|now|to date/iu.test(sentenceText)
        ? previous.date
        : undefined
    const d = afterDate ?? beforeDate ?? inherited
    if (afterDate) usedDates.add(afterDate)
    const asOf =
      d !== undefined &&
      /(?:tính đến|lũy kế|as of|as at|by the end of)\s*(?:ngày\s*|hết\s*)?$/iu.test(
        p.text.slice(Math.max(sentence.start, d.start - 20), d.start),
      )
    const draft = base(
      "observation",
      p,
      unit,
      [kwInUnit, q, d !== undefined && within(d, unit) ? d : undefined],
      0.5 + (kwInUnit ? 0.2 : 0) + (d?.date ? 0.15 : 0) - (inherited ? 0.1 : 0),
      d,
    )
    if (inherited !== undefined)
      draft.doubts.push(`dated by the figure before it ("${inherited.text}")`)
    if (d !== undefined && d !== inherited && TRADE.includes(indicator))
      lastTrade = { date: d, sentence }
    draft.indicator = indicator
    draft.value = q.quantity.value
    if (q.quantity.max !== undefined) draft.max = q.quantity.max
    draft.unit = q.quantity.unit
    if (q.quantity.per !== undefined) draft.per = q.quantity.per
    draft.qualifier = q.quantity.qualifier
    draft.reported = q.text
    draft.period =
      d === undefined
        ? "undated"
        : asOf
          ? "as-of"
          : d.partOfYear
            ? "part-of-year"
            : d.date?._tag === "Range" && q.quantity.per === "year"
              ? "average"
              : "year"
    if (draft.period === "part-of-year" && d?.part !== undefined) draft.part = d.part
    if (d === undefined && !/hiện|currently|now|to date/iu.test(sentenceText))
      draft.doubts.push("no date for this figure in its sentence")
    // Direction: arrivals and investment go from one country to another.
    // "X có 6 dự án tại Việt Nam …, trong khi Việt Nam có …": read the direction in q's part.
    const parts = regexAll(
      /,?\s(?:trong khi|còn|while|whereas)\s/u,
      p.text.slice(sentence.start, sentence.end),
      sentence.start,
    )
    const part = {
      start: Math.max(sentence.start, ...parts.filter((x) => x.end <= q.start).map((x) => x.end)),
      end: Math.min(sentence.end, ...parts.filter((x) => x.start >= q.end).map((x) => x.start)),
    }
    const sCountries = countriesIn(p, part)
    if (
      [
        "tourist-arrivals",
        "fdi-projects",
        "fdi-capital",
        "investment-enterprises",
        "diaspora",
        "exports",
        "imports",
      ].includes(indicator)
    ) {
      const marked = (c: CountryMention) =>
        /(?:đến|tới|sang|tại|vào|ở|to|in|into|visited|visiting)\s+(?:the\s+)?$/u.test(
          p.text.slice(Math.max(sentence.start, c.start - 8), c.start),
        )
      const toMark =
        sCountries.find((c) => c.start >= q.end && marked(c)) ??
        [...sCountries].reverse().find((c) => c.end <= q.start && marked(c))
      let from =
        sCountries.find((c) => within(c, q) && c.code !== toMark?.code)?.code ??
        [...sCountries].reverse().find((c) => c.end <= q.start && c.code !== toMark?.code)?.code ??
        sCountries.find((c) => c.code !== toMark?.code)?.code
      if (indicator === "diaspora" && /người Việt|Vietnamese/u.test(sentenceText)) from = "VN"
      let to = toMark?.code
      if (
        to === undefined &&
        from !== undefined &&
        /vào tỉnh|vào thành phố|province|city/u.test(sentenceText)
      )
        to = otherSide(ctx, from)
      if (from !== undefined && to !== undefined && from !== to) {
        draft.from = from
        draft.to = to
      } else if (indicator !== "exports" && indicator !== "imports")
        draft.doubts.push("the direction (from which country to which) is not clear")
    }
    const pair =
      draft.from !== undefined
        ? [draft.from, draft.to]
        : [ctx.subject, sCountries.map((c) => c.code).find((c) => c !== ctx.subject) ?? ctx.partner]
    draft.relation = ctx.relationOf(pair[0], pair[1])
    out.push(draft)
  }
  return out
}

const visitFields = (
  leader: PersonMention,
  guest: string | undefined,
  host: string | undefined,
  visitType: Proposal["visitType"],
  ctx: Ctx,
): Partial<Draft> => ({
  people: [refOf(leader)],
  ...(leader.office !== undefined ? { office: leader.office } : {}),
  ...(leader.level !== undefined ? { level: leader.level } : {}),
  ...(visitType !== undefined ? { visitType } : {}),
  ...(guest !== undefined ? { guest } : {}),
  ...(host !== undefined ? { host } : {}),
  relation: ctx.relationOf(guest, host),
})

const keyOf = (d: Draft): string => {
  switch (d.kind) {
    case "visit":
      return `visit|${d.guest}|${d.host}|${foldText(d.people?.[0]?.id ?? d.people?.[0]?.name ?? "")}`
    case "agreement":
      return `agreement|${foldText(d.title ?? "")}`
    case "observation":
      return `observation|${d.relation}|${d.indicator}|${d.date ?? ""}|${d.value}|${d.from ?? ""}`
    case "establishment":
      return `establishment|${d.relation}`
    case "embassy":
    case "ambassador":
      return `${d.kind}|${d.sender}|${d.seat}|${d.accreditedTo}|${d.name ?? ""}`
    case "framework":
      return `framework|${d.relation}|${foldText(d.name ?? "")}`
    case "claim":
      return `claim|${foldText(d.wording ?? "")}|${d.paragraph}`
    default:
      return d.kind
  }
}

const samePeople = (a: Draft, b: Draft) => {
  const names = (d: Draft) => (d.people ?? []).map((x) => x.id ?? foldText(x.name))
  const [x, y] = [names(a), names(b)]
  // Unnamed people ("hai Ngoại trưởng") are the same only at the same level, on a day both name
  // or in one paragraph.
  if (x.length === 0 || y.length === 0)
    return (
      (a.level === undefined || b.level === undefined || a.level === b.level) &&
      ((a.dateValue !== undefined && b.dateValue !== undefined) || a.paragraph === b.paragraph)
    )
  return x.some((n) => y.includes(n))
}

/** Merges proposals that state the same fact: the most precise date wins, quotes are kept. */
const mergeDrafts = (drafts: ReadonlyArray<Draft>): Draft[] => {
  const out: Draft[] = []
  for (const d of drafts) {
    const exchange = ["talks", "consultation", "phone-call", "session"].includes(d.kind)
    const twin = out.find((o) =>
      exchange
        ? o.kind === d.kind &&
          samePeople(o, d) &&
          compatible(o.dateValue, [d.dateValue]) &&
          (o.dateValue !== undefined || d.dateValue !== undefined || o.paragraph === d.paragraph)
        : keyOf(o) === keyOf(d) &&
          compatible(o.dateValue, [d.dateValue]) &&
          (d.kind !== "establishment" || o.date === d.date),
    )
    if (twin === undefined) {
      out.push({ ...d, doubts: [...d.doubts] })
      continue
    }
    const more = [...(twin.more ?? []), { quote: d.quote, paragraph: d.paragraph }]
    const preferNew = widthOf(d.dateValue) < widthOf(twin.dateValue)
    if (preferNew) {
      const keep = { quote: twin.quote, paragraph: twin.paragraph }
      Object.assign(twin, {
        ...d,
        people: mergePeople(d.people, twin.people),
        doubts: [...d.doubts],
      })
      twin.more = [keep, ...more.filter((m) => m.quote !== d.quote)]
    } else {
      twin.more = more
      twin.people = mergePeople(twin.people, d.people)
    }
    twin.visitType ??= d.visitType
    twin.signed ??= d.signed
    twin.effective ??= d.effective
    twin.host ??= d.host
    twin.confidence = Math.min(0.95, Math.max(twin.confidence, d.confidence) + 0.05)
    if (twin.more?.length === 0) delete twin.more
  }
  return out
}

const mergePeople = (a?: ReadonlyArray<PersonRef>, b?: ReadonlyArray<PersonRef>) => {
  const all = [...(a ?? []), ...(b ?? [])]
  return all.filter(
    (p, i) => all.findIndex((x) => (x.id ?? foldText(x.name)) === (p.id ?? foldText(p.name))) === i,
  )
}

/** A proposed person id: the name folded to kebab-case. */
export const personIdOf = (name: string): string => foldText(name).replace(/\s+/gu, "-")

/** One proposal per person named: matched ones say so, new ones are proposed with their office. */
const peopleProposals = (paragraphs: ReadonlyArray<Paragraph>, ctx: Ctx): Draft[] => {
  const seen = new Map<string, Draft>()
  for (const p of paragraphs) {
    for (const m of p.people) {
      const key = m.person?.id ?? personIdOf(m.name)
      const existing = seen.get(key)
      if (existing !== undefined) {
        if (existing.office === undefined && m.office !== undefined) existing.office = m.office
        continue
      }
      const unit = p.units.find((u) => within(m, u)) ?? {
        start: 0,
        end: p.text.length,
        text: p.text,
        sentence: { start: 0, end: p.text.length },
      }
      const draft = base(
        "person",
        p,
        unit,
        [m.officeSpan, m],
        m.person ? 0.95 : m.country ? 0.6 : 0.4,
      )
      draft.name = m.name
      draft.id = key
      draft.known = m.person !== undefined
      if (m.office !== undefined) draft.office = m.office
      if (m.level !== undefined) draft.level = m.level
      const country =
        m.country ?? (m.person === undefined ? undefined : (m.person as Person).country)
      if (country !== undefined) draft.country = country
      else
        draft.doubts.push(
          `${m.name}'s country is not stated; ${ctx.partner ?? "the partner"} is likely`,
        )
      seen.set(key, draft)
    }
  }
  return [...seen.values()]
}
