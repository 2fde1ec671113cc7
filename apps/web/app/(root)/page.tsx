/** `/`: leads to the Vietnamese site (a meta refresh from the layout, plus links). */
import { HomeLinks } from "@/components/HomeLinks"
import { Logo } from "@/components/Logo"
import { DEFAULT_LANG, dictionary } from "@/i18n"
import styles from "../global-not-found.module.css"

export default function RootPage() {
  const t = dictionary(DEFAULT_LANG)
  const en = dictionary("en")
  return (
    <main id="main" className={`container ${styles.page}`}>
      <Logo size={56} />
      <h1>{t.meta.siteName}</h1>
      <p>{t.root.redirecting}</p>
      <HomeLinks vi={t.root.go} en={en.root.english} />
    </main>
  )
}
