import { existsSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import type { NextConfig } from "next"

const here = dirname(fileURLToPath(import.meta.url))

/** The repository's root: the nearest directory above with a package.json that has workspaces. */
const workspaceRoot = (from: string): string => {
  for (let dir = dirname(from); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, "package.json")
    if (existsSync(manifest) && "workspaces" in JSON.parse(readFileSync(manifest, "utf8")))
      return dir
  }
  return join(here, "..", "..")
}

/**
 * A fully static site: every page is generated at build time from @bilateral/data into `out/`,
 * so any static host (or `npm start`, which runs `serve`) can serve it. NEXT_DIST_DIR (a path
 * inside the repository) writes the export elsewhere: the bench and the e2e fixture build use it
 * so that they never overwrite `out/`. Run the build with `npm run build` (scripts/build.mjs),
 * which checks the dataset first.
 */
const distDirEnv = process.env.NEXT_DIST_DIR?.trim() || undefined
// Next joins distDir to the app's directory, so an absolute path is made relative to it.
const distDir = distDirEnv === undefined ? undefined : relative(here, resolve(here, distDirEnv))

const nextConfig: NextConfig = {
  output: "export",
  ...(distDir === undefined ? {} : { distDir }),
  trailingSlash: true,
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
  // `npm run typecheck` (tsc) checks types; the build does not repeat it.
  typescript: { ignoreBuildErrors: true },
  experimental: { globalNotFound: true },
  turbopack: { root: workspaceRoot(here) },
}

export default nextConfig
