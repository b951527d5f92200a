import { defineConfig } from "vitest/config";

// End-to-end suite: the crawler against the demo portals and the extension in a real Chromium.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    globalSetup: ["test/e2e/global-setup.ts"],
    fileParallelism: false,
    passWithNoTests: true,
    testTimeout: 180_000,
    hookTimeout: 240_000,
  },
});
