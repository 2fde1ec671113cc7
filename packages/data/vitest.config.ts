import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

export default defineConfig({
  // Sibling packages are read from their sources, so a test run needs no build of them first.
  resolve: {
    alias: [
      {
        find: /^@bilateral\/domain\/(format|metrics|text)$/,
        replacement: src("../domain/src/$1.ts"),
      },
      { find: /^@bilateral\/domain$/, replacement: src("../domain/src/index.ts") },
    ],
  },
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Property tests run hundreds of cases; a busy two-core CI machine needs more than 5 s for some.
    testTimeout: 60_000,
    // Writes src/generated/embedded.ts from dataset/ first, so tests see the current dataset.
    globalSetup: ["./test/embed-dataset.setup.ts"],
  },
})
