/**
 * People named in a paragraph: the dataset's people (by name or alias, with or without
 * diacritics, or by a surname after an office), and unknown people read from an office title
 * followed by a capitalised name ("Thứ trưởng Ngoại giao Kazakhstan A. Bakayev", "Kazakh
 * President Kassym-Jomart Tokayev"), each with the office and country the text gives.
 *
 * @since 0.1.0
 */
import { foldText, type Level, type Person } from "@bilateral/domain"
import { type CountryMention, OFFICE_CONTINUATIONS, OFFICES, VIETNAMESE_SURNAMES } from "./Lexicon"
import { type Span, wordsOf } from "./Text"

/** A person named in a paragraph. */
export interface PersonMention extends Span {
  /** The name as written. */
  readonly name: string
  /** The dataset's person, when the name matches one. */
  readonly person?: Person
  /** The office as written just before (or after) the name. */
  readonly office?: string
  readonly officeSpan?: Span
  readonly level?: Level
  /** ISO code of the person's country, when the dataset or the text says it. */
  readonly country?: string
}

interface Token extends Span {
  readonly fold: string
  readonly text: string
}

const COUNTERPART = /^(?:counterpart|người đồng cấp)$/u

const tokensOf = (paragraph: string): Token[] =>
  wordsOf(paragraph).flatMap((w) => {
    const folded = foldText(w.text)
    return folded === "" ? [] : [{ ...w, fold: folded }]
  })

const isCapitalised = (text: string) => /^\p{Lu}/u.test(text)
const VIETNAMESE_LETTERS = /[ăâêôơưđĂÂÊÔƠƯĐàáạảãèéẹẻẽìíịỉĩòóọỏõùúụủũỳýỵỷỹ]/u

/** The people of the dataset, indexed by their folded names and aliases. */
export interface PeopleIndex {
  readonly people: ReadonlyArray<{ person: Person; names: ReadonlyArray<ReadonlyArray<string>> }>
}

/** Indexes the dataset's people for matching. */
export const peopleIndex = (people: ReadonlyArray<Person>): PeopleIndex => ({
  people: people.map((person) => ({
    person,
    names: [person.name, ...person.aliases].map((n) => foldText(n).split(" ")),
  })),
})

/** The dataset's person whose name holds `folded` as consecutive words, when only one does. */
export const matchPerson = (index: PeopleIndex, name: string): Person | undefined => {
  const folded = foldText(name.replace(/^(?:ông|bà|Mr|Ms|Mrs|Dr)\.?\s+/u, "")).split(" ")
  if (folded.length === 0 || folded[0] === "") return undefined
  const exact = index.people.filter((p) => p.names.some((n) => n.join(" ") === folded.join(" ")))
  if (exact.length === 1) return exact[0]?.person
  if (folded.join("").length < 4) return undefined
  const partial = index.people.filter((p) =>
    p.names.some((n) => {
      for (let i = 0; i + folded.length <= n.length; i++) {
        if (folded.every((f, j) => n[i + j] === f)) return true
      }
      return false
    }),
  )
  return partial.length === 1 ? partial[0]?.person : undefined
}

const officeAt = (paragraph: string, at: number) => {
  const rest = paragraph.slice(at)
  for (const office of OFFICES) {
    if (rest.length < office.words.length) continue
    const head = rest.slice(0, office.words.length)
    const exact = head === office.words
    const loose = head.toLowerCase() === office.words.toLowerCase() && /\p{Ll}/u.test(head[0] ?? "")
    if (!exact && !loose) continue
    if (/[\p{L}\p{M}]/u.test(rest[office.words.length] ?? "")) continue
    return office
  }
  return undefined
}

/**
 * Every person named in a paragraph, in text order.
 * @example
 * findPeople("Thủ tướng Cộng hòa Kyrgyzstan Adylbek Kasimalyev thăm Việt Nam.", index, countries)
 * // [{ name: "Adylbek Kasimalyev", office: "Thủ tướng Cộng hòa Kyrgyzstan", level: "government", country: "KG" }]
 */
