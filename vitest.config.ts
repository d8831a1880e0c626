import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

// Tests wait for states (expect.poll, waitFor, locators), never for time; on a machine loaded many
// times over, a state can take far longer than the 1 s default to arrive. A longer limit changes
// nothing for a test that passes.
const WAIT_MS = 30_000;

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "loader",
          include: ["test/loader/**/*.test.ts", "test/shared/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          setupFiles: ["test/property-seed.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "app",
          include: ["test/app/**/*.test.{ts,tsx}"],
          environment: "jsdom",
          setupFiles: ["test/app/setup.ts"],
          testTimeout: 60_000,
          expect: { poll: { timeout: WAIT_MS } },
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
          expect: { poll: { timeout: WAIT_MS } },
          fileParallelism: false,
        },
      },
    ],
  },
});
