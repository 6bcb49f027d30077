import { defineConfig } from 'vitest/config';

// Two projects: fast engine/unit tests (no browser), and the end-to-end suite that drives
// real Chromium with the production dist/ loaded. Neither loads the crx plugin.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Some tests analyse every rule's examples: seconds on a busy two-core machine. Speed is
          // measured by npm run bench, so a slow machine must not fail a unit test.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
