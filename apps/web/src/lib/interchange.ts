/**
 * ADAPTER (to move): the export formats are written by the CLI helper in
 * apps/cli/src/export (`bilateral export --format json|csv`). The site reuses that code so the
 * downloads and the CLI produce the same documents; it belongs in @bilateral/data, where both
 * apps could import it by package name. Until then, this file is the only place the web app
 * reaches into another app.
 */
export { buildFactsCsv, CSV_COLUMNS } from "../../../cli/src/export/FactsCsv"
export { buildInterchange, CONVENTIONS, FORMAT_VERSION } from "../../../cli/src/export/Interchange"

/** The files of the downloads page, written at build time by the route handlers in app/downloads. */
export const DOWNLOADS = {
  json: "bilateral.json",
  csv: "bilateral.csv",
} as const
