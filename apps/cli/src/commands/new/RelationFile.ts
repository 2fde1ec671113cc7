/**
 * relations/<id>/relation.yaml of a new relation: the header every file's reader starts with (how
 * facts are cited, how dates are written, the made-up source and person), the relation entry, and
 * a made-up example of every field a relation holds: recognitions, establishment, embassies with
 * their opening, frameworks over time, ambassadors' terms and commissions' levels.
 */
import { Level } from "@bilateral/domain"
import {
  exampleIds,
  examplePerson,
  exampleSource,
  list,
  provenance,
  q,
  type TemplateContext,
  type TemplateFile,
} from "./Template"

/** The relation's file. */
export const relationFile = (ctx: TemplateContext): TemplateFile => {
  const [a, b] = ctx.countries
  const id = ctx.id
  const title = `${a.name.vi} – ${b.name.vi} (${a.name.en} – ${b.name.en})`
  return {
    name: "relation.yaml",
    header: [
      `${title}. Made by \`bilateral new relation ${id}\`.`,
      "",
      "Write only what a source says. Every fact has `provenance`: the source's id (an entry of",
      "../../sources.yaml), the paragraph (the text's non-empty lines counted from 1) and a quote",
      "of at most 25 words copied exactly from the text, the clause that states the fact.",
      "Dates are written as reported: 2024, 2024-05, 2024-05-14, a range 2024-05-14/2024-05-16,",
      "or mid-2024 (also early-, late-); never a day the source does not give.",
      "",
      "The commented examples in these files are made up. To use one, copy it, remove the leading",
      '"# " of each line, replace every value, and change `[]` after the collection name to the',
      "entries. Leave out what the source does not say.",
      "",
      "The source's entry in ../../sources.yaml (made up; `language` is the language the text is",
      "written in, an ISO 639-1 code such as vi, en or ru; its text goes in the sources directory",
      "as <id>.txt, outside the repository):",
      ...exampleSource(ctx),
      "",
      "People go in ../../people.yaml, once each, spelled as the source spells them:",
      ...examplePerson(ctx),
    ],
    sections: [
      {
        collection: "relations",
        notes: ["The relation. The other fields, when a source gives them, go under `countries`:"],
        entries: [`  - id: ${id}`, `    countries: [${a.code}, ${b.code}]`],
        example: [
          "    recognitions:",
          `      - by: ${a.code}`,
          `        of: ${b.code}`,
          '        date: "1991-12-30"',
          ...provenance(
            ctx,
            "        ",
            2,
            `${a.name.vi} công nhận độc lập của ${b.name.vi} ngày 30/12/1991`,
          ),
          "    established:",
          '      date: "1992-01-07"',
          "      instrument:",
          "        vi: Nghị định thư về thiết lập quan hệ ngoại giao",
          "        en: Protocol on the establishment of diplomatic relations",
          ...provenance(ctx, "      ", 2, `hai nước thiết lập quan hệ ngoại giao ngày 7/1/1992`),
          "    embassies:",
          "      # seat: where the embassy is; a third country when it is concurrently accredited.",
          "      # opened, closed: when the source says the embassy opened or closed.",
          `      - sender: ${a.code}`,
          `        seat: ${b.code}`,
          `        accreditedTo: ${b.code}`,
          "        ambassador: Trần Văn B",
          '        opened: "2010-09"',
          ...provenance(
            ctx,
            "        ",
            3,
            `Đại sứ quán ${a.name.vi} tại ${b.name.vi} khai trương tháng 9/2010`,
          ),
          "    frameworks:",
          "      # since, until: when a framework began and when the next one replaced it.",
          "      - name: { vi: Hữu nghị truyền thống, en: Traditional friendship }",
          '        until: "2024-05"',
          ...provenance(ctx, "        ", 3, "từ quan hệ hữu nghị truyền thống"),
          "      - name: { vi: Đối tác toàn diện, en: Comprehensive partnership }",
          '        since: "2024-05"',
          ...provenance(ctx, "        ", 3, "nâng quan hệ lên Đối tác toàn diện"),
          "    ambassadors:",
          "      # One entry per term: person (an id from ../../people.yaml) or name; from and to",
          "      # when the source dates the term; seat only when it says where the embassy is.",
          "      - name: Trần Văn B",
          `        sender: ${a.code}`,
          `        accreditedTo: ${b.code}`,
          `        seat: ${b.code}`,
          '        from: "2022"',
          '        to: "2025"',
          ...provenance(ctx, "        ", 3, "Đại sứ Trần Văn B (2022-2025)"),
          "    commissions:",
          "      # A commission or committee and its level over time; its sessions are in events.yaml",
          `      # with commissionId. level: ${list(Level.literals)}.`,
          `      - id: ${exampleIds(id).commission}`,
          "        name:",
          `          vi: ${q(`Ủy ban liên Chính phủ ${a.name.vi} – ${b.name.vi}`)}`,
          `          en: ${q(`${a.name.en}–${b.name.en} Intergovernmental Commission`)}`,
          "        levels:",
          "          - level: deputy-minister",
          '            since: "2010"',
          ...provenance(ctx, "            ", 4, "Ủy ban thành lập năm 2010 ở cấp Thứ trưởng"),
          "          - level: minister",
          '            since: "2024"',
          ...provenance(ctx, "            ", 4, "nâng lên cấp Bộ trưởng từ năm 2024"),
          ...provenance(ctx, "        ", 4, "Ủy ban liên Chính phủ"),
        ],
      },
    ],
  }
}
