/**
 * Playwright for the whole product: the `web` project drives the static site (apps/web/out,
 * served by `serve`) in Debian's Chromium; the `tui` project (e2e/tui, owned by the CLI) drives
 * the terminal UI. Build first (`turbo run e2e` does): the web tests read the exported site.
 */
import { defineConfig } from "@playwright/test"

const WEB_PORT = 4173
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
      outputDir: "test-results/web",
      use: {
        baseURL: `http://localhost:${WEB_PORT}`,
        browserName: "chromium",
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
        trace: "retain-on-failure",
      },
    },
    { name: "tui", testDir: "./tui", outputDir: "test-results/tui" },
  ],
  webServer: needsWeb
    ? {
        command: `node ../node_modules/serve/build/main.js ../apps/web/out -l ${WEB_PORT} --no-clipboard`,
        url: `http://localhost:${WEB_PORT}/vi/`,
        reuseExistingServer: !isCI,
        timeout: 30_000,
        stdout: "ignore",
        stderr: "pipe",
      }
    : undefined,
})
