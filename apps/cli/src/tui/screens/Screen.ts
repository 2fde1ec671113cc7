/**
 * The items of any screen of the navigation stack: the relation list, a section of a relation's
 * detail, or a comparison.
 */
import type { Item, View } from "../Items"
import type { Screen } from "../Navigation"
import { compareItems } from "./Compare"
import { detailItems } from "./Detail"
import { listItems } from "./RelationList"

/** The items of a screen. */
export const screenItems = (view: View, screen: Screen): Item[] => {
  switch (screen._tag) {
    case "List":
      return listItems(view, screen.mark)
    case "Detail":
      return detailItems(view, screen.relation, screen.section, screen.kind)
    case "Compare":
      return compareItems(view, screen.a, screen.b)
  }
}
