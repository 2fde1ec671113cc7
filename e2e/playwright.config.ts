/**
 * Playwright for the whole product: the `web` project drives the static site (apps/web/out,
 * served by the project's own server, scripts/serve.mjs, as `npm start` serves it) in Debian's
 * Chromium; the `web-many` project drives a second site, built
 * here from the fixture of many relations (packages/data/test/fixtures/many) into
 * e2e/out/many-site (a copy of the app with its own .next, so apps/web/out is untouched; about a
 * minute on two cores); the `tui` project (e2e/tui, owned by the CLI) drives the terminal UI.
 * Build first (`turbo run e2e` does): the web tests read the exported site.
 */
import { defineConfig } from "@playwright/test"

/** Ports of the two sites; E2E_PORT moves both (a second checkout can run its e2e beside this one). */
const WEB_PORT = Number(process.env.E2E_PORT ?? 4173)
const MANY_PORT = WEB_PORT + 1
/** The fixture the `web-many` site is built from (relative to the repository). */
const MANY_DATA = "packages/data/test/fixtures/many"
const isCI = Boolean(process.env.CI)

/** The projects named on the command line (`--project=web`, `--project web`), if any. */
const projectsAsked = (): string[] => {
  const asked: string[] = []
  process.argv.forEach((arg, i) => {
    if (arg.startsWith("--project=")) asked.push(arg.slice("--project=".length))
    else if (arg === "--project" && process.argv[i + 1]) asked.push(process.argv[i + 1] ?? "")
  })
  return asked
}
const asked = projectsAsked()
const needsWeb = asked.length === 0 || asked.includes("web")
const needsMany = asked.length === 0 || asked.includes("web-many")

const chromium = {
  browserName: "chromium" as const,
  viewport: { width: 1280, height: 900 },
  launchOptions: {
    executablePath: "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
  trace: "retain-on-failure" as const,
}

/** The `npm start` server (in memory, GET/HEAD only, CSP and the other headers) on `dir`. */
const serve = (dir: string, port: number) => `node ../scripts/serve.mjs ${dir} ${port}`

export default defineConfig({
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: isCI ? 1 : 2,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 5_000 },
  projects: [
    {
      name: "web",
      testDir: "./web",
      testIgnore: "many/**",
      outputDir: "test-results/web",
      use: { ...chromium, baseURL: `http://localhost:${WEB_PORT}` },
    },
    {
      name: "web-many",
      testDir: "./web/many",
      outputDir: "test-results/web-many",
      use: { ...chromium, baseURL: `http://localhost:${MANY_PORT}` },
    },
    { name: "tui", testDir: "./tui", outputDir: "test-results/tui" },
  ],
  webServer: [
    ...(needsWeb
      ? [
          {
            command: serve("../apps/web/out", WEB_PORT),
            url: `http://localhost:${WEB_PORT}/vi/`,
            reuseExistingServer: !isCI,
            timeout: 30_000,
            stdout: "ignore" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
    ...(needsMany
      ? [
          {
            // WEB_BUILD_COPY is read from apps/web: ../../e2e/out/many-site is e2e/out/many-site.
            command: `node ../apps/web/scripts/build.mjs && ${serve("out/many-site/out", MANY_PORT)}`,
            // Under `turbo run e2e`, TURBO_HASH is inherited; build.mjs would then ask for the
            // content key that protects turbo's cache of the web build task. This build is not that
            // task: it writes e2e/out, which turbo never caches (e2e has cache: false).
            env: {
              BILATERAL_DATA: MANY_DATA,
              WEB_BUILD_COPY: "../../e2e/out/many-site",
              TURBO_HASH: "",
            },
            url: `http://localhost:${MANY_PORT}/vi/`,
            reuseExistingServer: !isCI,
            timeout: 300_000,
            stdout: "ignore" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
  ],
})
