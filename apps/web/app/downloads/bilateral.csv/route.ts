/** `/downloads/bilateral.csv`: every fact as one CSV table, written once at build time. */
import { buildFactsCsv } from "@bilateral/data"
import { data } from "@/lib/data"

export const dynamic = "force-static"

export function GET() {
  return new Response(buildFactsCsv(data().dataset), {
    headers: { "content-type": "text/csv; charset=utf-8" },
  })
}
