import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Writes src/generated/embedded.ts from dataset/ first, so tests see the current dataset.
    globalSetup: ["./test/embed-dataset.setup.ts"],
  },
})
