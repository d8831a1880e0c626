import { defineConfig } from "vitest/config";
import react from "@vitejs/plugin-react";

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
        test: { name: "app", include: ["test/app/**/*.test.{ts,tsx}"], environment: "jsdom", setupFiles: ["test/app/setup.ts"] },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
