/**
 * The start screen: one item per relation with the key figures of its view, then a comparison
 * entry (the default pair, or the second side to choose after `c`).
 */
import type { RelationView } from "@bilateral/data/snapshot"
import { collectionName, counted, t } from "../../i18n/Messages"
import { displayWidth, padEnd, truncate } from "../../render/DisplayWidth"
import { ageText, dateText } from "../../render/Format"
import { claimTallyText, latestTradeText } from "../../view/KeyFigures"
import { datasetHeading, relationName, viewOf } from "../../view/Relations"
import { headingItem, type Item, noteItem, type Row, seg, spacer, type View } from "../Items"
import { keyName } from "../keys/KeyHints"
import { indented, lines } from "./Text"

/**
 * The two relations the list's comparison entry opens: the two with the most facts (events,
 * agreements and indicators), so that the first comparison has the most to show; ties keep the
 * dataset's order. Undefined with fewer than two relations.
 */
export const defaultComparison = (
  view: View,
  first?: string,
): { readonly a: string; readonly b: string } | undefined => {
  const weight = (v: RelationView) => v.counts.events + v.counts.agreements + v.counts.indicators
  const ranked = view.index.relations
    .map((r) => viewOf(view.index, r, view.today))
    .map((v, i) => ({ id: v.relation.id, weight: weight(v), i }))
    .sort((x, y) => y.weight - x.weight || x.i - y.i)
    .map((x) => x.id)
  const a = first ?? ranked[0]
  const b = ranked.find((id) => id !== a)
  return a === undefined || b === undefined ? undefined : { a, b }
}

/**
 * The relation list. `mark` is the relation chosen with `c` as the first side of a comparison:
 * the list then asks for the second.
 */
export const listItems = (view: View, mark?: string): Item[] => {
  const { index, lang } = view
  const items: Item[] = [headingItem("list:title", datasetHeading(index, lang))]
  for (const relation of index.relations) {
    const rv = viewOf(index, relation, view.today)
    const name = relationName(index, relation, lang, view.today)
    const marked = relation.id === mark
    const right = rv.age ? ageText({ ...rv.age, months: 0, days: 0 }, lang) : ""
    const prefix = `${marked ? "◆ " : ""}${rv.slug}  `
    const nameWidth = Math.max(1, view.width - displayWidth(prefix) - displayWidth(right) - 1)
    const top = rv.latestTopVisit
    items.push({
      key: `relation:${relation.id}`,
      selectable: true,
      open: { _tag: "Relation", relation: relation.id },
      rows: [
        [
          seg(prefix, "accent"),
          seg(padEnd(truncate(name, nameWidth), nameWidth), "heading"),
          seg(` ${right}`, "muted"),
        ],
        ...indented(
          view,
          `${t("established", lang)}: ${dateText(relation.established?.date, lang)} · ${counted(rv.counts.events, "events", lang)} · ${counted(rv.counts.agreements, "agreements", lang)}`,
          "muted",
        ),
        ...indented(view, `${t("latestTrade", lang)}: ${latestTradeText(rv, lang)}`),
        ...indented(
          view,
          `${t("topVisit", lang)}: ${dateText(top?.date, lang)} · ${collectionName("claims", lang)}: ${claimTallyText(rv)}`,
          "muted",
        ),
      ],
    })
  }
  const markedRelation = mark === undefined ? undefined : index.relation(mark)
  if (markedRelation) {
    const name = relationName(index, markedRelation, lang, view.today)
    items.push(
      spacer("list:spacer"),
      noteItem(
        "list:compare",
        lines(`${t("compare", lang)}: ${name} ↔ … ${t("chooseSecond", lang)}`, view.width),
        "accent",
      ),
    )
    return items
  }
  const pair = defaultComparison(view)
  const a = pair && index.relation(pair.a)
  const b = pair && index.relation(pair.b)
  if (a && b) {
    items.push(spacer("list:spacer"), {
      key: "list:compare",
      selectable: true,
      open: { _tag: "Compare", a: a.id, b: b.id },
      rows: [
        [
          seg(`${t("compare", lang)}: `, "accent"),
          seg(
            `${relationName(index, a, lang, view.today)} ↔ ${relationName(index, b, lang, view.today)}`,
          ),
        ],
        ...lines(t("compareHowTo", lang, { key: keyName("compare") }), view.width - 2).map(
          (line): Row => [seg(`  ${line}`, "muted")],
        ),
      ],
    })
  }
  return items
}
