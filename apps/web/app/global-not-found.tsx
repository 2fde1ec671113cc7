/**
 * The 404 page for every unknown address (`out/404.html`). The language of a wrong address is
 * unknown, so it speaks both: Vietnamese first, then English.
 */
import "./globals.css"
import type { Metadata } from "next"
import { HomeLinks } from "@/components/HomeLinks"
import { Logo } from "@/components/Logo"
import { SearchBox } from "@/components/SearchBox"
import header from "@/components/SiteHeader.module.css"
import { dictionary } from "@/i18n"
import { routes } from "@/lib/routes"
import styles from "./global-not-found.module.css"

const vi = dictionary("vi")
const en = dictionary("en")

export const metadata: Metadata = {
  title: `404 · ${vi.notFound.title} · ${en.notFound.title}`,
  description: vi.notFound.text,
}

export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body>
        <header className={header.header}>
          <div className={`container ${header.bar}`}>
            <a className={header.brand} href={routes.home("vi")}>
              <Logo />
              <span>{vi.meta.siteName}</span>
            </a>
            <div className={header.tools}>
              <SearchBox lang="vi" indexUrl={routes.searchIndex()} strings={vi.search} />
            </div>
          </div>
        </header>
        <main id="main" className={`container ${styles.page}`}>
          <p className={styles.code} aria-hidden="true">
            404
          </p>
          <h1>{vi.notFound.title}</h1>
          <p>{vi.notFound.text}</p>
          <div lang="en">
            <h2>{en.notFound.title}</h2>
            <p>{en.notFound.text}</p>
          </div>
          <HomeLinks vi={vi.notFound.home} en={en.notFound.home} />
        </main>
      </body>
    </html>
  )
}
