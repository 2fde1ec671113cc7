// Scores the extractor on the seed articles (../shared/sources from the repository root) against
// the shipped dataset, which a careful person extracted from them: recall and precision per kind,
// and the share of quotes found verbatim in their paragraph. Skips with a message when the
// articles are absent. Run after building: `npm run bench` (or `node bench/seeds.bench.mjs`).
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { loadEmbeddedSync, paragraphsOf } from "@bilateral/data"
import { extract, holding } from "@bilateral/extract"

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..")
const sourcesDir = join(root, "..", "shared", "sources")
if (!existsSync(sourcesDir)) {
  console.log(`extract bench: skipped, no seed articles in ${sourcesDir}`)
  process.exit(0)
}
const index = loadEmbeddedSync()
const files = readdirSync(sourcesDir).filter((f) => f.endsWith(".txt"))

/** The kinds scored, the proposals that count for each, and the gold entries of each. */
const GROUPS = [
  {
    name: "dated events",
    kinds: ["visit", "talks", "consultation", "phone-call", "session"],
    goal: true,
  },
  { name: "agreements", kinds: ["agreement"], goal: true },
  {
    name: "establishment + embassies",
    kinds: ["establishment", "embassy", "ambassador"],
    goal: true,
  },
  { name: "observations", kinds: ["observation"], goal: true },
  { name: "frameworks", kinds: ["framework"], goal: false },
  { name: "claims + statements", kinds: ["claim"], goal: false },
]

/** Every gold entry of a group that cites the source, as `ref` strings as holding() names them. */
const goldOf = (group, sourceId) => {
  const cites = (provenance) => provenance.some((p) => p.source === sourceId)
  const d = index.dataset
  const refs = []
  if (group.name === "dated events") {
    for (const e of d.events)
      if (e.date !== undefined && cites(e.provenance)) refs.push(`event ${e.id}`)
  } else if (group.name === "agreements") {
    for (const a of d.agreements) if (cites(a.provenance)) refs.push(`agreement ${a.id}`)
  } else if (group.name === "establishment + embassies") {
    for (const r of d.relations) {
      if (r.established && cites(r.established.provenance))
        refs.push(`relation ${r.id} established`)
      for (const e of r.embassies)
        if (cites(e.provenance)) refs.push(`relation ${r.id} embassy ${e.sender}→${e.seat}`)
    }
  } else if (group.name === "observations") {
    for (const s of d.indicators)
      for (const o of s.observations)
        if (cites(o.provenance))
          refs.push(`indicator ${s.id} ${o.date === undefined ? "(undated)" : formatDate(o.date)}`)
  } else if (group.name === "frameworks") {
    for (const r of d.relations)
      if (r.frameworks.some((f) => cites(f.provenance))) refs.push(`relation ${r.id} framework`)
  } else {
    for (const c of [...d.claims, ...d.statements])
      if (cites(c.provenance)) refs.push(`claim ${c.id}`)
  }
  return [...new Set(refs)]
}

const pad = (n) => String(n).padStart(2, "0")
const formatDate = (date) => {
  const point = (p) =>
    p._tag === "Day"
      ? `${p.year}-${pad(p.month)}-${pad(p.day)}`
      : p._tag === "Month"
        ? `${p.year}-${pad(p.month)}`
        : `${p.part ? `${p.part}-` : ""}${p.year}`
  return date._tag === "Range" ? `${point(date.start)}/${point(date.end)}` : point(date)
}

const totals = new Map(GROUPS.map((g) => [g.name, { gold: 0, found: 0, proposed: 0, correct: 0 }]))
let quotes = 0
let verbatim = 0
for (const file of files) {
  const sourceId = file.replace(/\.txt$/u, "")
  const text = readFileSync(join(sourcesDir, file), "utf8")
  const paragraphs = paragraphsOf(text.normalize("NFC"))
  const result = extract(text, {}, index)
  // SHOW=1 lists the exchanges the dataset does not hold (the false positives to look at).
  if (process.env.SHOW)
    for (const p of result.proposals) {
      const h = holding(p, index)
      if (
        ["visit", "talks", "consultation", "phone-call", "session"].includes(p.kind) &&
        h._tag !== "Held"
      )
        console.log("  unmatched", p.kind, p.paragraph, p.date, p.quote)
    }
  for (const p of result.proposals) {
    for (const q of [{ quote: p.quote, paragraph: p.paragraph }, ...(p.more ?? [])]) {
      quotes++
      const words = q.quote.split(/\s+/u).filter(Boolean).length
      if (words <= 25 && (paragraphs[q.paragraph - 1] ?? "").includes(q.quote)) verbatim++
    }
  }
  for (const group of GROUPS) {
    const gold = goldOf(group, sourceId)
    const proposals = result.proposals.filter((p) => group.kinds.includes(p.kind))
    const refs = proposals.map((p) => {
      const h = holding(p, index)
      return h._tag === "Held" || h._tag === "Conflict" ? h.entry.ref : undefined
    })
    const t = totals.get(group.name)
    t.gold += gold.length
    t.found += gold.filter((g) => refs.includes(g)).length
    t.proposed += proposals.length
    t.correct += refs.filter((r) => r !== undefined && gold.includes(r)).length
    const missed = gold.filter((g) => !refs.includes(g))
    if (missed.length > 0) console.log(`  ${sourceId}: missed ${missed.join(", ")}`)
  }
}

const pct = (a, b) => (b === 0 ? "  n/a" : `${((100 * a) / b).toFixed(0).padStart(4)}%`)
console.log(`extract bench: ${files.length} seed articles against the shipped dataset`)
console.log("kind                        recall      precision   goal")
for (const group of GROUPS) {
  const t = totals.get(group.name)
  console.log(
    `${group.name.padEnd(28)}${pct(t.found, t.gold)} ${`${t.found}/${t.gold}`.padEnd(6)}${pct(t.correct, t.proposed)} ${`${t.correct}/${t.proposed}`.padEnd(6)}${group.goal ? "recall ≥ 90%, precision ≥ 80%" : "(reported only)"}`,
  )
}
console.log(
  `verbatim quotes             ${pct(verbatim, quotes)} ${verbatim}/${quotes}   goal 100%`,
)
