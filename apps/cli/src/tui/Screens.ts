/**
 * The items of each screen of the terminal UI: the relation list, the five sections of a
 * relation's detail, and the comparison. Figures come from the domain; layout fits `view.width`.
 */
import { compareViews, type RelationView } from "@bilateral/data"
import {
  EVENT_KINDS,
  type Event,
  type EventKind,
  formatComparisonValue,
  isConcurrent,
  isTopLevel,
  type Level,
  localize,
  type Observation,
  type Provenance,
  pointValue,
  type Relation,
  seriesMetrics,
} from "@bilateral/domain"
import {
  claimStatusName,
  collectionName,
  indicatorKindName,
  kindName,
  levelName,
  t,
} from "../i18n/Messages"
import { displayWidth, padEnd, padStart, truncate, wrap } from "../render/DisplayWidth"
import { ageText, dateText, growthText, quantityText } from "../render/Format"
import { renderTable } from "../render/Table"
import { claimTallyText, latestTradeChangeText, latestTradeText } from "../view/KeyFigures"
import {
  countryName,
  datasetHeading,
  involvesSubject,
  relationName,
  viewOf,
} from "../view/Relations"
import { bar, sparkline } from "./Charts"
import {
  headingItem,
  type Item,
  type ItemDetail,
  noteItem,
  type Row,
  seg,
  spacer,
  type View,
} from "./Items"

/** The sections of a relation's detail, in Tab order. */
export const SECTIONS = ["overview", "timeline", "indicators", "agreements", "visits"] as const
export type SectionId = (typeof SECTIONS)[number]

/** A section's name. */
export const sectionName = (section: SectionId, lang: View["lang"]): string => t(section, lang)

/** The event kinds the timeline filter cycles through (`undefined` is all): the domain's kinds. */
export const KIND_FILTERS: ReadonlyArray<EventKind | undefined> = [undefined, ...EVENT_KINDS]

const vi = (view: View) => view.lang === "vi"

/** Text wrapped to the width as rows of one tone, with an optional prefix on the first row. */
const wrapped = (
  view: View,
  text: string,
  tone: Row[number]["tone"] = "normal",
  indent = 0,
): Row[] =>
  wrap(text, Math.max(10, view.width - indent)).map((line) => [
    seg(" ".repeat(indent) + line, tone),
  ])

/** Text under a list entry: indented by four columns and wrapped to the width, never cut. */
const indented = (view: View, text: string, tone: Row[number]["tone"] = "normal"): Row[] =>
  wrap(text, Math.max(10, view.width - 4)).map((line) => [seg(`    ${line}`, tone)])

/** An item showing a fact: wrapped text, its provenance for `s`. */
const factItem = (
  view: View,
  key: string,
  title: string,
  text: string,
  provenance: ReadonlyArray<Provenance>,
  options: { prefix?: string; tone?: Row[number]["tone"]; body?: ReadonlyArray<string> } = {},
): Item => {
  const prefix = options.prefix ?? "• "
  const lines = wrap(text, Math.max(10, view.width - displayWidth(prefix)))
  return {
    key,
    selectable: true,
    rows: lines.map((line, i) => [
      seg(i === 0 ? prefix : " ".repeat(displayWidth(prefix)), "muted"),
      seg(line, options.tone ?? "normal"),
    ]),
    detail: { title, body: options.body ?? [text], provenance },
  }
}

// ───────────────────────────── relation list ─────────────────────────────

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
 * The start screen: one item per relation with the key figures of its view, then a comparison
 * entry. `mark` is the relation chosen with `c` as the first side of a comparison: the list then
 * asks for the second.
 */
