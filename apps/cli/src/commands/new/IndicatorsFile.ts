/**
 * relations/<id>/indicators.yaml of a new relation: a made-up trade series with a period average,
 * full years, a figure two reporters give differently (`otherReports`) and figures for part of a
 * year (`period`), and a made-up arrivals series with a range and a rank.
 */
import { IndicatorKind, ObservationBasis, Qualifier, RatePeriod, Unit } from "@bilateral/domain"
import {
  exampleIds,
  list,
  provenance,
  q,
  type TemplateContext,
  type TemplateFile,
} from "./Template"

/** The indicators' file. */
export const indicatorsFile = (ctx: TemplateContext): TemplateFile => {
  const [a, b] = ctx.countries
  const id = ctx.id
  const { trade } = exampleIds(id)
  return {
    name: "indicators.yaml",
    header: [
      `Figures of the ${a.name.en} – ${b.name.en} relation. Values are in base units (12,5 triệu USD`,
      "is 12500000); `reported` keeps the text's wording.",
    ],
    sections: [
      {
        collection: "indicators",
        notes: [
          `\`kind\`: ${list(IndicatorKind.literals)}.`,
          "Two made-up series: trade both ways, and arrivals one way (from, to):",
        ],
        entries: [],
        example: [
          `  - id: ${trade}`,
          "    kind: trade",
          "    title:",
          `      vi: ${q(`Kim ngạch thương mại song phương ${a.name.vi} – ${b.name.vi}`)}`,
          `      en: ${q(`${a.name.en}–${b.name.en} bilateral trade`)}`,
          "    observations:",
          `      # basis: ${list(ObservationBasis.literals)} (annual when left out).`,
          '      - date: "2020/2022"',
          "        basis: period-average",
          `        # unit: ${list(Unit.members[0].literals)}, or a currency code;`,
          `        # qualifier: ${list(Qualifier.literals)}; per: ${list(RatePeriod.literals)}.`,
          "        value: { value: 8000000, unit: USD, per: year, reported: 8 triệu USD/năm }",
          ...provenance(
            ctx,
            "        ",
            6,
            "giai đoạn 2020-2022, kim ngạch thương mại đạt 8 triệu USD/năm",
          ),
          '      - date: "2023"',
          "        value: { value: 10000000, unit: USD, reported: 10 triệu USD }",
          ...provenance(ctx, "        ", 6, "đạt 10 triệu USD năm 2023"),
          "        # reporter: who gives the figure, when the source says; otherReports: the same",
          "        # figure as other reporters give it, each with its own value and quote.",
          `        reporter: { name: { vi: ${q(`Hải quan ${a.name.vi}`)}, en: ${q(`${a.name.en} Customs`)} } }`,
          "        otherReports:",
          `          - reporter: { name: { vi: ${q(`Cơ quan thống kê ${b.name.vi}`)}, en: ${q(`${b.name.en}'s statistics office`)} } }`,
          "            value: { value: 11000000, unit: USD, reported: 11 triệu USD }",
          ...provenance(ctx, "            ", 7, "phía bạn thống kê được 11 triệu USD năm 2023"),
          '      - date: "2024"',
          "        value:",
          "          { value: 25000000, unit: USD, qualifier: over, reported: hơn 25 triệu USD }",
          ...provenance(ctx, "        ", 6, "hơn 25 triệu USD năm 2024"),
          "      # period: part of a year, whose date is the year: { _tag: FirstMonths, months: 4 }",
          '      # ("4 tháng đầu năm"), { _tag: Quarter, quarter: 1 } ("quý I"), { _tag: Half, half: 1 }',
          '      # ("6 tháng đầu năm"), { _tag: YearToDate, month: 3, day: 31 } ("đến hết 31/3"). A',
          "      # part is compared only with the same part of another year.",
          '      - date: "2024"',
          "        period: { _tag: Half, half: 1 }",
          "        value: { value: 12000000, unit: USD, reported: 12 triệu USD }",
          ...provenance(ctx, "        ", 8, "6 tháng đầu năm 2024 đạt 12 triệu USD"),
          '      - date: "2025"',
          "        period: { _tag: Half, half: 1 }",
          "        value: { value: 18000000, unit: USD, reported: 18 triệu USD }",
          ...provenance(ctx, "        ", 8, "6 tháng đầu năm 2025 đạt 18 triệu USD"),
          `  - id: ${id}-arrivals-example`,
          "    kind: tourist-arrivals",
          "    title:",
          `      vi: ${q(`Lượt khách ${b.name.vi} đến ${a.name.vi}`)}`,
          `      en: ${q(`Arrivals from ${b.name.en} in ${a.name.en}`)}`,
          `    from: ${b.code}`,
          `    to: ${a.code}`,
          "    observations:",
          '      - date: "2024"',
          "        value: { value: 20000, max: 30000, unit: visitors, reported: 20.000–30.000 lượt }",
          "        # rank: the place the source gives it among others.",
          "        rank: { position: 3, of: 10 }",
          ...provenance(
            ctx,
            "        ",
            7,
            `${b.name.vi} đứng thứ 3 trong 10 thị trường, với 20.000-30.000 lượt khách`,
          ),
        ],
      },
    ],
  }
}
