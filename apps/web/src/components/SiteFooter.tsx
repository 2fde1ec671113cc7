/** The footer of every page: what the data is, when the site was built, where to get it. */

import { formatDate } from "@bilateral/domain"
import Link from "next/link"
import { dictionary, type Lang } from "../i18n"
import { asOf, data } from "../lib/data"
import { routes } from "../lib/routes"
import styles from "./SiteFooter.module.css"

export function SiteFooter({ lang }: { lang: Lang }) {
  const t = dictionary(lang)
  return (
    <footer className={styles.footer}>
      <div className="container">
        <p>{t.footer.about(data().dataset.sources.length)}</p>
        <p>
          {t.footer.built(formatDate(asOf(), lang))} {t.footer.license}
        </p>
        <ul className={styles.links}>
          <li>
            <Link href={routes.sources(lang)}>{t.nav.sources}</Link>
          </li>
          <li>
            <Link href={routes.downloads(lang)}>{t.nav.downloads}</Link>
          </li>
          <li>
            <Link href={routes.timeline(lang)}>{t.nav.timeline}</Link>
          </li>
          <li>
            <Link href={routes.compare(lang)}>{t.nav.compare}</Link>
          </li>
        </ul>
      </div>
    </footer>
  )
}