export const listItems = (view: View, mark?: string): Item[] => {
  const { index, lang } = view
  const items: Item[] = [headingItem("list:title", datasetHeading(index, lang))]
  for (const relation of index.relations) {
    const rv = viewOf(index, relation, view.today)
    const name = relationName(index, relation, lang, view.today)
    const code = rv.slug
    const marked = relation.id === mark
    const right = rv.age ? ageText({ ...rv.age, months: 0, days: 0 }, lang) : ""
    const prefix = `${marked ? "◆ " : ""}${code}  `
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
          `${t("established", lang)}: ${dateText(relation.established?.date, lang)} · ${rv.counts.events} ${t("events", lang).toLowerCase()} · ${rv.counts.agreements} ${t("agreements", lang).toLowerCase()}`,
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
    items.push(spacer("list:spacer"))
    items.push(
      noteItem(
        "list:compare",
        wrap(
          `${t("compare", lang)}: ${relationName(index, markedRelation, lang, view.today)} ↔ … ${vi(view) ? "chọn quan hệ thứ hai rồi nhấn Enter (Esc hủy)" : "choose the second relation and press Enter (Esc cancels)"}`,
          view.width,
        ),
        "accent",
      ),
    )
    return items
  }
  const pair = defaultComparison(view)
  const a = pair && index.relation(pair.a)
  const b = pair && index.relation(pair.b)
  if (a && b) {
    items.push(spacer("list:spacer"))
    items.push({
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
        ...wrap(
          vi(view)
            ? "hoặc c trên một quan hệ, rồi Enter trên quan hệ thứ hai"
            : "or c on a relation, then Enter on the second one",
          Math.max(10, view.width - 2),
        ).map((line): Row => [seg(`  ${line}`, "muted")]),
      ],
    })
  }
  return items
}

// ───────────────────────────── detail: overview ─────────────────────────────

