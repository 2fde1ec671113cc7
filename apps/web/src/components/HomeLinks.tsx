/**
 * The way in from a page that has no language of its own (`/`, the 404 page): a button to the
 * Vietnamese home, then one to the English home, labelled in English.
 */
import { routes } from "../lib/routes"
import controls from "./Controls.module.css"
import styles from "./HomeLinks.module.css"

export function HomeLinks({ vi, en }: { vi: string; en: string }) {
  return (
    <div className={styles.actions}>
      <a className={controls.button} href={routes.home("vi")}>
        {vi}
      </a>
      <a
        className={`${controls.button} ${controls.ghost}`}
        href={routes.home("en")}
        hrefLang="en"
        lang="en"
      >
        {en}
      </a>
    </div>
  )
}
