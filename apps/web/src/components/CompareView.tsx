"use client"
import { type FormEvent, useEffect, useState } from "react"
import type { CompareSide } from "../lib/compare-side"
import { CompareTable } from "./CompareTable"
import styles from "./CompareView.module.css"
import controls from "./Controls.module.css"

export type PairOption = { value: string; label: string }

/** The page's strings; `{name}` and `{n}` are filled in here. */
export type CompareStrings = {
  pick: string
  left: string
  right: string
  swap: string
  show: string
  samePair: string
  metric: string
  difference: string
  differs: string
  same: string
  /** "Higher: {name}" */
  higher: string
  /** "Only {name} has a figure" */
  onlyOne: string
  legend: string
  unknown: string
  loading: string
  failed: string
  caption: string
}

/** The page language (the client bundle does not import the dictionaries' module). */
export type Lang = "vi" | "en"
type Pair = readonly [string, string]

const dataHref = (slug: string) => `/compare-data/${slug}.json`

/**
 * The pair the address asks for: `a` and `b` when both are relations and differ; `a` alone with
 * the first other relation (the link from a relation's page); otherwise none.
 */
const readQuery = (options: ReadonlyArray<PairOption>): Pair | undefined => {
  const params = new URLSearchParams(window.location.search)
  const a = params.get("a")?.toLowerCase() ?? ""
  const b = params.get("b")?.toLowerCase() ?? ""
  const valid = (slug: string) => options.some((o) => o.value === slug)
  if (!valid(a)) return undefined
  const other = valid(b) && b !== a ? b : options.find((o) => o.value !== a)?.value
  return other === undefined ? undefined : [a, other]
}

function Side({
  name,
  label,
  value,
  options,
  onChange,
}: {
  name: "a" | "b"
  label: string
  value: string
  options: ReadonlyArray<PairOption>
  onChange: (value: string) => void
}) {
  return (
    <div className={`${controls.field} ${styles.side}`}>
      <label htmlFor={`pair-${name}`}>{label}</label>
      <select
        id={`pair-${name}`}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  )
}

export function CompareView({
  lang,
  options,
  strings,
}: {
  lang: Lang
  options: ReadonlyArray<PairOption>
  strings: CompareStrings
}) {
  const firstA = options[0]?.value ?? ""
  const firstB = options[1]?.value ?? ""
  const [shown, setShown] = useState<Pair | undefined>(undefined)
  const [a, setA] = useState(firstA)
  const [b, setB] = useState(firstB)
  const [sides, setSides] = useState<{ pair: Pair; a: CompareSide; b: CompareSide }>()
  const [failed, setFailed] = useState(false)

  // The pair in the address, on load and on back/forward.
  useEffect(() => {
    const fromUrl = () => {
      const pair = readQuery(options) ?? ([firstA, firstB] as const)
      setShown(pair)
      setA(pair[0])
      setB(pair[1])
    }
    fromUrl()
    window.addEventListener("popstate", fromUrl)
    return () => window.removeEventListener("popstate", fromUrl)
  }, [options, firstA, firstB])

  useEffect(() => {
    if (shown === undefined) return
    let live = true
    setFailed(false)
    Promise.all(
      shown.map((slug) =>
        fetch(dataHref(slug)).then((r) => {
          if (!r.ok) throw new Error(`${r.status}`)
          return r.json() as Promise<CompareSide>
        }),
      ),
    )
      .then(([x, y]) => {
        if (live && x && y) setSides({ pair: shown, a: x, b: y })
      })
      .catch(() => {
        if (live) setFailed(true)
      })
    return () => {
      live = false
    }
  }, [shown])

  const go = (pair: Pair) => {
    window.history.pushState(null, "", `?a=${pair[0]}&b=${pair[1]}`)
    setShown(pair)
    setA(pair[0])
    setB(pair[1])
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (a !== b) go([a, b])
  }
  const ready =
    sides !== undefined &&
    shown !== undefined &&
    sides.pair[0] === shown[0] &&
    sides.pair[1] === shown[1]

  return (
    <>
      <form className={styles.picker} action={`/${lang}/compare/`} method="get" onSubmit={submit}>
        <Side name="a" label={strings.left} value={a} options={options} onChange={setA} />
        <Side name="b" label={strings.right} value={b} options={options} onChange={setB} />
        <button type="submit" className={controls.button} disabled={a === b}>
          {strings.show}
        </button>
        {shown && (
          <a
            className={`${controls.button} ${controls.ghost}`}
            href={`?a=${shown[1]}&b=${shown[0]}`}
            onClick={(event) => {
              event.preventDefault()
              go([shown[1], shown[0]])
            }}
          >
            ⇄ {strings.swap}
          </a>
        )}
        {a === b && (
          <p className="muted" role="status">
            {strings.samePair}
          </p>
        )}
      </form>
      <p className="muted">{strings.legend}</p>
      {failed ? (
        <p className="muted">{strings.failed}</p>
      ) : ready ? (
        <CompareTable a={sides.a} b={sides.b} lang={lang} strings={strings} />
      ) : (
        <p className="muted" aria-live="polite">
          {strings.loading}
        </p>
      )}
    </>
  )
}