const overviewItems = (view: View, relation: Relation): Item[] => {
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
      const item = factItem(
        view,
        `ov:claim:${c.id}`,
        t("claim", lang),
        localize(c.text, lang),
        c.provenance,
        {
          prefix: "  ",
          body: [localize(c.text, lang), "", `${status}: ${result.explanation[lang]}`],
        },
      )
      return { ...item, rows: [[seg(status, tone)], ...item.rows] }
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

// ───────────────────────────── detail: timeline ─────────────────────────────

/** The width of the date column for a list of events. */
export const dateColumn = (view: View, events: ReadonlyArray<Event>): number =>
  Math.max(1, ...events.map((e) => displayWidth(dateText(e.date, view.lang))))

/** Below this width, event rows leave out the kind to keep room for the summary. */
const NARROW = 60

/** One event as one row: date, kind, summary; its full text and source in the detail. */
export const eventItem = (view: View, e: Event, withKind = true, dateWidth = 0): Item => {
  const { lang } = view
  const date = padEnd(dateText(e.date, lang), dateWidth)
  const kind = withKind && view.width >= NARROW ? `${kindName(e._tag, lang)} · ` : ""
  const body = [
    localize(e.summary, lang),
    "",
    `${t("date", lang)}: ${dateText(e.date, lang)}`,
    `${t("kind", lang)}: ${kindName(e._tag, lang)}${e._tag === "Visit" ? ` (${countryName(view.index, e.guest, lang)} → ${countryName(view.index, e.host, lang)})` : ""}`,
    `${t("level", lang)}: ${levelName(e.level, lang)}`,
    ...(e.places.length > 0 ? [`${vi(view) ? "Địa điểm" : "Places"}: ${e.places.join(", ")}`] : []),
  ]
  return {
    key: `event:${e.id}`,
    selectable: true,
    rows: [[seg(`${date} `, "accent"), seg(kind, "muted"), seg(localize(e.summary, lang))]],
    detail: {
      title: `${kindName(e._tag, lang)}, ${dateText(e.date, lang)}`,
      body,
      provenance: e.provenance,
    },
  }
}

const timelineItems = (view: View, relation: Relation, kind: EventKind | undefined): Item[] => {
  const { index, lang } = view
  const events = index.events({ relation: relation.id, ...(kind ? { kind } : {}) })
  const filter = kind ? kindName(kind, lang) : t("all", lang)
  return [
    noteItem("tl:filter", [
      `${t("kind", lang)}: ${filter} (${events.length}) · f ${vi(view) ? "đổi loại" : "changes kind"}`,
    ]),
    ...(events.length === 0
      ? [noteItem("tl:none", [t("noEvents", lang)])]
      : events.map((e) => eventItem(view, e, kind === undefined, dateColumn(view, events)))),
  ]
}

// ───────────────────────────── detail: indicators ─────────────────────────────

const indicatorItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const items: Item[] = []
  for (const series of index.factsOf(relation.id).indicators) {
    const m = seriesMetrics(series)
    const all: Observation[] = [...m.points, ...m.undated]
    const direction =
      series.from || series.to ? ` (${series.from ?? "?"} → ${series.to ?? "?"})` : ""
    if (items.length > 0) items.push(spacer(`ind:${series.id}:spacer`))
    items.push({
      key: `ind:${series.id}:title`,
      selectable: false,
      rows: [
        [seg(`${localize(series.title, lang)}${direction}`, "heading")],
        [
          seg(`${indicatorKindName(series.kind, lang)}  `, "muted"),
          seg(sparkline(m.points.map((o) => pointValue(o.value))), "accent"),
        ],
      ],
    })
    const max = Math.max(0, ...all.map((o) => pointValue(o.value)))
    const dates = all.map((o) => dateText(o.date, lang))
    const values = all.map((o) => quantityText(o.value, lang))
    const growths = all.map((o) => {
      const yoy = m.yoy.find((y) => y.to === o)
      return yoy ? growthText(yoy.growth, lang) : ""
    })
    const dateW = Math.max(...dates.map(displayWidth))
    const valueW = Math.max(...values.map(displayWidth))
    const growthW = Math.max(0, ...growths.map(displayWidth))
    const barW =
      all.length < 2 ? 0 : Math.max(0, Math.min(30, view.width - dateW - valueW - growthW - 6))
    all.forEach((o, i) => {
      const body = [
        `${localize(series.title, lang)}: ${values[i]} (${dates[i]})`,
        ...(o.value.reported
          ? [`${vi(view) ? "Nguyên văn" : "As reported"}: ${o.value.reported}`]
          : []),
        ...(growths[i] ? [`${t("yoy", lang)}: ${growths[i]}`] : []),
        ...(o.rank ? [`${vi(view) ? "Xếp hạng" : "Rank"}: ${o.rank.position}/${o.rank.of}`] : []),
      ]
      items.push({
        key: `ind:${series.id}:${i}`,
        selectable: true,
        rows: [
          [
            seg(`${padEnd(dates[i] ?? "", dateW)} `, "muted"),
            ...(barW >= 3 ? [seg(`${bar(pointValue(o.value), max, barW)} `, "accent")] : []),
            seg(padStart(values[i] ?? "", valueW)),
            seg(growths[i] ? `  ${growths[i]}` : "", "good"),
          ],
        ],
        detail: { title: localize(series.title, lang), body, provenance: o.provenance },
      })
    })
    if (m.spans.length > 0) {
      items.push(
        noteItem(
          `ind:${series.id}:spans`,
          m.spans.flatMap((s) =>
            wrap(
              `${t("cagr", lang)} ${dateText(s.from.date, lang)} → ${dateText(s.to.date, lang)}: ${growthText(s.cagr, lang)} (${t("change", lang).toLowerCase()} ${growthText(s.change, lang)})`,
              Math.max(10, view.width - 4),
            ).map((line, i) => `${i === 0 ? "  " : "    "}${line}`),
          ),
        ),
      )
    }
  }
  return items.length > 0 ? items : [noteItem("ind:none", [t("none", lang)])]
}

// ───────────────────────────── detail: agreements ─────────────────────────────

const agreementItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const agreements = index.factsOf(relation.id).agreements
  if (agreements.length === 0) return [noteItem("ag:none", [t("none", lang)])]
  return agreements.flatMap((a, i) => {
    const title = localize(a.title, lang)
    const dates = `${t("signed", lang)}: ${dateText(a.signed, lang)} · ${t("effective", lang)}: ${dateText(a.effective, lang)}`
    const item: Item = {
      key: `agreement:${a.id}`,
      selectable: true,
      rows: [...wrapped(view, title, "heading"), [seg(dates, "muted")]],
      detail: {
        title,
        body: [title, "", dates, ...(a.summary ? ["", localize(a.summary, lang)] : [])],
        provenance: a.provenance,
      },
    }
    return i === 0 ? [item] : [spacer(`ag:${a.id}:spacer`), item]
  })
}

// ───────────────────────────── detail: visits ─────────────────────────────

const visitItems = (view: View, relation: Relation): Item[] => {
  const { index, lang } = view
  const rv = viewOf(index, relation, view.today)
  const events = rv.facts.events
  const counts = rv.visitCounts
  const countRows = (title: string, entries: ReadonlyArray<readonly [string, number]>): Item => {
    const labelW = Math.max(...entries.map(([k]) => displayWidth(k)), 4)
    const maxN = Math.max(1, ...entries.map(([, n]) => n))
    const barW = Math.max(0, Math.min(20, view.width - labelW - 6))
    return {
      key: `vis:${title}`,
      selectable: false,
      rows: [
        [seg(title, "heading")],
        ...entries.map(
          ([k, n]): Row => [
            seg(`  ${padEnd(k, labelW)} `),
            seg(bar(n, maxN, barW), "accent"),
            seg(` ${n}`),
          ],
        ),
      ],
    }
  }
  const undated = counts.undated > 0 ? ` (${counts.undated} ${t("undated", lang)})` : ""
  const visits = events.filter((e) => e._tag === "Visit")
  if (counts.total === 0) return [noteItem("vis:none", [`${t("total", lang)}: 0`], "accent")]
  return [
    noteItem("vis:total", [`${t("total", lang)}: ${counts.total}${undated}`], "accent"),
    countRows(
      t("byLevel", lang),
      Object.entries(counts.byLevel).map(
        ([level, n]) => [levelName(level as Level, lang), n ?? 0] as const,
      ),
    ),
    countRows(
      t("byDirection", lang),
      counts.byDirection.map(
        ({ guest, host, count }) =>
          [
            `${countryName(index, guest, lang)} → ${countryName(index, host, lang)}`,
            count,
          ] as const,
      ),
    ),
    countRows(
      t("byYear", lang),
      Object.entries(counts.byYear)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([y, n]) => [y, n] as const),
    ),
    spacer("vis:spacer"),
    headingItem("vis:list", t("visits", lang), String(visits.length)),
    ...visits.map((v) => {
      const item = eventItem(view, v, false, dateColumn(view, visits))
      return isTopLevel(v.level)
        ? {
            ...item,
            rows: item.rows.map((r) =>
              r.map((s, i) => (i === 2 ? { ...s, tone: "heading" as const } : s)),
            ),
          }
        : item
    }),
  ]
}

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

// ───────────────────────────── compare ─────────────────────────────

/** From this width on, the comparison is one table row per figure. */
const WIDE_COMPARE = 64

/**
 * The comparison of two relations: one selectable item per figure, its note in the detail. Wide
 * terminals get a table; narrow ones the label on one line and both values under it.
 */
