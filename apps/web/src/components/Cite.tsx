/**
 * Links from a figure to its provenance: the quote on its source page
 * (`/{lang}/sources/{id}/#{anchor}`). Plain anchors, not client navigation, so the browser
 * scrolls to the quote and `:target` highlights it. The quote itself is not repeated here (no
 * `title` hint, no key made of it): a page cites a hundred quotes or more, and every attribute is
 * written twice, in the HTML and in the page's inline RSC payload. For the same reason the marks
 * carry no class of their own (the module styles them by structure) and their keys are their
 * numbers, not their addresses.
 */
import type { Provenance } from "@bilateral/domain"
import type { ReactNode } from "react"
import { dictionary, type Lang } from "../i18n"
import { routes } from "../lib/routes"
import styles from "./Cite.module.css"

/** The figure itself is the link to its first provenance; further ones follow as numbered marks. */
export function Cite({
  lang,
  provenance,
  children,
}: {
  lang: Lang
  provenance: ReadonlyArray<Provenance>
  children: ReactNode
}) {
  const [first, ...rest] = provenance
  if (first === undefined) return children
  const link = (
    <a className="cite" href={routes.provenance(lang, first)}>
      {children}
    </a>
  )
  if (rest.length === 0) return link
  return (
    <>
      {link}
      <CiteMarks lang={lang} provenance={rest} start={2} />
    </>
  )
}

/**
 * Numbered marks, one per provenance, for facts whose text is not a single figure. A mark shows
 * only its number, so its accessible name says what it opens ("Quote 2").
 */
export function CiteMarks({
  lang,
  provenance,
  start = 1,
}: {
  lang: Lang
  provenance: ReadonlyArray<Provenance>
  start?: number
}) {
  const t = dictionary(lang)
  return (
    <span className={styles.marks}>
      {provenance.map((p, i) => {
        const n = start + i
        return (
          <a key={n} href={routes.provenance(lang, p)} aria-label={t.a11y.quoteMark(n)}>
            {n}
          </a>
        )
      })}
    </span>
  )
}
