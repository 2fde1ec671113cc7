/** The header of every page: the brand, the main navigation, search and the language switch. */
import Link from "next/link"
import { dictionary, type Lang, otherLang } from "../i18n"
import { routes } from "../lib/routes"
import { LanguageSwitch } from "./LanguageSwitch"
import { Logo } from "./Logo"
import { MainNav } from "./MainNav"
import { SearchBox } from "./SearchBox"
import styles from "./SiteHeader.module.css"

export function SiteHeader({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  const items = [
    { href: routes.home(lang), label: t.nav.overview, exact: true },
    { href: routes.timeline(lang), label: t.nav.timeline },
    { href: routes.compare(lang), label: t.nav.compare },
    { href: routes.sources(lang), label: t.nav.sources },
    { href: routes.downloads(lang), label: t.nav.downloads },
  ]
  const { none, countOne, countMany, ...rest } = t.search
  return (
    <header className={styles.header}>
      <div className={`container ${styles.bar}`}>
        <Link className={styles.brand} href={routes.home(lang)}>
          <Logo />
          <span>{t.meta.siteName}</span>
          <span className={styles.tagline}>{t.meta.tagline}</span>
        </Link>
        <div className={styles.tools}>
          <SearchBox
            lang={lang}
            indexUrl={routes.searchIndex()}
            strings={{ none, countOne, countMany, ...rest }}
          />
          <LanguageSwitch
            from={lang}
            to={otherLang(lang)}
            label={t.lang.switchTo}
            description={t.lang.switchLabel}
          />
        </div>
        <MainNav items={items} label={t.a11y.mainNav} />
      </div>
    </header>
  )
}
