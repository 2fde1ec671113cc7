/** One section of a relation's page: a heading the table of contents links to, a lede, content. */
import type { BilateralIndex, RelationView } from "@bilateral/data"
import type { ReactNode } from "react"
import sectionStyles from "@/components/Section.module.css"
import type { Lang } from "@/i18n"
import partStyles from "./Parts.module.css"

/** What a section of the relation page is given: the relation's view, the language, the index. */
export type SectionProps = { view: RelationView; lang: Lang; index: BilateralIndex }

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
    <section className={sectionStyles.section} id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {lede ? <p className={sectionStyles.lede}>{lede}</p> : null}
      {children}
    </section>
  )
}

/**
 * The link that closes a section's summary on the relation page: "all N …" on the page under the
 * relation that lists them (`routes.relationPart`). `data-testid="part-link"` finds it in tests.
 */
export function PartLink({ href, children }: { href: string; children: string }) {
  return (
    <p className={partStyles.more}>
      <a href={href} data-testid="part-link">
        {children}
      </a>
    </p>
  )
}
