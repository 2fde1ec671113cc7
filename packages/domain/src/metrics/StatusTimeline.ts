/**
 * The status of a relation over time: recognitions, establishment, embassies opening and closing,
 * ambassadors' terms, frameworks (partnership levels) and commissions' levels, as one list of dated
 * changes in order. Clients show it as the relation's status timeline.
 *
 * @since 0.3.0
 */
import type { Bilingual } from "../format/Format"
import { label } from "../format/Labels"
import { compareDates } from "../model/Calendar"
import type { Event, Level } from "../model/Event"
import { localize } from "../model/Localize"
import type { Provenances } from "../model/Provenance"
import type { Relation } from "../model/Relation"
import type { ReportedDate } from "../model/ReportedDate"

/**
 * What changed: `recognition`, `established`, `embassy-opened`, `embassy-closed`,
 * `ambassador-from`, `ambassador-to`, `framework-from`, `framework-to`, `commission-level`,
 * `commission-session`.
 * @example
 * const isEmbassy = (k: StatusChangeKind) => k.startsWith("embassy")
 * @since 0.3.0
 * @category models
 */
export type StatusChangeKind =
  | "recognition"
  | "established"
  | "embassy-opened"
  | "embassy-closed"
  | "ambassador-from"
  | "ambassador-to"
  | "framework-from"
  | "framework-to"
  | "commission-level"
  | "commission-session"

/**
 * One change of a relation's status: when (absent when the source gives no date; such changes
 * come last, in file order), what, a label in both languages, and where it is said.
 * @example
 * statusTimeline(relation).map((c: StatusChange) => `${c.date ? formatDate(c.date, "en") : "—"} ${c.label.en}`)
 * @since 0.3.0
 * @category models
 */
export interface StatusChange {
  readonly date?: ReportedDate
  readonly kind: StatusChangeKind
  readonly label: Bilingual
  readonly provenance: Provenances
}

/**
 * How a status timeline names countries and people; without it, codes and ids are printed.
 * Pass the dataset's lookups (for example from an index) so that labels read as names.
 * @example
 * const names: StatusNames = { country: (code) => countries.get(code)?.name, person: (id) => people.get(id)?.name }
 * @since 0.3.0
 * @category models
 */
export interface StatusNames {
  readonly country?: (code: string) => { readonly [lang: string]: string } | undefined
  readonly person?: (id: string) => string | undefined
}

const levelWords = (level: Level): Bilingual => ({
  vi: `cấp ${label("level", level, "vi")}`,
  en: `${label("level", level, "en")} level`,
})

/**
 * Every dated change of a relation's status, earliest first, undated ones last; with `events`,
 * the relation's commission sessions too. Use it for the relation's status timeline.
 * @example
 * statusTimeline(vnKz, events).map((c) => c.kind)
 * // ["established", "commission-level", "commission-level", "commission-session", ...]
 * @since 0.3.0
 * @category metrics
 */
export const statusTimeline = (
  relation: Relation,
  events: ReadonlyArray<Event> = [],
  names: StatusNames = {},
): ReadonlyArray<StatusChange> => {
  const out: Array<StatusChange> = []
  const country = (code: string, lang: "vi" | "en") => {
    const name = names.country?.(code)
    return name === undefined ? code : localize(name, lang)
  }
  const push = (
    date: ReportedDate | undefined,
    kind: StatusChangeKind,
    label: Bilingual,
    provenance: Provenances,
  ) => out.push({ ...(date !== undefined ? { date } : {}), kind, label, provenance })
  for (const r of relation.recognitions) {
    push(
      r.date,
      "recognition",
      {
        vi: `${country(r.by, "vi")} công nhận ${country(r.of, "vi")}`,
        en: `${country(r.by, "en")} recognises ${country(r.of, "en")}`,
      },
      r.provenance,
    )
  }
  if (relation.established !== undefined) {
    push(
      relation.established.date,
      "established",
      { vi: "Thiết lập quan hệ ngoại giao", en: "Diplomatic relations established" },
      relation.established.provenance,
    )
  }
  for (const e of relation.embassies) {
    const where = {
      vi: `Đại sứ quán ${country(e.sender, "vi")} tại ${country(e.seat, "vi")}${e.seat !== e.accreditedTo ? ` (kiêm nhiệm ${country(e.accreditedTo, "vi")})` : ""}`,
      en: `Embassy of ${country(e.sender, "en")} in ${country(e.seat, "en")}${e.seat !== e.accreditedTo ? ` (accredited to ${country(e.accreditedTo, "en")})` : ""}`,
    }
    if (e.opened !== undefined) {
      push(
        e.opened,
        "embassy-opened",
        { vi: `${where.vi} mở`, en: `${where.en} opens` },
        e.provenance,
      )
    }
    if (e.closed !== undefined) {
      push(
        e.closed,
        "embassy-closed",
        { vi: `${where.vi} đóng`, en: `${where.en} closes` },
        e.provenance,
      )
    }
  }
  for (const a of relation.ambassadors ?? []) {
    const who = a.name ?? (a.person === undefined ? "" : (names.person?.(a.person) ?? a.person))
    const post = {
      vi: `Đại sứ ${country(a.sender, "vi")} tại ${country(a.accreditedTo, "vi")}`,
      en: `${country(a.sender, "en")} ambassador to ${country(a.accreditedTo, "en")}`,
    }
    push(
      a.from,
      "ambassador-from",
      { vi: `${who} nhận nhiệm vụ ${post.vi}`, en: `${who} takes up post as ${post.en}` },
      a.provenance,
    )
    if (a.to !== undefined) {
      push(
        a.to,
        "ambassador-to",
        { vi: `${who} kết thúc nhiệm kỳ ${post.vi}`, en: `${who} ends term as ${post.en}` },
        a.provenance,
      )
    }
  }
  for (const f of relation.frameworks) {
    push(
      f.since,
      "framework-from",
      { vi: localize(f.name, "vi"), en: localize(f.name, "en") },
      f.provenance,
    )
    if (f.until !== undefined) {
      push(
        f.until,
        "framework-to",
        { vi: `Kết thúc: ${localize(f.name, "vi")}`, en: `Ends: ${localize(f.name, "en")}` },
        f.provenance,
      )
    }
  }
  for (const c of relation.commissions ?? []) {
    for (const l of c.levels ?? []) {
      const level = levelWords(l.level)
      push(
        l.since,
        "commission-level",
        {
          vi: `${localize(c.name, "vi")}: ${level.vi}`,
          en: `${localize(c.name, "en")}: ${level.en}`,
        },
        l.provenance,
      )
    }
  }
  for (const e of events) {
    if (e._tag !== "CommissionSession" || e.relation !== relation.id) continue
    const ordinal = e.session === undefined ? "" : ` ${e.session}`
    push(
      e.date,
      "commission-session",
      {
        vi: `Khóa họp${ordinal === "" ? "" : ` lần thứ${ordinal}`} ${localize(e.commission, "vi")}`,
        en: `Session${ordinal} of the ${localize(e.commission, "en")}`,
      },
      e.provenance,
    )
  }
  const dated = out.filter((c) => c.date !== undefined)
  const undated = out.filter((c) => c.date === undefined)
  dated.sort((a, b) => compareDates(a.date as ReportedDate, b.date as ReportedDate))
  return [...dated, ...undated]
}
