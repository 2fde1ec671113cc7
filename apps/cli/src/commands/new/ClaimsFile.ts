/**
 * relations/<id>/claims.yaml of a new relation: a made-up statement, and made-up claims the data
 * checks: a multiple ("more than doubled") and a percentage change in the source's own words on
 * the same period a year earlier ("so với cùng kỳ").
 */
import { exampleIds, provenance, q, type TemplateContext, type TemplateFile } from "./Template"

/** The statements and claims file. */
export const claimsFile = (ctx: TemplateContext): TemplateFile => {
  const [a, b] = ctx.countries
  const id = ctx.id
  const { trade } = exampleIds(id)
  return {
    name: "claims.yaml",
    header: [
      "Statements (what was said, by a speaker or by the article itself) and claims (assertions",
      "the data can check, or Qualitative where it cannot).",
    ],
    sections: [
      {
        collection: "statements",
        notes: ["A made-up statement with every field:"],
        entries: [],
        example: [
          `  - id: ${id}-statement-example`,
          '    date: "2024-05-15"',
          "    speaker:",
          "      person: example-person",
          "      office: { vi: Bộ trưởng Ngoại giao, en: Minister of Foreign Affairs }",
          `      country: ${a.code}`,
          "    text:",
          `      vi: ${q(`${a.name.vi} coi trọng quan hệ hữu nghị với ${b.name.vi}.`)}`,
          `      en: ${q(`${a.name.en} values its friendship with ${b.name.en}.`)}`,
          ...provenance(ctx, "    ", 8, `coi trọng quan hệ hữu nghị với ${b.name.vi}`),
        ],
      },
      {
        collection: "claims",
        notes: [
          "Two made-up claims that the data checks: trade more than doubled, and a change given",
          'as a percentage, its wording kept in `reported` ("so với cùng kỳ": on the same period',
          "a year earlier, here the first half of 2024):",
        ],
        entries: [],
        example: [
          `  - id: ${id}-trade-doubled-example`,
          "    text:",
          "      vi: Kim ngạch thương mại năm 2024 tăng hơn gấp đôi so với năm 2023.",
          "      en: Trade in 2024 more than doubled from 2023.",
          "    check:",
          "      _tag: Multiple",
          `      series: ${trade}`,
          '      from: "2023"',
          '      to: "2024"',
          "      factor: 2",
          "      qualifier: over",
          ...provenance(ctx, "    ", 6, "tăng hơn gấp đôi so với năm 2023"),
          `  - id: ${id}-trade-first-half-up-example`,
          "    text:",
          "      vi: Kim ngạch 6 tháng đầu năm 2025 tăng 50% so với cùng kỳ năm 2024.",
          "      en: Trade in the first half of 2025 rose 50% on the same period of 2024.",
          "    check:",
          "      _tag: Change",
          `      series: ${trade}`,
          '      to: "2025"',
          "      period: { _tag: Half, half: 1 }",
          "      reported: tăng 50% so với cùng kỳ",
          ...provenance(ctx, "    ", 8, "tăng 50% so với cùng kỳ năm 2024"),
        ],
        after: [
          "Other checks, by `_tag`:",
          "  Anniversary: subject ({ _tag: Establishment } or { _tag: EventSubject, event: <id> }),",
          "    year, years (the relation's 35th anniversary in 2027: year 2027, years 35);",
          "  Increase: series, to, and from (optional);",
          '  Change also takes from, and a yearly average ("tăng trung bình 12%/năm") needs it;',
          "  Multiple, Increase and Change take period for parts of a year;",
          "  FirstVisit: event, guest, host, levels (a list), since (optional);",
          "  NoneWithin: event, guest, host, levels, years (the first such visit in N years);",
          "  Qualitative: no fields (a claim the data cannot check).",
        ],
      },
    ],
  }
}
