/**
 * `/compare-data/{slug}.json`: one relation's side of a comparison (lib/compare-data.ts), one
 * small file per relation written at build time. The compare page fetches two of them, so what
 * the build writes for comparisons grows with the relations, not with their pairs.
 */
import { compareSide } from "@/lib/compare-data"
import { data, relationBySlug, slugOf } from "@/lib/data"

export const dynamic = "force-static"
export const dynamicParams = false

export function generateStaticParams() {
  return data().relations.map((r) => ({ file: `${slugOf(r)}.json` }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params
  const relation = relationBySlug(file.replace(/\.json$/u, ""))
  if (relation === undefined) return new Response("not found", { status: 404 })
  return Response.json(compareSide(relation))
}
