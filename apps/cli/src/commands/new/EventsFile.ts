/**
 * relations/<id>/events.yaml of a new relation: made-up examples of a visit with every field, a
 * consultation round held during it, and a commission session with its co-chairs and each side's
 * level.
 */
import { EVENT_KINDS, Level, VisitType } from "@bilateral/domain"
import {
  exampleIds,
  list,
  provenance,
  q,
  type TemplateContext,
  type TemplateFile,
} from "./Template"

/** The events' file. */
export const eventsFile = (ctx: TemplateContext): TemplateFile => {
  const [a, b] = ctx.countries
  const id = ctx.id
  const { visit, commission } = exampleIds(id)
  return {
    name: "events.yaml",
    header: [`Events of the ${a.name.en} – ${b.name.en} relation, oldest first.`],
    sections: [
      {
        collection: "events",
        notes: [
          `\`_tag\` is the kind of event: ${list(EVENT_KINDS)}.`,
          "A made-up visit with every field a visit has, a consultation held during it, and a",
          "session of the commission of relation.yaml:",
        ],
        entries: [],
        example: [
          "  - _tag: Visit",
          `    id: ${visit}`,
          '    date: "2024-05-14/2024-05-16"',
          `    level: minister # ${list(Level.literals)}`,
          `    guest: ${a.code}`,
          `    host: ${b.code}`,
          `    visitType: official # ${list(VisitType.literals)}`,
          "    leader:",
          "      # person: an id from ../../people.yaml; office and description say who they were.",
          "      person: example-person",
          "      office: { vi: Bộ trưởng Ngoại giao, en: Minister of Foreign Affairs }",
          `      country: ${a.code}`,
          "    delegation:",
          "      - description: { vi: các doanh nghiệp, en: business leaders }",
          `        country: ${a.code}`,
          "    invitedBy:",
          `      office: { vi: ${q(`Bộ trưởng Ngoại giao ${b.name.vi}`)}, en: ${q(`Minister of Foreign Affairs of ${b.name.en}`)} }`,
          `      country: ${b.code}`,
          "    met:",
          `      - office: { vi: ${q(`Tổng thống ${b.name.vi}`)}, en: ${q(`President of ${b.name.en}`)} }`,
          `        country: ${b.code}`,
          "    # places: only the places the source names besides the host country.",
          "    places: [Thành phố Mẫu]",
          "    summary:",
          `      vi: ${q(`Bộ trưởng Ngoại giao Nguyễn Văn A thăm chính thức ${b.name.vi}.`)}`,
          `      en: ${q(`Foreign Minister Nguyễn Văn A pays an official visit to ${b.name.en}.`)}`,
          ...provenance(
            ctx,
            "    ",
            4,
            `Bộ trưởng Ngoại giao Nguyễn Văn A thăm chính thức ${b.name.vi} từ ngày 14 đến 16/5/2024`,
          ),
          "  - _tag: PoliticalConsultation",
          `    id: ${id}-consultation-2024-05-example`,
          `    partOf: ${visit}`,
          '    date: "2024-05"',
          "    level: minister",
          `    host: ${b.code}`,
          '    # round: its ordinal when the source gives one ("lần thứ 6", "the 6th").',
          "    round: 6",
          "    chairs:",
          "      - person: example-person",
          `        country: ${a.code}`,
          "    summary:",
          "      vi: Tham vấn chính trị lần thứ 6 giữa hai Bộ Ngoại giao.",
          "      en: The 6th political consultations between the two foreign ministries.",
          ...provenance(
            ctx,
            "    ",
            4,
            "tiến hành Tham vấn chính trị lần thứ 6 giữa hai Bộ Ngoại giao",
          ),
          "  - _tag: CommissionSession",
          `    id: ${id}-commission-session-2024-11-example`,
          '    date: "2024-11-20"',
          "    level: minister",
          "    places: [Thành phố Mẫu]",
          "    commission:",
          `      vi: ${q(`Ủy ban liên Chính phủ ${a.name.vi} – ${b.name.vi}`)}`,
          `      en: ${q(`${a.name.en}–${b.name.en} Intergovernmental Commission`)}`,
          "    # commissionId: the commission's id in relation.yaml; session: its ordinal.",
          `    commissionId: ${commission}`,
          "    session: 5",
          "    # coChairs: each with the office held at the time; sideLevels: each side's level,",
          "    # when a minister co-chairs with a deputy minister, say.",
          "    coChairs:",
          "      - person: example-person",
          "        office: { vi: Bộ trưởng Ngoại giao, en: Minister of Foreign Affairs }",
          `        country: ${a.code}`,
          `      - office: { vi: ${q(`Thứ trưởng Kinh tế ${b.name.vi}`)}, en: ${q(`Deputy Minister of Economy of ${b.name.en}`)} }`,
          `        country: ${b.code}`,
          "    sideLevels:",
          `      - { country: ${a.code}, level: minister }`,
          `      - { country: ${b.code}, level: deputy-minister }`,
          "    summary:",
          "      vi: Khóa họp lần thứ 5 Ủy ban liên Chính phủ.",
          "      en: The 5th session of the Intergovernmental Commission.",
          ...provenance(
            ctx,
            "    ",
            5,
            "Khóa họp lần thứ 5 Ủy ban liên Chính phủ do Bộ trưởng Nguyễn Văn A đồng chủ trì",
          ),
        ],
        after: [
          "Other kinds take, instead of guest, host, leader (Visit), chairs (consultation) or",
          "commission, coChairs (session): PhoneCall and Meeting: participants (a list like chairs).",
        ],
      },
    ],
  }
}
