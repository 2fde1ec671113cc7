/**
 * `bilateral` without a terminal (piped or redirected): a plain overview of the relations and
 * the commands to go further. Exits 0.
 */
import type { BilateralIndex } from "@bilateral/data"
import { blocks, type Context, heading, json, type Output, ok } from "./Context"
import { countriesJson, countriesTable } from "./Countries"

/** Runs the plain overview. */
export const overview = (index: BilateralIndex, ctx: Context): Output => {
  if (ctx.json) return json(countriesJson(index))
  const vi = ctx.lang === "vi"
  return ok(
    blocks(
      heading(
        ctx,
        vi
          ? "Bilateral: quan hệ song phương của Việt Nam"
          : "Bilateral: Vietnam's bilateral relations",
      ),
      countriesTable(index, ctx),
      [
        vi ? "Xem thêm:" : "More:",
        `  bilateral show <code>       ${vi ? "hồ sơ một quan hệ" : "one relation's profile"}`,
        "  bilateral metrics <code>    " +
          (vi
            ? "tăng trưởng, số chuyến thăm, kiểm tra nhận định"
            : "growth, visit counts, claim checks"),
        `  bilateral timeline          ${vi ? "dòng thời gian" : "the timeline"}`,
        "  bilateral compare kz kg     " +
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
