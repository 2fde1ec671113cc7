import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import type { NextConfig } from "next"

const here = dirname(fileURLToPath(import.meta.url))

/**
 * A fully static site: every page is generated at build time from @bilateral/data into `out/`,
 * so any static host (or `npm start`, which runs `serve`) can serve it.
 */
const nextConfig: NextConfig = {
  output: "export",
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` (tsc) checks types; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: { globalNotFound: true },
  turbopack: { root: join(here, "..", "..") },
}

export default nextConfig
