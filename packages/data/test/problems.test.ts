import { describe, expect, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { formatProblem, loadDirectory, validateDirectory } from "../src/index"
import { fixture, fixtureSources } from "./fixtures"

const problemsOf = (name: string, sourcesDir?: string) =>
  Effect.map(validateDirectory(fixture(name), { sourcesDir }), (r) => r.problems.map(formatProblem))

describe("each kind of broken dataset is reported at its file, line and column", () => {
  it.effect("a YAML syntax error names the line that breaks the structure", () =>
    Effect.map(problemsOf("yaml-syntax"), (problems) =>
      expect(problems).toEqual([
        'people.yaml:4:1: YAML syntax error: a line indented like a list item but without "- ": expected it lined up with the keys above it',
      ]),
    ),
  )

  it.effect("schema errors name the field, the value and what was expected, all at once", () =>
    Effect.map(problemsOf("schema-error"), (problems) =>
      expect(problems).toEqual([
        'countries.yaml:2:11: code "vn" is not valid: expected an ISO 3166-1 alpha-2 country code in upper case, such as VN or KZ',
        'countries.yaml:4:5: missing field "name": expected text per language, such as vi: "…" and en: "…"',
        'countries.yaml:5:5: unknown field "nam" (did you mean "name"?): expected one of code, name, officialName, independence',
      ]),
    ),
  )

  it.effect("an impossible date says how many days its month has", () =>
    Effect.map(problemsOf("impossible-date"), (problems) =>
      expect(problems).toEqual([
        'relations/vn-kz/events.yaml:4:11: date "2024-02-30" does not exist: 2024-02 has 29 days',
      ]),
    ),
  )

  it.effect("a reversed range says the start must come first", () =>
    Effect.map(problemsOf("reversed-range"), (problems) =>
      expect(problems).toEqual([
        'relations/vn-kz/events.yaml:4:11: date range "2025-05-07/2025-05-05" is reversed: expected the start before the end',
      ]),
    ),
  )

  it.effect("a negative amount is pointed at", () =>
    Effect.map(problemsOf("negative-amount"), (problems) =>
      expect(problems).toEqual([
        "relations/vn-kz/indicators.yaml:7:25: value -4500000 is not valid: expected an amount of zero or more, not a negative one",
      ]),
    ),
  )

  it.effect("every unknown reference is reported with the ids that exist and a likely fix", () =>
    Effect.map(problemsOf("unknown-reference"), (problems) =>
      expect(problems).toEqual([
        'relations/vn-kz/events.yaml:7:13: unknown event "no-such-event": expected one of visit-2025-03',
        'relations/vn-kz/events.yaml:9:11: unknown country "KG": expected one of KZ, VN',
        'relations/vn-kz/events.yaml:10:23: unknown person "nguyen-van-ann" (did you mean "nguyen-van-an"?): expected one of nguyen-van-an',
        'relations/vn-kz/events.yaml:12:17: unknown source "fixture-articel" (did you mean "fixture-article"?): expected one of fixture-article',
      ]),
    ),
  )

  it.effect("a duplicate id across files is reported once, naming the first occurrence", () =>
    Effect.map(problemsOf("duplicate-id"), (problems) =>
      expect(problems).toEqual([
        'people.yaml:6:9: duplicate person id "nguyen-van-an", first at more-people.yaml:5:9: expected each to be unique among people',
      ]),
    ),
  )

  it.effect("quotes are checked against the source texts, paragraph included", () =>
    Effect.map(problemsOf("quote-not-found", fixtureSources), (problems) =>
      expect(problems).toEqual([
        'relations/vn-kz/events.yaml:12:16: quote not found in source "fixture-article": expected the exact words of its text; it matches up to "…n Văn An thăm chính thức Kazak" and then differs at "stan"',
        'relations/vn-kz/events.yaml:15:20: paragraph 4 does not hold the quote: expected 7, where source "fixture-article" has it',
        'relations/vn-kz/events.yaml:18:20: paragraph 40 does not exist: source "fixture-article" has 15 paragraphs (its non-empty lines)',
        'shared.yaml:7:9: no text for source "lost-article" in the sources directory: expected a file named lost-article.txt',
      ]),
    ),
  )

  it.effect("quotes are not checked when no sources directory is given", () =>
    Effect.map(problemsOf("quote-not-found"), (problems) => expect(problems).toEqual([])),
  )

  it.effect("an empty file, or one with only comments, is reported", () =>
    Effect.map(problemsOf("empty-file"), (problems) =>
      expect(problems).toEqual([
        "countries.yaml:1:1: empty file: expected a mapping from collection names to lists, such as `events:` followed by entries",
        "people.yaml:1:1: empty file: expected a mapping from collection names to lists, such as `events:` followed by entries",
      ]),
    ),
  )

  it.effect("a file that is not UTF-8 is reported at its first bad byte", () =>
    Effect.map(problemsOf("non-utf8"), (problems) =>
      expect(problems).toEqual([
        "people.yaml:3:15: not valid UTF-8 (byte 0xE1 at offset 44): expected the file saved as UTF-8 text",
      ]),
    ),
  )

  it.effect("a binary file is reported at its first NUL byte", () =>
    Effect.map(problemsOf("binary"), (problems) =>
      expect(problems).toEqual([
        "people.yaml:2:10: binary file (NUL byte at offset 17): expected a YAML text file in UTF-8",
      ]),
    ),
  )

  it.effect("an unknown top-level key lists the collections a file may hold", () =>
    Effect.map(problemsOf("unknown-key"), (problems) =>
      expect(problems).toEqual([
        'people.yaml:5:1: unknown collection "peple" (did you mean "people"?): expected one of sources, countries, organisations, memberships, people, relations, events, agreements, indicators, sisterRegions, support, cooperationAreas, projects, tradeGoods, measures, statements, claims (or about, in dataset.yaml)',
      ]),
    ),
  )

  it.effect("a missing directory is one problem naming the directory", () =>
    Effect.map(validateDirectory(fixture("no-such-dataset")), (r) =>
      expect(r.problems.map(formatProblem)).toEqual([
        `${fixture("no-such-dataset")}: cannot read the dataset directory: it does not exist; expected a directory holding sources.yaml, countries.yaml, people.yaml and relations/<id>/`,
      ]),
    ),
  )

  it.effect("loading a broken dataset fails with every problem and no dataset", () =>
    Effect.map(Effect.either(loadDirectory(fixture("unknown-reference"))), (result) => {
      expect(Either.isLeft(result)).toBe(true)
      if (Either.isLeft(result)) {
        expect(result.left._tag).toBe("DatasetError")
        expect(result.left.problems).toHaveLength(4)
        expect(result.left.message.split("\n")[0]).toBe(
          'relations/vn-kz/events.yaml:7:13: unknown event "no-such-event": expected one of visit-2025-03',
        )
      }
    }),
  )
})

describe("whole relations are checked", () => {
  it.effect("every country an entry names belongs to its relation, and guest and host differ", () =>
    Effect.map(problemsOf("foreign-countries"), (problems) =>
      expect(problems).toEqual([
        "relations/vn-uz/facts.yaml:6:12: visit guest KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:8:56: leader country KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:14:11: consultation host KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:22:11: visit guest and host are both UZ: expected one of VN and UZ each",
        "relations/vn-uz/facts.yaml:29:11: indicator from KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:37:39: sister region country KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:41:16: supporter KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:50:9: trade good to KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:56:9: measure by KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:62:53: claim guest KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/facts.yaml:71:40: bilateral agreement party KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ, or scope: multilateral",
        "relations/vn-uz/relation.yaml:6:13: recognition of KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
        "relations/vn-uz/relation.yaml:13:23: embassy accreditedTo KG is not a country of relation vn-uz (VN, UZ): expected VN or UZ",
      ]),
    ),
  )

  it.effect("one relation per pair of countries, and two different countries in each", () =>
    Effect.map(problemsOf("duplicate-pair"), (problems) =>
      expect(problems).toEqual([
        "relations/uz-uz/relation.yaml:3:16: countries is not valid: expected two different countries, not UZ twice",
        'relations/vn-uz/relation.yaml:3:16: relation "vn-uz" joins KG and VN, like relation "vn-kg" at relations/vn-kg/relation.yaml:3:16: expected one relation per pair of countries (put these facts under relations/vn-kg/)',
      ]),
    ),
  )

  it.effect("a text key that is not a language code says so, and suggests quotes for a comma", () =>
    Effect.map(problemsOf("text-key"), (problems) =>
      expect(problems).toEqual([
        'countries.yaml:4:26: "du lịch" is not a language code: expected ISO 639-1 codes such as vi or en as the keys of a text; if "du lịch" is part of the vi text, put the whole text in quotes (vi: "Văn hóa, du lịch")',
        'countries.yaml:6:29: "english" is not a language code: expected ISO 639-1 codes such as vi or en as the keys of a text',
      ]),
    ),
  )
})
