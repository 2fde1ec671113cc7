/** `/search-index.json`: the prebuilt index of the header's search box, written at build time. */
import { buildSearchIndex } from "@/lib/search-index"

export const dynamic = "force-static"

export function GET() {
  return Response.json(buildSearchIndex())
}
