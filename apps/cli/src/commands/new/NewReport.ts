/** What `bilateral new relation` tells the person it made, and the steps that follow. */
import type { IsoCountry } from "@bilateral/data"
import type { Context } from "../Context"
import { COUNTRIES_FILE } from "./CountriesFile"
import type { TemplateCountry } from "./Template"

/** The text `new relation` prints: the files created, the countries added, the next steps. */
export const newReport = (
  ctx: Context,
  r: {
    id: string
    dir: string
    countries: readonly [TemplateCountry, TemplateCountry]
    created: ReadonlyArray<string>
    added: ReadonlyArray<IsoCountry>
    fromRepository: boolean
  },
): string => {
  const lang = ctx.lang
  const [a, b] = r.countries
  const partner = b.code.toLowerCase()
  const data = r.fromRepository ? "" : ` --data ${r.dir}`
  const addedLines = r.added.map(
    (c) =>
      `  ${COUNTRIES_FILE}: ${lang === "vi" ? "thêm" : "added"} ${c.code} (${c.name.vi} / ${c.name.en}), ${lang === "vi" ? "tên theo danh mục ISO 3166-1" : "named from the ISO 3166-1 list"}`,
  )
  const steps =
    lang === "vi"
      ? [
          "Bước tiếp theo:",
          "  1. Lưu văn bản bài báo thành <id nguồn>.txt trong một thư mục nguồn (ngoài kho mã), và thêm",
          "     mục của nó vào sources.yaml: id, title, language (ngôn ngữ của văn bản), date, file.",
          `  2. Điền relations/${r.id}/*.yaml theo bài báo: các ví dụ (bịa) trong chú thích nêu mọi trường.`,
          `  3. Kiểm tra: bilateral validate ${r.dir} --sources <thư mục nguồn>`,
          r.fromRepository
            ? `  4. Dựng lại để các ứng dụng đọc được: npx turbo run build --filter=@bilateral/cli, rồi bilateral show ${partner}`
            : `  4. Xem: bilateral show ${partner}${data}`,
        ]
      : [
          "Next steps:",
          "  1. Save the article's text as <source id>.txt in a sources directory (outside the repository)",
          "     and add its entry to sources.yaml: id, title, language (the text's language), date, file.",
          `  2. Fill in relations/${r.id}/*.yaml from the article: the made-up examples in comments show every field.`,
          `  3. Check: bilateral validate ${r.dir} --sources <sources directory>`,
          r.fromRepository
            ? `  4. Rebuild so that the apps read it: npx turbo run build --filter=@bilateral/cli, then bilateral show ${partner}`
            : `  4. See it: bilateral show ${partner}${data}`,
        ]
  const title =
    lang === "vi"
      ? `Đã tạo quan hệ ${r.id} (${a.name.vi} – ${b.name.vi}) trong ${r.dir}:`
      : `Created relation ${r.id} (${a.name.en} – ${b.name.en}) in ${r.dir}:`
  return `${[title, ...r.created.map((f) => `  ${f}`), ...addedLines, "", ...steps].join("\n")}\n`
}
