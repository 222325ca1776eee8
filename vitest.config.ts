import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Adapter tests start local fake servers; give them room on a 2-core CI machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The bots the tests spawn keep no store unless a test gives them one (test/store/ and the loop's
    // tests open their own): otherwise parallel test files would share, and wait on, one data folder.
    env: { DATA_DIR: "off" },
  },
});
