/**
 * The kinds of events as a list, without the schemas; `Event` re-exports it. This module builds no
 * `Schema`, so code that only needs the list (a command-line parser, a filter) stays small.
 *
 * @since 0.1.0
 */
import type { EventKind } from "./Event"

/**
 * Every event kind, in display order. Use it to build filters.
 * @example
 * EVENT_KINDS.map((k) => eventKindLabel(k, "vi"))
 * @since 0.1.0
 * @category constants
 */
export const EVENT_KINDS: ReadonlyArray<EventKind> = [
  "Visit",
  "PoliticalConsultation",
  "PhoneCall",
  "Meeting",
  "CommissionSession",
]
