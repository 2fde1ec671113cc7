/**
 * A relation's overview: establishment, age, recognitions, embassies, frameworks, memberships,
 * the latest trade figure and top-level visit, the status of the relation over time (the domain's
 * `statusTimeline`), then each collection of facts (sister regions, support, cooperation areas,
 * projects, goods, measures, claims with their checks and a Change claim's wording, statements).
 */
import type { Relation } from "@bilateral/domain"
import { isConcurrent, localize } from "@bilateral/domain/metrics"
import { claimStatusName, collectionName, t } from "../../i18n/Messages"
import { ageText, dateText, quantityText } from "../../render/Format"
import { latestTradeChangeText, latestTradeText } from "../../view/KeyFigures"
import { countryName, involvesSubject, viewOf } from "../../view/Relations"
import { claimWording, relationStatus, statusChangeText } from "../../view/Reporting"
import { headingItem, type Item, seg, spacer, type View } from "../Items"
import { factItem, wrapped } from "./Text"

/** The items of the overview section. */
export const overviewItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const rv = viewOf(index, relation, view.today)
  const facts = rv.facts
  const partner = rv.partner
  const items: Item[] = [
    headingItem(
      "ov:title",
      rv.title[lang],
      partner.officialName && involvesSubject(index, relation)
        ? localize(partner.officialName, lang)
        : undefined,
    ),
  ]
  const age = rv.age
  if (relation.established) {
    const est = relation.established
    const instrument = est.instrument ? ` (${localize(est.instrument, lang)})` : ""
    items.push(
      factItem(
        view,
        "ov:established",
        t("established", lang),
        `${t("established", lang)}: ${dateText(est.date, lang)}${instrument}`,
        est.provenance,
      ),
    )
    if (age) {
      items.push(
        factItem(
          view,
          "ov:age",
          t("age", lang),
          `${t("age", lang)}: ${ageText(age, lang)} (${t("asOf", lang)} ${dateText(view.today, lang)})`,
          est.provenance,
          { tone: "accent" },
        ),
      )
    }
  }
  relation.recognitions.forEach((r, i) => {
    items.push(
      factItem(
        view,
        `ov:recognition:${i}`,
        t("recognition", lang),
        `${t("recognition", lang)}: ${countryName(index, r.by, lang)} → ${countryName(index, r.of, lang)}, ${dateText(r.date, lang)}`,
        r.provenance,
      ),
    )
  })
  relation.embassies.forEach((e, i) => {
    const where = isConcurrent(e)
      ? `${t("concurrent", lang)} ${countryName(index, e.seat, lang)}`
      : t("resident", lang)
    items.push(
      factItem(
        view,
        `ov:embassy:${i}`,
        t("embassies", lang),
        `${t("embassies", lang)}: ${countryName(index, e.sender, lang)} → ${countryName(index, e.accreditedTo, lang)} (${where})${e.ambassador ? `, ${e.ambassador}` : ""}`,
        e.provenance,
      ),
    )
  })
  relation.frameworks.forEach((f, i) => {
    items.push(
      factItem(
        view,
        `ov:framework:${i}`,
        t("frameworks", lang),
        `${t("frameworks", lang)}: ${localize(f.name, lang)}`,
        f.provenance,
      ),
    )
  })
  facts.memberships.forEach((m) => {
    const org = index.organisation(m.organisation)
    items.push(
      factItem(
        view,
        `ov:membership:${m.id}`,
        collectionName("memberships", lang),
        `${countryName(index, m.country, lang)}: ${org ? localize(org.name, lang) : m.organisation}`,
        m.provenance,
      ),
    )
  })

  const trade = rv.latestTrade
  if (trade) {
    const change = latestTradeChangeText(rv, lang)
    items.push(
      factItem(
        view,
        "ov:latest-trade",
        t("latestTrade", lang),
        `${t("latestTrade", lang)}: ${latestTradeText(rv, lang)}${change ? `, ${change}` : ""}`,
        trade.observation.provenance,
        {
          tone: "accent",
          body: [
            `${t("latestTrade", lang)}: ${latestTradeText(rv, lang)}`,
            localize(trade.series.title, lang),
            ...(change ? [change] : []),
          ],
        },
      ),
    )
  }
  const top = rv.latestTopVisit
  if (top) {
    items.push(
      factItem(
        view,
        "ov:last-top-visit",
        t("latestTopVisit", lang),
        `${t("latestTopVisit", lang)}: ${dateText(top.date, lang)}, ${localize(top.summary, lang)}`,
        top.provenance,
      ),
    )
  }

  const group = (key: string, title: string, entries: ReadonlyArray<Item>) => {
    if (entries.length === 0) return
    items.push(
      spacer(`${key}:spacer`),
      headingItem(`${key}:heading`, title, String(entries.length)),
      ...entries,
    )
  }
  group(
    "ov:status",
    t("statusTimeline", lang),
    relationStatus(index, relation).map((c, i) =>
      factItem(
        view,
        `ov:status:${i}`,
        t("statusTimeline", lang),
        statusChangeText(c, lang),
        c.provenance,
      ),
    ),
  )
  group(
    "ov:sister",
    collectionName("sisterRegions", lang),
    facts.sisterRegions.map((s) =>
      factItem(
        view,
        `ov:sister:${s.id}`,
        collectionName("sisterRegions", lang),
        s.regions.map((r) => localize(r.name, lang)).join(" – "),
        s.provenance,
      ),
    ),
  )
  group(
    "ov:support",
    collectionName("support", lang),
    facts.support.map((s) => {
      const body = index.organisation(s.body)
      const text = `${countryName(index, s.supporter, lang)} → ${countryName(index, s.supported, lang)}: ${body ? localize(body.name, lang) : s.body}${s.term ? ` (${dateText(s.term, lang)})` : ""}${s.note ? `. ${localize(s.note, lang)}` : ""}`
      return factItem(
        view,
        `ov:support:${s.id}`,
        collectionName("support", lang),
        text,
        s.provenance,
      )
    }),
  )
  group(
    "ov:areas",
    collectionName("cooperationAreas", lang),
    facts.cooperationAreas.map((c) =>
      factItem(
        view,
        `ov:area:${c.id}`,
        collectionName("cooperationAreas", lang),
        localize(c.area, lang),
        c.provenance,
      ),
    ),
  )
  group(
    "ov:projects",
    collectionName("projects", lang),
    facts.projects.map((p) =>
      factItem(
        view,
        `ov:project:${p.id}`,
        collectionName("projects", lang),
        `${localize(p.title, lang)}${p.size ? ` (${quantityText(p.size, lang)})` : ""}`,
        p.provenance,
      ),
    ),
  )
  group(
    "ov:goods",
    collectionName("tradeGoods", lang),
    facts.tradeGoods.map((g) =>
      factItem(
        view,
        `ov:good:${g.id}`,
        collectionName("tradeGoods", lang),
        `${localize(g.product, lang)} (${g.from} → ${g.to})`,
        g.provenance,
      ),
    ),
  )
  group(
    "ov:measures",
    collectionName("measures", lang),
    facts.measures.map((m) =>
      factItem(
        view,
        `ov:measure:${m.id}`,
        collectionName("measures", lang),
        localize(m.title, lang),
        m.provenance,
      ),
    ),
  )
  group(
    "ov:claims",
    collectionName("claims", lang),
    rv.claims.map(({ claim: c, result }) => {
      const status = claimStatusName(result.status, lang)
      const tone =
        result.status === "holds" ? "good" : result.status === "contradicted" ? "bad" : "warn"
      const wording = claimWording(c)
      const said = wording ? `${t("reportedWording", lang)}: “${wording}”` : undefined
      const item = factItem(
        view,
        `ov:claim:${c.id}`,
        t("claim", lang),
        localize(c.text, lang),
        c.provenance,
        {
          prefix: "  ",
          body: [
            localize(c.text, lang),
            ...(said ? [said] : []),
            "",
            `${status}: ${result.explanation[lang]}`,
          ],
        },
      )
      const saidRows = wording ? wrapped(view, `“${wording}”`, tone, 2) : []
      return { ...item, rows: [[seg(status, tone)], ...saidRows, ...item.rows] }
    }),
  )
  group(
    "ov:statements",
    collectionName("statements", lang),
    facts.statements.map((s) =>
      factItem(
        view,
        `ov:statement:${s.id}`,
        collectionName("statements", lang),
        localize(s.text, lang),
        s.provenance,
      ),
    ),
  )
  return items
}
