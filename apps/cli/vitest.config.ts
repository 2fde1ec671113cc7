import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    globalSetup: ["test/support/build.ts"],
    // Some tests start many CLI processes; a busy two-core machine needs more than 30 s for them.
    testTimeout: 120_000,
  },
})
