/** relations/<id>/agreements.yaml of a new relation: a made-up agreement with every field. */
import { AgreementKind } from "@bilateral/domain"
import { exampleIds, list, provenance, type TemplateContext, type TemplateFile } from "./Template"

/** The agreements' file. */
export const agreementsFile = (ctx: TemplateContext): TemplateFile => {
  const [a, b] = ctx.countries
  const id = ctx.id
  const { visit } = exampleIds(id)
  return {
    name: "agreements.yaml",
    header: [
      `Bilateral agreements ${a.name.en} – ${b.name.en}. An agreement of several relations (with an`,
      "organisation, say) goes in ../../agreements.yaml, with `relations: [<id>, ...]`.",
    ],
    sections: [
      {
        collection: "agreements",
        notes: ["A made-up agreement with every field:"],
        entries: [],
        example: [
          `  - id: ${id}-culture-agreement-example`,
          "    title:",
          "      vi: Hiệp định hợp tác văn hóa",
          "      en: Agreement on cultural cooperation",
          `    kind: agreement # ${list(AgreementKind.literals)}`,
          "    scope: bilateral # bilateral or multilateral",
          "    # parties: countries ({ _tag: CountryParty, country: XX }) or organisations",
          "    # ({ _tag: OrganisationParty, organisation: <id from ../../countries.yaml> }).",
          "    parties:",
          `      - { _tag: CountryParty, country: ${a.code} }`,
          `      - { _tag: CountryParty, country: ${b.code} }`,
          '    signed: "2024-05-15"',
          '    effective: "2024-11"',
          "    # signedAt: the event it was signed during.",
          `    signedAt: ${visit}`,
          "    summary:",
          "      vi: Ký trong chuyến thăm của Bộ trưởng Ngoại giao Nguyễn Văn A.",
          "      en: Signed during Foreign Minister Nguyễn Văn A's visit.",
          ...provenance(ctx, "    ", 5, "hai bên ký Hiệp định hợp tác văn hóa"),
        ],
      },
    ],
  }
}