export const compareItems = (view: View, a: string, b: string): Item[] => {
  const { index, lang } = view
  const ra = index.relation(a)
  const rb = index.relation(b)
  if (!ra || !rb) return [noteItem("cmp:missing", [`${a} / ${b}`])]
  const rows = compareViews(viewOf(index, ra, view.today), viewOf(index, rb, view.today))
  const nameA = relationName(index, ra, lang, view.today)
  const nameB = relationName(index, rb, lang, view.today)
  const cells = rows.map((r) => [
    r.label[lang],
    formatComparisonValue(r, r.a, lang),
    formatComparisonValue(r, r.b, lang),
  ])
  const asOf = noteItem(
    "cmp:asof",
    wrap(
      `${t("asOf", lang)} ${dateText(view.today, lang)} · Tab ${vi(view) ? "đổi quan hệ thứ hai" : "changes the second relation"}`,
      view.width,
    ),
  )
  const detailOf = (i: number): ItemDetail => {
    const r = rows[i]
    return {
      title: r?.label[lang] ?? "",
      body: [
        `${nameA}: ${cells[i]?.[1] ?? ""}`,
        `${nameB}: ${cells[i]?.[2] ?? ""}`,
        ...(r?.note ? ["", r.note[lang]] : []),
      ],
      provenance: [],
      sides: [
        { name: nameA, provenance: r?.provenance?.a ?? [] },
        { name: nameB, provenance: r?.provenance?.b ?? [] },
      ],
    }
  }
  if (view.width < WIDE_COMPARE) {
    const half = Math.max(4, Math.floor((view.width - 3) / 2))
    const pair = (x: string, y: string) =>
      `${padEnd(truncate(x, half), half)} │ ${truncate(y, half)}`
    return [
      asOf,
      { key: "cmp:header", selectable: false, rows: [[seg(pair(nameA, nameB), "heading")]] },
      ...rows.map(
        (r, i): Item => ({
          key: `cmp:${r.key}`,
          selectable: true,
          rows: [
            [seg(truncate(r.label[lang], view.width), "muted")],
            [seg(pair(cells[i]?.[1] ?? "", cells[i]?.[2] ?? ""))],
          ],
          detail: detailOf(i),
        }),
      ),
    ]
  }
  const lines = renderTable(
    [
      { header: "", flexible: true },
      { header: nameA, align: "right", flexible: true },
      { header: nameB, align: "right", flexible: true },
    ],
    cells,
    { maxWidth: view.width, overflow: "truncate", gap: 1 },
  )
  const [header = "", rule = "", ...body] = lines
  return [
    asOf,
    {
      key: "cmp:header",
      selectable: false,
      rows: [[seg(header, "heading")], [seg(rule, "muted")]],
    },
    ...rows.map(
      (r, i): Item => ({
        key: `cmp:${r.key}`,
        selectable: true,
        rows: [[seg(body[i] ?? "")]],
        detail: detailOf(i),
      }),
    ),
  ]
}

/** Each source's title and paragraph, then its quote, as wrapped rows. */
const provenanceRows = (view: View, provenance: ReadonlyArray<Provenance>): Row[] =>
  provenance.flatMap((p) => {
    const source = view.index.source(p.source)
    const title = source ? localize(source.title, view.lang) : p.source
    const where = p.paragraph !== undefined ? `, ${t("paragraph", view.lang)} ${p.paragraph}` : ""
    return [
      ...wrapped(view, `${title}${where}`, "muted"),
      ...wrapped(view, `“${p.quote}”`, "accent", 2),
    ]
  })

/**
 * The detail of an item for the overlay, as wrapped lines: title, body, then each source and
 * quote; a comparison row's sources under each side's name.
 */
export const detailLines = (view: View, detail: ItemDetail): Row[] => {
  const { lang } = view
  const rows: Row[] = [...wrapped(view, detail.title, "heading"), []]
  for (const line of detail.body) rows.push(...(line === "" ? [[]] : wrapped(view, line)))
  const computed = wrapped(
    view,
    vi(view)
      ? "Số liệu tính từ dữ liệu, không trích dẫn trực tiếp."
      : "Computed from the data; no direct quote.",
    "muted",
  )
  const sides = detail.sides ?? []
  if (sides.some((s) => s.provenance.length > 0)) {
    for (const side of sides) {
      rows.push([], ...wrapped(view, `${t("sources", lang)}: ${side.name}`, "heading"))
      rows.push(...(side.provenance.length > 0 ? provenanceRows(view, side.provenance) : computed))
    }
  } else if (detail.provenance.length > 0) {
    rows.push([], [seg(t("sources", lang), "heading")], ...provenanceRows(view, detail.provenance))
  } else {
    rows.push([], ...computed)
  }
  return rows
}
