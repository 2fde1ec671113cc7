import { Effect, Either } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { fixture, fixtureSources } from "../test/fixtures"
import { indexFiles, loadDirectory } from "./BilateralData"
import type { BilateralIndex } from "./BilateralIndex"
import type { DatasetFile } from "./DatasetFile"
import { provenanceAnchor } from "./ProvenanceAnchor"

let index: BilateralIndex
beforeAll(async () => {
  index = await Effect.runPromise(loadDirectory(fixture("valid"), { sourcesDir: fixtureSources }))
})

const ids = (items: ReadonlyArray<{ readonly id: string }>) => items.map((x) => x.id)

describe("lookups", () => {
  it("lists the relations by id", () => {
    expect(ids(index.relations)).toEqual(["vn-kg", "vn-kz"])
    expect(index.relation("vn-kz")?.countries).toEqual(["VN", "KZ"])
    expect(index.relation("vn-xx")).toBeUndefined()
  })

  it("finds a country by code in any case", () => {
    expect(index.country("kz")?.name.en).toBe("Kazakhstan")
    expect(index.country("KG")?.code).toBe("KG")
    expect(index.country("XX")).toBeUndefined()
  })

  it("finds people, organisations, sources, events, agreements and indicators by id", () => {
    expect(index.person("nguyen-van-an")?.aliases).toEqual(["Nguyễn V. An"])
    expect(index.organisation("unsc")?.parent).toBe("un")
    expect(index.source("second-article")?.language).toBe("vi")
    expect(index.event("call-2024-11")?._tag).toBe("PhoneCall")
    expect(index.agreement("culture-agreement")?.signedAt).toBe("visit-2025-03-nguyen-van-an")
    expect(index.indicator("vn-kz-trade")?.observations).toHaveLength(2)
    expect(index.person("nobody")).toBeUndefined()
  })
})

describe("resolveRelation", () => {
  it.each([
    ["kz", "vn-kz"],
    ["KG", "vn-kg"],
    ["Kazakhstan", "vn-kz"],
    ["kazakhstan", "vn-kz"],
    ["Cộng hòa Kyrgyzstan", "vn-kg"],
    ["cong hoa kyrgyzstan", "vn-kg"],
    ["CỘNG HOÀ KYRGYZSTAN", "vn-kg"],
    ["Kyrgyz Republic", "vn-kg"],
    ["Republic of Kazakhstan", "vn-kz"],
    ["vn-kz", "vn-kz"],
    ["  kz ", "vn-kz"],
  ])("resolves %j to %s", (input, expected) => {
    expect(index.resolveRelation(input)?.id).toBe(expected)
  })

  it("resolves neither the shared country nor an unknown name", () => {
    expect(index.resolveRelation("vn")).toBeUndefined()
    expect(index.resolveRelation("Việt Nam")).toBeUndefined()
    expect(index.resolveRelation("Uzbekistan")).toBeUndefined()
  })
})

describe("events", () => {
  it("lists every event by date, undated ones last", () => {
    expect(ids(index.events())).toEqual([
      "visit-2010-president",
      "call-2024-11",
      "visit-2025-03-nguyen-van-an",
      "consultation-2025-03",
      "ministers-meeting",
    ])
  })

  it("filters by relation, kind and level", () => {
    expect(ids(index.events({ relation: "vn-kg" }))).toEqual(["call-2024-11"])
    expect(ids(index.events({ kind: "Visit" }))).toEqual([
      "visit-2010-president",
      "visit-2025-03-nguyen-van-an",
    ])
    expect(ids(index.events({ relation: "vn-kz", level: "government" }))).toEqual([
      "visit-2025-03-nguyen-van-an",
    ])
  })

  it("filters by period, leaving undated events out", () => {
    expect(ids(index.events({ from: 2024 }))).toEqual([
      "call-2024-11",
      "visit-2025-03-nguyen-van-an",
      "consultation-2025-03",
    ])
    expect(ids(index.events({ to: 2024 }))).toEqual(["visit-2010-president", "call-2024-11"])
    expect(ids(index.events({ from: 2011, to: 2023 }))).toEqual([])
  })

  it("filters by a person taking part in any role", () => {
    expect(ids(index.events({ person: "nguyen-van-an" }))).toEqual([
      "call-2024-11",
      "visit-2025-03-nguyen-van-an",
    ])
    expect(ids(index.events({ person: "aibek-usenov" }))).toEqual(["consultation-2025-03"])
  })
})

