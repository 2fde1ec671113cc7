import { fileURLToPath } from "node:url"
import { defineConfig } from "vitest/config"

const src = (path: string) => fileURLToPath(new URL(path, import.meta.url))

/** Tests that run the built `bilateral` as a child process, besides those in test/. */
const RUN_BUILT = ["src/view/ClientsAgree.test.tsx"]

export default defineConfig({
  // Sibling packages are read from their sources, so the unit tests need no build of them first.
  resolve: {
    alias: [
      {
        find: /^@bilateral\/domain\/(format|metrics|text)$/,
        replacement: src("../../packages/domain/src/$1.ts"),
      },
      { find: /^@bilateral\/domain$/, replacement: src("../../packages/domain/src/index.ts") },
      { find: /^@bilateral\/data\/(snapshot)$/, replacement: src("../../packages/data/src/$1.ts") },
      { find: /^@bilateral\/data$/, replacement: src("../../packages/data/src/index.ts") },
      { find: /^@bilateral\/extract$/, replacement: src("../../packages/extract/src/index.ts") },
    ],
  },
  test: {
    // Some tests start many CLI processes; a busy two-core machine needs more than 30 s for them.
    testTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "src/**/*.test.tsx"],
          exclude: RUN_BUILT,
          // @bilateral/data's sources import the embedded dataset, which this writes from its YAML.
          globalSetup: ["../../packages/data/test/embed-dataset.setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["test/**/*.test.ts", ...RUN_BUILT],
          // These run the built `bilateral` as a child process: the second setup builds it first.
          globalSetup: ["../../packages/data/test/embed-dataset.setup.ts", "test/support/build.ts"],
        },
      },
    ],
  },
})
