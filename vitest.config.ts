import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "examples/**/*.test.ts"],
    testTimeout: 60_000,
    globalSetup: ["test/global-setup.ts"],
    // CI also keeps a machine-readable report, from which .ci/run prints a plain "N passed, N failed".
    reporters: process.env.CI ? ["default", ["json", { outputFile: ".vitest-report.json" }]] : ["default"],
  },
});