describe("factsOf", () => {
  it("gathers everything about a relation, multilateral agreements and both countries' memberships included", () => {
    const facts = index.factsOf("vn-kz")
    expect(facts.partner.code).toBe("KZ")
    expect(ids(facts.events)).toEqual([
      "visit-2010-president",
      "visit-2025-03-nguyen-van-an",
      "consultation-2025-03",
      "ministers-meeting",
    ])
    expect(ids(facts.agreements)).toEqual(["fta-eaeu", "culture-agreement"])
    expect(ids(facts.indicators)).toEqual(["vn-kz-trade"])
    expect(ids(facts.memberships)).toEqual(["kz-eaeu"])
    expect(ids(facts.sisterRegions)).toEqual(["bac-ninh-east-kazakhstan"])
    expect(ids(facts.support)).toEqual(["kz-supports-vn-unsc"])
    expect(ids(facts.projects)).toEqual(["almaty-investment"])
    expect(ids(facts.claims)).toEqual(["trade-doubled"])
    expect(facts.statements).toEqual([])
  })

  it("keeps each relation's facts apart", () => {
    const facts = index.factsOf("vn-kg")
    expect(facts.partner.code).toBe("KG")
    expect(ids(facts.events)).toEqual(["call-2024-11"])
    expect(ids(facts.agreements)).toEqual(["fta-eaeu"])
    expect(ids(facts.statements)).toEqual(["good-relations"])
    expect(facts.memberships).toEqual([])
  })

  it("refuses an unknown relation id with the ids that exist", () => {
    expect(() => index.factsOf("vn-uz")).toThrow(
      'unknown relation "vn-uz": expected one of vn-kg, vn-kz',
    )
  })
})

describe("factsBySource", () => {
  it("lists every fact a source supports, nested provenance included", () => {
    const facts = index.factsBySource("fixture-article")
    expect(facts.map((f) => `${f.collection}:${f.id}`)).toEqual([
      "countries:KZ",
      "memberships:kz-eaeu",
      "relations:vn-kg",
      "relations:vn-kz",
      "relations:vn-kz",
      "events:visit-2025-03-nguyen-van-an",
      "events:consultation-2025-03",
      "events:ministers-meeting",
      "events:visit-2010-president",
      "agreements:fta-eaeu",
      "agreements:culture-agreement",
      "indicators:vn-kz-trade",
      "indicators:vn-kz-trade",
      "sisterRegions:bac-ninh-east-kazakhstan",
      "support:kz-supports-vn-unsc",
      "projects:almaty-investment",
      "claims:trade-doubled",
    ])
  })

  it("labels each fact in both languages", () => {
    const labels = index.factsBySource("fixture-article").map((f) => f.label)
    expect(labels).toEqual(
      expect.arrayContaining([
        { vi: "Độc lập của Kazakhstan", en: "Independence of Kazakhstan" },
        { vi: "Việt Nam công nhận Kazakhstan", en: "Vietnam recognises Kazakhstan" },
        {
          vi: "Đại sứ quán Việt Nam tại Kazakhstan kiêm nhiệm Kyrgyzstan",
          en: "Embassy of Vietnam in Kazakhstan, also accredited to Kyrgyzstan",
        },
        { vi: "Kim ngạch thương mại 2022: 4,5 triệu USD", en: "Trade 2022: 4500000 USD" },
        {
          vi: "Kazakhstan ủng hộ Việt Nam tại Hội đồng Bảo an",
          en: "Kazakhstan supports Vietnam at Security Council",
        },
      ]),
    )
  })

  it("gives each fact the anchor of its quote and the relation it belongs to", () => {
    const facts = index.factsBySource("second-article")
    expect(facts.map((f) => f.anchor)).toEqual(facts.map((f) => provenanceAnchor(f.provenance)))
    expect(facts.map((f) => f.relation)).toEqual(["vn-kg", "vn-kg"])
    expect(facts[0]?.anchor).toMatch(/^q-[0-9a-f]{8}$/)
    expect(facts[0]?.provenance.paragraph).toBe(2)
  })

  it("is empty for a source that supports nothing", () => {
    expect(index.factsBySource("no-such-source")).toEqual([])
  })
})

