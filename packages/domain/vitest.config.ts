import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Property tests run hundreds of cases; a busy two-core CI machine needs more than 5 s for some.
    testTimeout: 60_000,
  },
})
