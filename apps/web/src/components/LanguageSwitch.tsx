"use client"
/**
 * A link to the same page in the other language. The path comes from the router; the query and
 * the fragment (timeline filters, a quote's anchor) are added when it is followed.
 */
import { usePathname } from "next/navigation"
import type { MouseEvent } from "react"
import styles from "./LanguageSwitch.module.css"

export function LanguageSwitch({
  from,
  to,
  label,
  description,
}: {
  from: string
  to: string
  label: string
  description: string
}) {
  const pathname = usePathname() ?? `/${from}/`
  const rest = pathname.replace(new RegExp(`^/${from}(?=/|$)`), "")
  const href = `/${to}${rest === "" ? "/" : rest.endsWith("/") ? rest : `${rest}/`}`
  const keepState = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = href + window.location.search + window.location.hash
  }
  return (
    <a
      className={styles.switch}
      data-testid="lang-switch"
      href={href}
      hrefLang={to}
      lang={to}
      onClick={keepState}
      title={description}
    >
      <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16" fill="none">
        <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="1.5" />
        <path
          d="M1.5 8h13M8 1.5c2 2 2.6 4 2.6 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.4 5.5 5.4 8S6 12.5 8 14.5"
          stroke="currentColor"
          strokeWidth="1.2"
        />
      </svg>
      {label}
    </a>
  )
}