describe("search", () => {
  it("finds people by name and alias without diacritics", () => {
    expect(index.search("nguyen van an")[0]).toEqual({
      kind: "person",
      id: "nguyen-van-an",
      label: "Nguyễn Văn An",
    })
    expect(index.search("Nguyễn V. An")[0]).toMatchObject({ kind: "person", label: "Nguyễn V. An" })
  })

  it("finds places with the event or relation they belong to", () => {
    const hits = index.search("almaty").filter((h) => h.kind === "place")
    expect(hits).toEqual([
      {
        kind: "place",
        id: "Almaty",
        label: "Almaty",
        relation: "vn-kz",
        eventId: "visit-2025-03-nguyen-van-an",
      },
      {
        kind: "place",
        id: "Almaty",
        label: "Almaty",
        relation: "vn-kz",
        fact: { collection: "projects", id: expect.any(String) },
      },
    ])
    expect(index.search("dong kazakhstan")).toContainEqual({
      kind: "place",
      id: "Đông Kazakhstan",
      label: "Đông Kazakhstan",
      relation: "vn-kz",
      fact: { collection: "sisterRegions", id: expect.any(String) },
    })
  })

  it("finds countries, organisations, agreements and events", () => {
    expect(index.search("kyrgyz")[0]).toMatchObject({ kind: "country", id: "KG" })
    expect(index.search("EAEU")[0]).toEqual({ kind: "organisation", id: "eaeu", label: "EAEU" })
    expect(index.search("hop tac van hoa")).toContainEqual({
      kind: "agreement",
      id: "culture-agreement",
      label: "Hiệp định hợp tác văn hóa",
      relation: "vn-kz",
    })
    expect(index.search("phone call")).toEqual([
      {
        kind: "event",
        id: "call-2024-11",
        label: "Phone call between the Prime Ministers",
        relation: "vn-kg",
        eventId: "call-2024-11",
      },
    ])
  })

  it("puts exact matches first and finds nothing for a blank query", () => {
    expect(index.search("Kazakhstan")[0]).toMatchObject({ kind: "country", id: "KZ" })
    expect(index.search("   ")).toEqual([])
    expect(index.search("zzzz")).toEqual([])
  })
})

describe("the subject: the country the dataset is about", () => {
  const countries = ["VN", "KZ", "KG", "UZ"]
    .map((code) => `  - code: ${code}\n    name: { en: Country ${code}, vi: Nước ${code} }\n`)
    .join("")
  const relationFile = (id: string, a: string, b: string): DatasetFile => ({
    path: `relations/${id}/relation.yaml`,
    text: `relations:\n  - id: ${id}\n    countries: [${a}, ${b}]\n`,
  })
  const indexOf = (...files: DatasetFile[]): BilateralIndex =>
    Either.getOrThrow(
      indexFiles([{ path: "countries.yaml", text: `countries:\n${countries}` }, ...files]),
    )
  const about = (country: string): DatasetFile => ({
    path: "dataset.yaml",
    text: `about:\n  country: ${country}\n  title: { vi: Quan hệ, en: Relations }\n`,
  })

  it("is the country dataset.yaml names, with its title", () => {
    const index = indexOf(about("KZ"), relationFile("kz-vn", "VN", "KZ"))
    expect(index.subject).toBe("KZ")
    expect(index.about?.title).toEqual({ vi: "Quan hệ", en: "Relations" })
    const relation = index.relation("kz-vn")
    expect(relation && index.partnerOf(relation)).toBe("VN")
    expect(relation && index.slugOf(relation)).toBe("vn")
  })

  it("is inferred as the one country common to every relation when no file says", () => {
    const index = indexOf(relationFile("kz-vn", "KZ", "VN"), relationFile("vn-kg", "VN", "KG"))
    expect(index.about).toBeUndefined()
    expect(index.subject).toBe("VN")
    expect(index.relations.map((r) => index.partnerOf(r))).toEqual(["KZ", "KG"])
  })

  it("is inferred from the fixture dataset, which has no dataset.yaml", () => {
    expect(index.about).toBeUndefined()
    expect(index.subject).toBe("VN")
  })

  it("is none when no country is common to every relation", () => {
    const index = indexOf(relationFile("vn-kz", "VN", "KZ"), relationFile("kg-uz", "KG", "UZ"))
    expect(index.subject).toBeUndefined()
    expect(index.relations.map((r) => [index.partnerOf(r), index.slugOf(r)])).toEqual([
      ["UZ", "kg-uz"],
      ["KZ", "vn-kz"],
    ])
  })

  it("names relations by partner code, and relations without the subject by id", () => {
    const index = indexOf(
      about("VN"),
      relationFile("vn-kz", "VN", "KZ"),
      relationFile("vn-kg", "VN", "KG"),
      relationFile("kz-uz", "KZ", "UZ"),
    )
    const slugs = index.relations.map((r) => index.slugOf(r))
    expect(slugs).toEqual(["kz-uz", "kg", "kz"])
    for (const slug of slugs) {
      const relation = index.relationBySlug(slug.toUpperCase())
      expect(relation && index.slugOf(relation)).toBe(slug)
    }
    expect(index.relationBySlug("uz")).toBeUndefined()
    const kzUz = index.relation("kz-uz")
    expect(kzUz && index.partnerOf(kzUz)).toBe("UZ")
    // A partner's code and name pick its relation with the subject, not the one between others.
    expect(index.resolveRelation("KZ")?.id).toBe("vn-kz")
    expect(index.resolveRelation("Country KZ")?.id).toBe("vn-kz")
    expect(index.resolveRelation("kz-uz")?.id).toBe("kz-uz")
    expect(index.resolveRelation("uz")?.id).toBe("kz-uz")
  })
})
