import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  // Sibling packages are read from their sources, so the unit tests need no build of them first.
  resolve: {
    alias: [
      {
        find: /^@bilateral\/domain\/(format|metrics|text)$/,
        replacement: src("../../packages/domain/src/$1.ts"),
      },
      { find: /^@bilateral\/domain$/, replacement: src("../../packages/domain/src/index.ts") },
      { find: /^@bilateral\/data$/, replacement: src("../../packages/data/src/index.ts") },
      { find: /^@bilateral\/extract$/, replacement: src("../../packages/extract/src/index.ts") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "test/**/*.test.ts"],
    // The first writes @bilateral/data's embedded dataset from its YAML (its sources import it);
    // the second builds the `bilateral` that the tests in test/ run as a child process.
    globalSetup: ["../../packages/data/test/embed-dataset.setup.ts", "test/support/build.ts"],
    // Some tests start many CLI processes; a busy two-core machine needs more than 30 s for them.
    testTimeout: 120_000,
  },
})
