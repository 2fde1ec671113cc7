"use client"
/**
 * Site search: a combobox over the prebuilt `/search-index.json`, fetched the first time the
 * field is used. Matches ignore case and diacritics. Keys: "/" focuses it from anywhere,
 * arrows move, Enter opens, Escape closes.
 */
import { foldText } from "@bilateral/domain/text"
import { type KeyboardEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from "react"
import { fill } from "../i18n/fill"
import type { SearchEntry, SearchKind } from "../lib/search-entry"
import styles from "./SearchBox.module.css"

export type SearchStrings = {
  label: string
  placeholder: string
  loading: string
  failed: string
  none: string
  countOne: string
  countMany: string
  hint: string
  kinds: Record<SearchKind, string>
}

type Prepared = SearchEntry & { folded: string }

const LIMIT = 12

/** Every word of the query must appear; exact, then prefix, then word-start matches rank first. */
const score = (entry: Prepared, query: string, lang: "vi" | "en"): number => {
  if (!query.split(" ").every((token) => entry.folded.includes(token))) return -1
  const label = foldText(entry.label[lang])
  if (label === query) return 0
  if (label.startsWith(query)) return 1
  if (` ${entry.folded}`.includes(` ${query}`)) return 2
  return 3
}

export function SearchBox({
  lang,
  indexUrl,
  strings,
}: {
  lang: "vi" | "en"
  indexUrl: string
  strings: SearchStrings
}) {
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  const [entries, setEntries] = useState<Prepared[] | undefined>()
  const [status, setStatus] = useState<"idle" | "loading" | "ready" | "failed">("idle")
  const [query, setQuery] = useState("")
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(-1)

  const load = useCallback(() => {
    if (status !== "idle") return
    setStatus("loading")
    fetch(indexUrl)
      .then((response) => {
        if (!response.ok) throw new Error(String(response.status))
        return response.json() as Promise<SearchEntry[]>
      })
      .then((list) => {
        setEntries(
          list.map((e) => {
            return { ...e, folded: foldText(`${e.label.vi} ${e.label.en} ${e.terms}`) }
          }),
        )
        setStatus("ready")
      })
      .catch(() => setStatus("failed"))
  }, [indexUrl, status])

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest("input, textarea, select, [contenteditable]")) return
      event.preventDefault()
      input.current?.focus()
    }
    document.addEventListener("keydown", onKey)
    return () => document.removeEventListener("keydown", onKey)
  }, [])

  const folded = foldText(query.trim())
  const results = useMemo(() => {
    if (entries === undefined || folded.length < 2) return []
    return entries
      .map((entry) => ({ entry, rank: score(entry, folded, lang) }))
      .filter((r) => r.rank >= 0)
      .sort(
        (a, b) => a.rank - b.rank || a.entry.label[lang].localeCompare(b.entry.label[lang], lang),
      )
      .slice(0, LIMIT)
      .map((r) => r.entry)
  }, [entries, folded, lang])

  const listId = `${id}-list`
  const optionId = (i: number) => `${id}-opt-${i}`
  const href = (entry: SearchEntry) => `/${lang}/${entry.path}`
  const showPanel = open && query.trim().length > 0

  // A full navigation: it scrolls to the fragment and re-reads the query (timeline filters).
  const go = (entry: SearchEntry) => {
    setOpen(false)
    window.location.assign(href(entry))
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault()
      setOpen(true)
      setActive((i) => (results.length === 0 ? -1 : (i + 1) % results.length))
    } else if (event.key === "ArrowUp") {
      event.preventDefault()
      setActive((i) => (results.length === 0 ? -1 : (i - 1 + results.length) % results.length))
    } else if (event.key === "Enter") {
      const chosen = results[active] ?? (results.length > 0 ? results[0] : undefined)
      if (chosen) {
        event.preventDefault()
        go(chosen)
      }
    } else if (event.key === "Escape") {
      if (open) {
        event.preventDefault()
        setOpen(false)
      } else setQuery("")
    }
  }

  let message: string | undefined
  if (status === "loading" || (status === "idle" && query !== "")) message = strings.loading
  else if (status === "failed") message = strings.failed
  else if (folded.length < 2) message = strings.hint
  else if (results.length === 0) message = fill(strings.none, { q: query.trim() })

  return (
    <search className={styles.search}>
      <label htmlFor={`${id}-input`} className="visually-hidden">
        {strings.label}
      </label>
      <input
        ref={input}
        id={`${id}-input`}
        className={styles.input}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={strings.placeholder}
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          load()
          setOpen(true)
        }}
        onChange={(event) => {
          load()
          setQuery(event.target.value)
          setOpen(true)
          setActive(-1)
        }}
        onKeyDown={onKeyDown}
        onBlur={(event) => {
          const next = event.relatedTarget as Node | null
          if (!next || !event.currentTarget.parentElement?.contains(next)) setOpen(false)
        }}
      />
      <div className={styles.panel} hidden={!showPanel}>
        <p className={styles.status} aria-live="polite">
          {message ??
            (results.length === 1
              ? strings.countOne
              : fill(strings.countMany, { n: results.length }))}
        </p>
        <div className={styles.list} id={listId} role="listbox" aria-label={strings.label}>
          {results.map((entry, i) => (
            <a
              key={`${entry.kind}:${entry.path}:${entry.label.vi}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={styles.hit}
              href={href(entry)}
              tabIndex={-1}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => setOpen(false)}
            >
              <span className={styles.hitLabel}>{entry.label[lang]}</span>
              <span className={styles.hitMeta}>
                {strings.kinds[entry.kind]}
                {entry.context ? ` · ${entry.context[lang]}` : ""}
              </span>
            </a>
          ))}
        </div>
      </div>
    </search>
  )
}
