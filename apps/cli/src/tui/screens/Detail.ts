/**
 * A relation's detail: the items of the section being shown, and the sections' names for the
 * tabs and the status line.
 */
import type { EventKind } from "@bilateral/domain"
import { t } from "../../i18n/Messages"
import { type Item, noteItem, type View } from "../Items"
import type { SectionId } from "../Navigation"
import { agreementItems } from "./Agreements"
import { indicatorItems } from "./Indicators"
import { overviewItems } from "./Overview"
import { timelineItems } from "./Timeline"
import { visitItems } from "./Visits"

/** A section's name. */
export const sectionName = (section: SectionId, lang: View["lang"]): string => t(section, lang)

/** The items of one section of a relation's detail. */
export const detailItems = (
  view: View,
  relationId: string,
  section: SectionId,
  kind?: EventKind,
): Item[] => {
  const relation = view.index.relation(relationId)
  if (!relation) return [noteItem("detail:missing", [relationId])]
  switch (section) {
    case "overview":
      return overviewItems(view, relation)
    case "timeline":
      return timelineItems(view, relation, kind)
    case "indicators":
      return indicatorItems(view, relation)
    case "agreements":
      return agreementItems(view, relation)
    case "visits":
      return visitItems(view, relation)
  }
}
