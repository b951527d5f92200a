import { defineConfig } from "vitest/config";

// Unit and integration tests (everything but the Chromium end-to-end suite).
export default defineConfig({
  oxc: { jsx: { runtime: "automatic" } },
  test: {
    include: [
      "shared/**/*.test.ts",
      "crawler/**/*.test.ts",
      "extension/**/*.test.{ts,tsx}",
      "test/**/*.test.ts",
    ],
    exclude: ["**/node_modules/**", "test/e2e/**", "**/build/**"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
