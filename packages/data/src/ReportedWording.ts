/**
 * Checks of what reporting says, run with the cross-file checks: every quantity's `reported`
 * wording is read with the domain's Vietnamese and English quantity parser and must agree with its
 * value, unit, qualifier, range and period (`reportedMismatch`); a range of dates on the annual
 * basis must say what it is (a yearly average, or a part of a year); the references the newer
 * fields make resolve: co-chairs and ambassadors to people, a session's `commissionId` to a
 * commission of its relation, a reporter's organisation, a `Change` claim's series, and a part of
 * the year claimed to observations of that part.
 *
 * @since 0.3.0
 */
import {
  type Dataset,
  type Participant,
  partKey,
  type Quantity,
  reportedMismatch,
} from "@bilateral/domain"
import type { Entries } from "./CrossChecks"
import type { NodePath, ParsedFile } from "./DatasetFile"

/** Reports one problem at a path of a file. @since 0.3.0 @category models */
export type ReportProblem = (file: ParsedFile, path: NodePath, message: string) => void

const isQuantity = (value: unknown): value is Quantity => {
  if (typeof value !== "object" || value === null) return false
  const v = value as Record<string, unknown>
  return typeof v.value === "number" && typeof v.unit === "string" && "qualifier" in v
}

/** Every quantity with a `reported` wording inside a value, with its path. */
const quantitiesIn = (
  value: unknown,
  path: NodePath = [],
): Array<{ readonly quantity: Quantity; readonly path: NodePath }> => {
  if (Array.isArray(value)) return value.flatMap((item, i) => quantitiesIn(item, [...path, i]))
  if (typeof value !== "object" || value === null) return []
  if (isQuantity(value)) return value.reported === undefined ? [] : [{ quantity: value, path }]
  return Object.entries(value).flatMap(([key, child]) =>
    key === "provenance" ? [] : quantitiesIn(child, [...path, key]),
  )
}

/**
 * Reads every `reported` wording of every entry and reports each that disagrees with its
 * quantity, at the wording's `file:line:col`.
 * @example
 * checkReportedWording(entries, report) // "13,5 triệu USD" with value 1350000 is reported
 * @since 0.3.0
 * @category checks
 */
export const checkReportedWording = (entries: Entries, report: ReportProblem): void => {
  for (const list of Object.values(entries)) {
    for (const entry of list as Entries["indicators"] | Entries["projects"]) {
      for (const { quantity, path } of quantitiesIn(entry.value)) {
        const mismatch = reportedMismatch(quantity)
        if (mismatch !== undefined) {
          report(
            entry.file,
            [...entry.path, ...path, "reported"],
            `${mismatch}: expected the wording and the value to state the same figure`,
          )
        }
      }
    }
  }
}

const ids = (list: ReadonlyArray<{ readonly value: unknown }>, key = "id") =>
  new Set(
    list
      .map((e) => (e.value as Record<string, unknown>)[key])
      .filter((x) => typeof x === "string") as string[],
  )

const unknown = (what: string, id: string, known: ReadonlySet<string>, where: string) => {
  const list = [...known].sort()
  return `unknown ${what} "${id}": expected ${list.length > 0 && list.length <= 8 ? `one of ${list.join(", ")}` : `an id listed under "${where}"`}`
}

/**
 * Runs the checks of what reporting says: wording against values (`checkReportedWording`), the
 * basis of ranges of dates, and the references of co-chairs, ambassadors, sessions, reporters and
 * `Change` claims. One call from `crossCheck`.
 * @example
 * checkReporting(entries, report)
 * @since 0.3.0
 * @category checks
 */
export const checkReporting = (entries: Entries, report: ReportProblem): void => {
  checkReportedWording(entries, report)
  const people = ids(entries.people)
  const organisations = ids(entries.organisations)
  const indicators = new Map(entries.indicators.map((e) => [e.value.id, e.value] as const))
  const commissions = new Map<string, Set<string>>()
  for (const r of entries.relations) {
    commissions.set(r.value.id, new Set((r.value.commissions ?? []).map((c) => c.id)))
    for (const [i, a] of (r.value.ambassadors ?? []).entries()) {
      if (a.person !== undefined && !people.has(a.person)) {
        report(
          r.file,
          [...r.path, "ambassadors", i, "person"],
          unknown("person", a.person, people, "people:"),
        )
      }
    }
  }
  const checkPeople = (
    file: ParsedFile,
    base: NodePath,
    field: string,
    list: ReadonlyArray<Participant> | undefined,
  ) => {
    for (const [i, p] of (list ?? []).entries()) {
      if (p.person !== undefined && !people.has(p.person)) {
        report(file, [...base, field, i, "person"], unknown("person", p.person, people, "people:"))
      }
    }
  }
  for (const e of entries.events) {
    const event = e.value
    if (event._tag !== "CommissionSession") continue
    checkPeople(e.file, e.path, "coChairs", event.coChairs)
    if (event.commissionId !== undefined) {
      const known = commissions.get(event.relation) ?? new Set<string>()
      if (!known.has(event.commissionId)) {
        report(
          e.file,
          [...e.path, "commissionId"],
          unknown(
            "commission",
            event.commissionId,
            known,
            `commissions: of relation ${event.relation}`,
          ),
        )
      }
    }
  }
  for (const s of entries.indicators) {
    for (const [i, o] of s.value.observations.entries()) {
      const at = [...s.path, "observations", i]
      if (o.basis === "annual" && o.date?._tag === "Range" && o.period === undefined) {
        report(
          s.file,
          [...at, "date"],
          `a range of dates on the annual basis is ambiguous: expected basis: period-average for a yearly average over the range, or a year with period: for a part of a year`,
        )
      }
      const reporters = [
        { reporter: o.reporter, path: [...at, "reporter"] },
        ...(o.otherReports ?? []).map((r, j) => ({
          reporter: r.reporter,
          path: [...at, "otherReports", j, "reporter"],
        })),
      ]
      for (const { reporter, path } of reporters) {
        const org = reporter?.organisation
        if (org !== undefined && !organisations.has(org)) {
          report(
            s.file,
            [...path, "organisation"],
            unknown("organisation", org, organisations, "organisations:"),
          )
        }
      }
    }
  }
  for (const c of entries.claims) {
    const check = c.value.check as Dataset["claims"][number]["check"]
    if (check._tag !== "Change" && check._tag !== "Multiple" && check._tag !== "Increase") continue
    const series = indicators.get(check.series)
    if (series === undefined) {
      if (check._tag === "Change") {
        report(
          c.file,
          [...c.path, "check", "series"],
          unknown("indicator", check.series, new Set(indicators.keys()), "indicators:"),
        )
      }
      continue
    }
    if (check.period !== undefined) {
      const key = partKey(check.period)
      const has = series.observations.some(
        (o) => o.period !== undefined && partKey(o.period) === key,
      )
      if (!has) {
        report(
          c.file,
          [...c.path, "check", "period"],
          `series "${check.series}" has no observation of this part of the year: expected observations with the same period`,
        )
      }
    }
  }
}
