/** One section of a relation's page: a heading the table of contents links to, a lede, content. */
import type { ReactNode } from "react"

export function Section({
  id,
  title,
  lede,
  children,
}: {
  id: string
  title: string
  lede?: string
  children: ReactNode
}) {
  return (
    <section className="section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lede && <p className="section__lede">{lede}</p>}
      {children}
    </section>
  )
}
