/**
 * What the extractor proposes: one entry per fact it read, with the verbatim quote that states
 * it, the paragraph it is in and a confidence. The JSON output of `bilateral extract --json` is
 * `ExtractResult` as is; `EXTRACT_FORMAT_VERSION` versions that shape.
 *
 * @since 0.1.0
 */
import type {
  IndicatorKind,
  Level,
  ObservationPeriod as PartOfYear,
  Qualifier,
  RatePeriod,
  VisitType,
} from "@bilateral/domain"

/**
 * The version of the JSON shape (`formatVersion`). A new optional field bumps the minor version; a
 * removed or renamed field, or a changed meaning, bumps the major one.
 */
export const EXTRACT_FORMAT_VERSION = "1.1.0"

/** The kinds of proposal, in the order a draft lists them. */
export const PROPOSAL_KINDS = [
  "establishment",
  "embassy",
  "ambassador",
  "framework",
  "visit",
  "talks",
  "consultation",
  "phone-call",
  "session",
  "agreement",
  "observation",
  "claim",
  "person",
] as const

/** One kind of proposal. */
export type ProposalKind = (typeof PROPOSAL_KINDS)[number]

/** A person as the article names them, matched to the dataset when possible. */
export interface PersonRef {
  /** The name as written. */
  readonly name: string
  /** The dataset's person id, when the name matches one; absent for someone new. */
  readonly id?: string
  readonly office?: string
  readonly level?: Level
  /** ISO 3166-1 alpha-2 code of the person's country. */
  readonly country?: string
}

/** Another place in the article that states the same fact. */
export interface Mention {
  readonly quote: string
  readonly paragraph: number
}

/** How an observation's date is to be read. */
export type ObservationPeriod = "year" | "part-of-year" | "average" | "as-of" | "undated"

/**
 * A proposed entry. Every proposal has `kind`, `quote` (verbatim, at most 25 words), `paragraph`
 * (the article's non-empty lines counted from 1), `confidence` (0–1) and `doubts` (what a curator
 * should check); `date` is ISO 8601 as in the export when the text dates the fact. The other fields
 * belong to the kinds named beside them.
 */
export interface Proposal {
  readonly kind: ProposalKind
  readonly date?: string
  readonly quote: string
  readonly paragraph: number
  readonly confidence: number
  readonly doubts: ReadonlyArray<string>
  /** The relation the fact belongs to (an existing id, or the id a new relation would get). */
  readonly relation?: string
  /** Further quotes stating the same fact. */
  readonly more?: ReadonlyArray<Mention>
  /**
   * Exchanges (visit, talks, consultation, phone-call): the people, leader first for a visit;
   * session: its co-chairs, when the text names them (since 1.1.0).
   */
  readonly people?: ReadonlyArray<PersonRef>
  /** visit, talks, consultation, phone-call, session: the leader's office and the level. */
  readonly office?: string
  readonly level?: Level
  /** visit */
  readonly visitType?: VisitType
  /** visit (and exchanges when the text says): ISO codes of the guest and host countries. */
  readonly guest?: string
  readonly host?: string
  /** agreement: its title as written; kind; signed and effective dates (ISO). */
  readonly title?: string
  readonly agreementKind?:
    | "agreement"
    | "free-trade-agreement"
    | "protocol"
    | "memorandum"
    | "treaty"
  readonly signed?: string
  readonly effective?: string
  readonly scope?: "bilateral" | "multilateral"
  /** session: the commission and the session's ordinal. */
  readonly commission?: string
  readonly session?: number
  /** observation */
  readonly indicator?: IndicatorKind
  readonly value?: number
  readonly max?: number
  readonly unit?: string
  readonly per?: RatePeriod
  readonly qualifier?: Qualifier
  readonly reported?: string
  readonly period?: ObservationPeriod
  /**
   * observation with `period: "part-of-year"`: which part, as the dataset writes it
   * (`{ _tag: "Half", half: 1 }` for "6 tháng đầu năm", `{ _tag: "Quarter", quarter: 1 }` for
   * "quý I"). Since 1.1.0.
   */
  readonly part?: PartOfYear
  /** observation (direction), embassy/ambassador (sender and seat). */
  readonly from?: string
  readonly to?: string
  /** claim: the words that make it; a rate as a fraction or a multiple when stated. */
  readonly wording?: string
  readonly rate?: number
  readonly multiple?: number
  readonly claimKind?: "growth" | "multiple" | "increase" | "first" | "anniversary"
  /** establishment: the two countries; embassy and ambassador: who sends, where, to whom. */
  readonly countries?: readonly [string, string]
  readonly sender?: string
  readonly seat?: string
  readonly accreditedTo?: string
  /** ambassador, person, framework: the name as written. */
  readonly name?: string
  /** person: the dataset's id when matched, else a proposed id. */
  readonly id?: string
  readonly known?: boolean
  readonly country?: string
}

/** The article as the extractor read it. */
export interface ArticleInfo {
  readonly language: "vi" | "en"
  /** The publication date (ISO), from --published or a date line; null when unknown. */
  readonly published: string | null
  readonly paragraphs: number
}

/** `bilateral extract --json`: the article and every proposal. */
export interface ExtractResult {
  readonly formatVersion: string
  readonly article: ArticleInfo
  /** The relation the article is mostly about (from --relation, else inferred). */
  readonly relation: string | null
  readonly proposals: ReadonlyArray<Proposal>
}
