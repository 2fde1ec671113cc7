/** `/`: leads to the Vietnamese site (a meta refresh from the layout, plus links). */
import { Logo } from "@/components/Logo"
import { DEFAULT_LANG, dictionary } from "@/i18n"
import { routes } from "@/lib/routes"

export default function RootPage() {
  const t = dictionary(DEFAULT_LANG)
  const en = dictionary("en")
  return (
    <main id="main" className="container not-found">
      <Logo size={56} />
      <h1>{t.meta.siteName}</h1>
      <p>{t.root.redirecting}</p>
      <div className="actions">
        <a className="button" href={routes.home("vi")}>
          {t.root.go}
        </a>
        <a className="button button--ghost" href={routes.home("en")} hrefLang="en" lang="en">
          {en.root.english}
        </a>
      </div>
    </main>
  )
}
