"use client"
/**
 * The timeline's filters: country, kind, level, period and person. The state lives in the URL
 * query (`?country=kz&kind=Visit&from=2023`), so a filtered view can be shared; the events
 * themselves are rendered on the server and passed in as nodes.
 */
import { Fragment, type ReactNode, useCallback, useEffect, useMemo, useState } from "react"
import { fill } from "../i18n/fill"
import calloutStyles from "./Callout.module.css"
import controls from "./Controls.module.css"
import timeline from "./Timeline.module.css"
import styles from "./TimelineFilter.module.css"

export type TimelineEntry = {
  id: string
  country: string
  kind: string
  level: string
  from?: number
  to?: number
  people: ReadonlyArray<string>
  group: string
  node: ReactNode
}

export type Option = { value: string; label: string }

export type TimelineStrings = {
  filters: string
  country: string
  kind: string
  level: string
  from: string
  to: string
  person: string
  all: string
  reset: string
  showing: string
  empty: string
}

const KEYS = ["country", "kind", "level", "from", "to", "person"] as const
type Key = (typeof KEYS)[number]
type Filters = Record<Key, string>

const EMPTY: Filters = { country: "", kind: "", level: "", from: "", to: "", person: "" }

const readUrl = (): Filters => {
  const params = new URLSearchParams(window.location.search)
  const filters = { ...EMPTY }
  for (const key of KEYS) filters[key] = params.get(key) ?? ""
  return filters
}

/** Writes the filters in the address; the country is left out when the page itself names it. */
const writeUrl = (filters: Filters, countryInPath = false) => {
  const params = new URLSearchParams()
  for (const key of KEYS)
    if (filters[key] !== "" && !(countryInPath && key === "country")) params.set(key, filters[key])
  const query = params.toString()
  const url = `${window.location.pathname}${query === "" ? "" : `?${query}`}`
  window.history.replaceState(window.history.state, "", url)
}

const matches = (entry: TimelineEntry, f: Filters): boolean => {
  if (f.country !== "" && entry.country !== f.country) return false
  if (f.kind !== "" && entry.kind !== f.kind) return false
  if (f.level !== "" && entry.level !== f.level) return false
  if (f.person !== "" && !entry.people.includes(f.person)) return false
  const from = Number.parseInt(f.from, 10)
  const to = Number.parseInt(f.to, 10)
  if (!Number.isNaN(from) && (entry.to === undefined || entry.to < from)) return false
  if (!Number.isNaN(to) && (entry.from === undefined || entry.from > to)) return false
  return true
}

function Select({
  name,
  label,
  value,
  options,
  all,
  onChange,
}: {
  name: Key
  label: string
  value: string
  options: ReadonlyArray<Option>
  all: string
  onChange: (key: Key, value: string) => void
}) {
  return (
    <div className={controls.field}>
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select
        id={`filter-${name}`}
        name={name}
        value={value}
        onChange={(event) => onChange(name, event.target.value)}
      >
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

/**
 * When each relation's timeline is a page of its own: the site-wide timeline's address (`all`)
 * and the relation this page shows (`current`, absent on the site-wide page). Choosing a country
 * then leads to its page (`{all}{slug}/`), with the other filters kept.
 */
export type CountryPages = { all: string; current?: string | undefined }

const countryPage = (pages: CountryPages, filters: Filters): string => {
  const params = new URLSearchParams()
  for (const key of KEYS)
    if (key !== "country" && filters[key] !== "") params.set(key, filters[key])
  const query = params.toString()
  const path = filters.country === "" ? pages.all : `${pages.all.split("?")[0]}${filters.country}/`
  return `${path}${query === "" ? "" : `?${query}`}`
}

export function TimelineFilter({
  entries,
  countries,
  kinds,
  levels,
  years,
  people,
  countryPages,
  strings,
}: {
  entries: ReadonlyArray<TimelineEntry>
  countries: ReadonlyArray<Option>
  kinds: ReadonlyArray<Option>
  levels: ReadonlyArray<Option>
  years: ReadonlyArray<number>
  people: ReadonlyArray<Option>
  countryPages?: CountryPages | undefined
  strings: TimelineStrings
}) {
  const current = countryPages?.current ?? ""
  const base = useMemo(() => ({ ...EMPTY, country: current }), [current])
  const [filters, setFilters] = useState<Filters>(base)

  useEffect(() => {
    const fromUrl = () => {
      const read = { ...readUrl(), ...(countryPages ? { country: current } : {}) }
      const asked = new URLSearchParams(window.location.search).get("country") ?? ""
      // A country asked for in the query of a page that does not hold all of its events.
      if (countryPages && asked !== "" && asked !== current) {
        window.location.replace(countryPage(countryPages, { ...read, country: asked }))
        return
      }
      setFilters(read)
    }
    fromUrl()
    window.addEventListener("popstate", fromUrl)
    return () => window.removeEventListener("popstate", fromUrl)
  }, [countryPages, current])

  const change = useCallback(
    (key: Key, value: string) => {
      if (countryPages && key === "country") {
        window.location.assign(countryPage(countryPages, { ...filters, country: value }))
        return
      }
      setFilters((now) => {
        const next = { ...now, [key]: value }
        writeUrl(next, countryPages !== undefined)
        return next
      })
    },
    [countryPages, filters],
  )

  const reset = () => {
    if (countryPages && current !== "") {
      window.location.assign(countryPages.all)
      return
    }
    setFilters(base)
    writeUrl(base, countryPages !== undefined)
  }

  const shown = useMemo(() => entries.filter((e) => matches(e, filters)), [entries, filters])
  const groups = useMemo(() => {
    const list: Array<{ group: string; items: TimelineEntry[] }> = []
    for (const entry of shown) {
      const last = list[list.length - 1]
      if (last && last.group === entry.group) last.items.push(entry)
      else list.push({ group: entry.group, items: [entry] })
    }
    return list
  }, [shown])
  const yearOptions = years.map((y) => ({ value: String(y), label: String(y) }))
  const options: Record<Key, ReadonlyArray<Option>> = {
    country: countries,
    kind: kinds,
    level: levels,
    from: yearOptions,
    to: yearOptions,
    person: people,
  }
  const active = KEYS.some((k) => filters[k] !== base[k]) || current !== ""

  return (
    <>
      <form
        className={styles.filters}
        aria-label={strings.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        {KEYS.map((key) => (
          <Select
            key={key}
            name={key}
            label={strings[key]}
            value={filters[key]}
            options={options[key]}
            all={strings.all}
            onChange={change}
          />
        ))}
      </form>
      <div className={styles.resultBar}>
        <p className={styles.count} aria-live="polite" data-testid="timeline-count">
          {fill(strings.showing, { n: shown.length, total: entries.length })}
        </p>
        <button
          type="button"
          className={`${controls.button} ${controls.ghost}`}
          onClick={reset}
          disabled={!active}
        >
          {strings.reset}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className={calloutStyles.callout}>{strings.empty}</p>
      ) : (
        groups.map(({ group, items }) => (
          <section key={group} aria-label={group}>
            <h2 className={timeline.year}>{group}</h2>
            <ol className={timeline.list}>
              {items.map((e) => (
                <Fragment key={e.id}>{e.node}</Fragment>
              ))}
            </ol>
          </section>
        ))
      )}
    </>
  )
}
