/**
 * relations/<id>/cooperation.yaml of a new relation: made-up sister regions, support in
 * multilateral bodies, cooperation areas, projects, traded goods and measures.
 */
import { CooperationArea, MultilateralSupport, Project, TradeGood } from "@bilateral/domain"
import { list, provenance, type TemplateContext, type TemplateFile } from "./Template"

/** The cooperation file. */
export const cooperationFile = (ctx: TemplateContext): TemplateFile => {
  const [a, b] = ctx.countries
  const id = ctx.id
  return {
    name: "cooperation.yaml",
    header: [`Substance of the ${a.name.en} – ${b.name.en} relation.`],
    sections: [
      {
        collection: "sisterRegions",
        notes: ["Twinned provinces or cities (made up):"],
        entries: [],
        example: [
          `  - id: ${id}-sister-regions-example`,
          "    regions:",
          `      - { name: { vi: Tỉnh Mẫu, en: Example Province }, country: ${a.code} }`,
          `      - { name: { vi: Vùng Mẫu, en: Example Region }, country: ${b.code} }`,
          '    since: "2019"',
          ...provenance(ctx, "    ", 9, "Tỉnh Mẫu và Vùng Mẫu kết nghĩa từ năm 2019"),
        ],
      },
      {
        collection: "support",
        notes: [
          "Support in multilateral bodies; `body` is an organisation id from ../../countries.yaml:",
        ],
        entries: [],
        example: [
          `  - id: ${id}-support-example`,
          `    supporter: ${b.code}`,
          `    supported: ${a.code}`,
          "    body: wto",
          `    purpose: accession # ${list(MultilateralSupport.fields.purpose.literals)}`,
          '    term: "2007"',
          "    note: { vi: Một trong những nước đầu tiên ủng hộ, en: One of the first to support it }",
          ...provenance(ctx, "    ", 10, `${b.name.vi} ủng hộ ${a.name.vi} gia nhập WTO`),
        ],
      },
      {
        collection: "cooperationAreas",
        notes: ["Areas of cooperation (made up):"],
        entries: [],
        example: [
          `  - id: ${id}-area-example`,
          "    area: { vi: Nông nghiệp, en: Agriculture }",
          `    status: potential # ${list(CooperationArea.fields.status.literals)}`,
          `    proposedBy: ${b.code}`,
          ...provenance(ctx, "    ", 11, "nông nghiệp là lĩnh vực có nhiều tiềm năng"),
        ],
      },
      {
        collection: "projects",
        notes: ["Projects (made up):"],
        entries: [],
        example: [
          `  - id: ${id}-project-example`,
          `    kind: investment # ${list(Project.fields.kind.literals)}`,
          "    title: { vi: Nhà máy chế biến nông sản, en: Farm produce processing plant }",
          "    by: [Công ty Mẫu]",
          `    countries: [${b.code}]`,
          "    places: [Tỉnh Mẫu]",
          "    size: { value: 50, unit: hectares, reported: 50 ha }",
          "    status: { vi: Đang xây dựng, en: Under construction }",
          '    date: "2024"',
          ...provenance(ctx, "    ", 12, "nhà máy chế biến nông sản rộng 50 ha tại Tỉnh Mẫu"),
        ],
      },
      {
        collection: "tradeGoods",
        notes: ["Goods traded, or proposed for trade (made up):"],
        entries: [],
        example: [
          `  - id: ${id}-good-example`,
          "    product: { vi: Gạo, en: Rice }",
          `    from: ${a.code}`,
          `    to: ${b.code}`,
          `    status: traded # ${list(TradeGood.fields.status.literals)}`,
          ...provenance(ctx, "    ", 13, `xuất khẩu gạo sang ${b.name.vi}`),
        ],
      },
      {
        collection: "measures",
        notes: ["Measures one side took (made up):"],
        entries: [],
        example: [
          `  - id: ${id}-measure-example`,
          "    title: { vi: Miễn thị thực, en: Visa exemption }",
          `    by: ${b.code}`,
          `    for: ${a.code}`,
          "    unilateral: true",
          "    duration: { value: 30, unit: days, reported: 30 ngày }",
          '    date: "2024-07-01"',
          ...provenance(ctx, "    ", 14, `miễn thị thực 30 ngày cho công dân ${a.name.vi}`),
        ],
      },
    ],
  }
}
