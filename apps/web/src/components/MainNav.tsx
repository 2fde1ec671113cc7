"use client"
/** The main navigation; marks the current section with aria-current (needs the pathname). */
import Link from "next/link"
import { usePathname } from "next/navigation"
import styles from "./MainNav.module.css"

export type NavItem = { href: string; label: string; exact?: boolean }

const normalise = (path: string) => (path.endsWith("/") ? path : `${path}/`)

export function MainNav({ items, label }: { items: ReadonlyArray<NavItem>; label: string }) {
  const pathname = normalise(usePathname() ?? "/")
  return (
    <nav className={styles.nav} aria-label={label}>
      <ul>
        {items.map((item) => {
          const current = item.exact ? pathname === item.href : pathname.startsWith(item.href)
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
