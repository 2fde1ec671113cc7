/** `/downloads/bilateral.json`: the interchange export, written once at build time. */
import { buildInterchange } from "@bilateral/data"
import { data } from "@/lib/data"

export const dynamic = "force-static"

export function GET() {
  const body = `${JSON.stringify(buildInterchange(data().dataset), null, 2)}\n`
  return new Response(body, { headers: { "content-type": "application/json; charset=utf-8" } })
}
