/** The head of a page: breadcrumb, an eyebrow, the title and a lede. */
import Link from "next/link"
import type { ReactNode } from "react"
import { dictionary, type Lang } from "../i18n"
import styles from "./PageHead.module.css"

export function PageHead({
  lang,
  trail = [],
  eyebrow,
  title,
  lede,
  children,
}: {
  lang: Lang
  trail?: ReadonlyArray<{ href: string; label: string }>
  eyebrow?: string
  title: ReactNode
  lede?: ReactNode
  children?: ReactNode
}) {
  const t = dictionary(lang)
  return (
    <header className={styles.head}>
      {trail.length > 0 && (
        <nav className={styles.breadcrumb} aria-label={t.a11y.breadcrumb}>
          <ol>
            {trail.map((step) => (
              <li key={step.href}>
                <Link href={step.href}>{step.label}</Link>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {eyebrow && <span className={styles.eyebrow}>{eyebrow}</span>}
      <h1>{title}</h1>
      {lede && <p className={styles.lede}>{lede}</p>}
      {children}
    </header>
  )
}
