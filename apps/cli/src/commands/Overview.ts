/**
 * `bilateral` without a terminal (piped or redirected): a plain overview of the relations and
 * the commands to go further. Exits 0.
 */
import type { BilateralIndex } from "@bilateral/data/snapshot"
import { datasetHeading, relationCode } from "../view/Relations"
import { blocks, type Context, heading, json, type Output, ok } from "./Context"
import { countriesJson, countriesTable } from "./Countries"

/** Runs the plain overview. */
export const overview = (index: BilateralIndex, ctx: Context): Output => {
  if (ctx.json) return json(countriesJson(index, ctx.today))
  const vi = ctx.lang === "vi"
  // The example names the dataset's own first two relations, whatever they are.
  const codes = index.relations.slice(0, 2).map((r) => relationCode(index, r))
  const pair = codes.length === 2 ? codes.join(" ") : "<a> <b>"
  return ok(
    blocks(
      heading(ctx, `Bilateral: ${datasetHeading(index, ctx.lang)}`),
      countriesTable(index, ctx),
      [
        vi ? "Xem thêm:" : "More:",
        `  bilateral show <code>       ${vi ? "hồ sơ một quan hệ" : "one relation's profile"}`,
        "  bilateral metrics <code>    " +
          (vi
            ? "tăng trưởng, số chuyến thăm, kiểm tra nhận định"
            : "growth, visit counts, claim checks"),
        `  bilateral timeline          ${vi ? "dòng thời gian" : "the timeline"}`,
        `  bilateral compare ${pair.padEnd(9)} ` +
          (vi ? "so sánh hai quan hệ" : "two relations side by side"),
        "  bilateral --help            " +
          (vi ? "mọi lệnh và tùy chọn" : "every command and option"),
        vi
          ? "Chạy `bilateral` trong một terminal để mở giao diện tương tác."
          : "Run `bilateral` in a terminal for the interactive UI.",
      ],
    ),
  )
}
