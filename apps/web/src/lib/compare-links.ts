/**
 * Where a count in a comparison leads. Figures read from facts (establishment, age, latest
 * figures, growth, the latest top-level visit) carry their provenance in the relation's profile
 * and link to their quotes; a count has no single quote, so it links to the list of the facts it
 * counts: the filtered timeline, the relation's agreements page, or the card of its cooperation
 * page.
 */
import type { Relation } from "@bilateral/domain"
import type { Lang } from "../i18n"
import { slugOf, viewOf } from "./data"
import { anchors, routes } from "./routes"

export const countHref = (lang: Lang, relation: Relation, key: string): string | undefined => {
  const slug = slugOf(relation)
  switch (key) {
    case "visits-recent": {
      // The years the profile's "visits-recent" row counts: the view's recent window.
      const { from, to } = viewOf(relation).recent
      return routes.timeline(lang, { country: slug, kind: "Visit", from, to })
    }
    case "visits-total":
    case "visits-top-level":
      return routes.timeline(lang, { country: slug, kind: "Visit" })
    case "agreements":
      return routes.relationPart(lang, slug, "agreements")
    case "sister-regions":
      // The card is on the cooperation page only when the relation has sister regions.
      return viewOf(relation).facts.sisterRegions.length > 0
        ? routes.relationPart(lang, slug, "cooperation", anchors.cooperationCard("sister-regions"))
        : routes.relationPart(lang, slug, "cooperation")
    default:
      return undefined
  }
}