export const findPeople = (
  paragraph: string,
  index: PeopleIndex,
  countries: ReadonlyArray<CountryMention>,
): ReadonlyArray<PersonMention> => {
  const tokens = tokensOf(paragraph)
  const found: PersonMention[] = []
  const countryAt = (t: Token) => countries.find((c) => t.start >= c.start && t.end <= c.end)
  const taken = (s: Span) => found.some((f) => s.start < f.end && s.end > f.start)

  // 1. Office titles and the names after them.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token
    const office = officeAt(paragraph, token.start)
    if (office === undefined) continue
    if (i > 0 && officeAt(paragraph, (tokens[i - 1] as Token).start) !== undefined) continue
    const officeWords = wordsOf(office.words).length
    let j = i + officeWords
    let country: string | undefined
    // An adjective or name of a country just before the title: "Kazakh President".
    const before = tokens[i - 1]
    if (before !== undefined && /^\s+$/u.test(paragraph.slice(before.end, token.start)))
      country = countryAt(before)?.code
    // The rest of the title.
    while (j < tokens.length) {
      const t = tokens[j] as Token
      const gap = paragraph.slice((tokens[j - 1] as Token).end, t.start)
      if (!/^(?:\s+|,\s+)$/u.test(gap)) break
      const c = countryAt(t)
      if (c !== undefined) {
        // After "tại"/"to" the country is the seat, not the holder's.
        const seatWord = /(?:tại|ở|to|in|nhiệm)\s+$/u.test(
          paragraph.slice(Math.max(0, t.start - 6), t.start),
        )
        if (!(seatWord && office.level === "other" && country !== undefined)) country = c.code
        while (j < tokens.length && (tokens[j] as Token).end <= c.end) j++
        continue
      }
      // "Đại sứ Việt Nam tại Kazakhstan (kiêm nhiệm Kyrgyzstan)", "Ambassador to Vietnam": a
      // seat continues the title.
      const next = tokens[j + 1]
      if (
        t.text === "kiêm" &&
        office.level === "other" &&
        tokens[j + 1]?.text === "nhiệm" &&
        tokens[j + 2] !== undefined &&
        countryAt(tokens[j + 2] as Token) !== undefined
      ) {
        j += 2
        continue
      }
      if (
        /^(?:tại|ở|to|in)$/u.test(t.text) &&
        office.level === "other" &&
        next !== undefined &&
        countryAt(next) !== undefined
      ) {
        j++
        continue
      }
      if (gap.includes(",") && !OFFICE_CONTINUATIONS.has(t.text.toLowerCase())) break
      if (OFFICE_CONTINUATIONS.has(t.text.toLowerCase()) && !VIETNAMESE_SURNAMES.has(t.text)) {
        j++
        continue
      }
      break
    }
    let officeEnd = (tokens[j - 1] as Token).end
    // Trailing "và", "of", "the" belong to the name's side, not to the title.
    while (/\s(?:và|and|of|the)$/u.test(paragraph.slice(token.start, officeEnd))) {
      officeEnd = paragraph.lastIndexOf(" ", officeEnd - 1)
    }
    // The name: capitalised words (initials "A." allowed), after a space or ", ".
    const nameTokens: Token[] = []
    let k = j
    while (k < tokens.length && nameTokens.length < 5) {
      const t = tokens[k] as Token
      const prev = (tokens[k - 1] as Token).end
      const gap = paragraph.slice(prev, t.start)
      const allowed = nameTokens.length === 0 ? /^(?:\s+|,\s+|\.\s+)$/u : /^(?:\s+|\.\s+|\.)$/u
      if (!allowed.test(gap) || !isCapitalised(t.text)) break
      if (gap.startsWith(".") && !/^\p{Lu}$/u.test((tokens[k - 1] as Token).text)) break
      if (nameTokens.length > 0 && officeAt(paragraph, t.start) !== undefined) break
      if (countries.some((c) => c.start < t.end && c.end > t.start)) break
      nameTokens.push(t)
      k++
    }
    if (nameTokens.length === 0) continue
    const first = nameTokens[0] as Token
    const last = nameTokens[nameTokens.length - 1] as Token
    // A lone initial or a one-word name that is not a known person is too weak.
    const name = paragraph.slice(first.start, last.end)
    const person = matchPerson(index, name)
    if (person === undefined && nameTokens.length === 1 && name.length < 4) continue
    if (/^(?:Việt|Viet)$/u.test(first.text)) continue
    const span = { start: first.start, end: last.end }
    if (taken(span)) continue
    const guessed =
      person?.country ??
      country ??
      (VIETNAMESE_SURNAMES.has(first.text) || VIETNAMESE_LETTERS.test(name) ? "VN" : undefined)
    found.push({
      ...span,
      name,
      ...(person !== undefined ? { person } : {}),
      office: paragraph.slice(token.start, officeEnd),
      officeSpan: { start: token.start, end: officeEnd },
      // A counterpart's level is the other person's, which the exchange reads from them.
      ...(COUNTERPART.test(office.words) ? {} : { level: office.level }),
      ...(guessed !== undefined ? { country: guessed } : {}),
    })
    i = k - 1
  }

  // 2. The dataset's people anywhere, by full name or alias.
  for (const entry of index.people) {
    for (const name of entry.names) {
      for (let i = 0; i + name.length <= tokens.length; i++) {
        if (!name.every((w, j) => tokens[i + j]?.fold === w)) continue
        const span = {
          start: (tokens[i] as Token).start,
          end: (tokens[i + name.length - 1] as Token).end,
        }
        // "Ho Chi Minh City" is a place, not the person.
        if (taken(span) || countries.some((c) => span.start < c.end && span.end > c.start)) continue
        // "NAME, Chủ nhiệm Ủy ban …": an office after the name.
        const after = paragraph.slice(span.end)
        const appositive = /^,\s+/u.exec(after)
        const office =
          appositive === null ? undefined : officeAt(paragraph, span.end + appositive[0].length)
        let officeSpan: Span | undefined
        if (office !== undefined && appositive !== null) {
          const start = span.end + appositive[0].length
          const end = paragraph.slice(start).search(/[.;(]|,\s+\p{Ll}|\s+\p{Ll}+\s+\p{Ll}/u)
          officeSpan = { start, end: end < 0 ? paragraph.length : start + end }
        }
        found.push({
          ...span,
          name: paragraph.slice(span.start, span.end),
          person: entry.person,
          country: entry.person.country,
          ...(office !== undefined && officeSpan !== undefined
            ? {
                office: paragraph.slice(officeSpan.start, officeSpan.end).trim(),
                officeSpan,
                level: office.level,
              }
            : {}),
        })
      }
    }
  }

  // 3. "ông/bà/Mr/Ms" and a capitalised name.
  const honorific =
    /(?<![\p{L}])(?:ông|bà|Mr\.?|Ms\.?|Mrs\.?)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*\.?\s?){2,4})/gu
  for (let m = honorific.exec(paragraph); m !== null; m = honorific.exec(paragraph)) {
    const name = (m[1] ?? "").trim().replace(/[,.]$/u, "")
    const start = m.index + m[0].indexOf(m[1] ?? "")
    const span = { start, end: start + name.length }
    if (taken(span) || name.split(/\s+/u).length < 2) continue
    const person = matchPerson(index, name)
    found.push({
      ...span,
      name,
      ...(person !== undefined ? { person, country: person.country } : {}),
    })
  }
  // "his Vietnamese counterpart NAME" holds the same office as the person before.
  const sorted = found.sort((a, b) => a.start - b.start)
  return sorted.map((m, i) => {
    if (m.office === undefined || !/(?:counterpart|người đồng cấp)$/u.test(m.office)) return m
    const other = sorted
      .slice(0, i)
      .reverse()
      .find(
        (x) =>
          x.office !== undefined &&
          x.level !== undefined &&
          !/(?:counterpart|người đồng cấp)$/u.test(x.office),
      )
    if (other === undefined || (other.officeSpan?.start ?? other.start) < m.start - 200) return m
    const office: string =
      OFFICES.find((o) => other.office?.startsWith(o.words))?.words ?? other.office ?? m.office
    const same: PersonMention = { ...m, office }
    return other.level === undefined ? same : { ...same, level: other.level }
  })
}
