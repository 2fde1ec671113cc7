/**
 * The way in from a page that has no language of its own (`/`, the 404 page): a button to the
 * Vietnamese home, then one to the English home, labelled in English.
 */
import { routes } from "../lib/routes"

export function HomeLinks({ vi, en }: { vi: string; en: string }) {
  return (
    <div className="actions">
      <a className="button" href={routes.home("vi")}>
        {vi}
      </a>
      <a className="button button--ghost" href={routes.home("en")} hrefLang="en" lang="en">
        {en}
      </a>
    </div>
  )
}
