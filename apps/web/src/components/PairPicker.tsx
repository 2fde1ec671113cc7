"use client"
/**
 * Chooses the two relations to compare. The pair lives in the path (`/vi/compare/kz-kg/`), so a
 * comparison is a static page that can be shared; `?a=kz&b=kg` on `/compare/` leads there too.
 */
import Link from "next/link"
import { useRouter } from "next/navigation"
import { type FormEvent, useEffect, useState } from "react"

export type PairOption = { value: string; label: string }

const pairHref = (lang: string, x: string, y: string) => `/${lang}/compare/${x}-${y}/`

/** One side of the pair: a labelled select of the relations, submitted as `name`. */
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
    <div className="field">
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

export function PairPicker({
  lang,
  options,
  pair,
  strings,
}: {
  lang: string
  options: ReadonlyArray<PairOption>
  pair: readonly [string, string]
  strings: {
    pick: string
    left: string
    right: string
    swap: string
    show: string
    samePair: string
  }
}) {
  const router = useRouter()
  const [left, right] = pair
  const [a, setA] = useState(left)
  const [b, setB] = useState(right)

  // `?a=kg&b=kz` (what the form submits without JavaScript) leads to that pair's page.
  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const qa = params.get("a")?.toLowerCase() ?? ""
    const qb = params.get("b")?.toLowerCase() ?? ""
    const valid = (x: string) => options.some((o) => o.value === x)
    if (valid(qa) && valid(qb) && qa !== qb && (qa !== left || qb !== right)) {
      router.replace(pairHref(lang, qa, qb))
    }
  }, [lang, left, right, options, router])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (a !== b) router.push(pairHref(lang, a, b))
  }

  return (
    <form className="pair-picker" action={`/${lang}/compare/`} method="get" onSubmit={submit}>
      <Side name="a" label={strings.left} value={a} options={options} onChange={setA} />
      <Side name="b" label={strings.right} value={b} options={options} onChange={setB} />
      <button type="submit" className="button" disabled={a === b}>
        {strings.show}
      </button>
      <Link className="button button--ghost" href={pairHref(lang, right, left)}>
        ⇄ {strings.swap}
      </Link>
      {a === b && (
        <p className="muted" role="status">
          {strings.samePair}
        </p>
      )}
    </form>
  )
}
