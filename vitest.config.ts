import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tools/timing-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // Pure functions without module state or mocks: files share a module cache instead of importing the
          // parser, remark and zod again for each of ~40 files (import was half the unit project's time).
          isolate: false,
          include: ['src/**/__tests__/**/*.test.ts', 'tools/**/__tests__/**/*.test.ts'],
        },
      },
      {
        // Real build (once, in globalSetup) + real Chromium. One file at a time: each file's browser already checks
        // several pages at once (tools/lib/browser.ts tabPool), which is what keeps two cores busy.
        test: {
          name: 'e2e',
          include: ['__e2e__/*.test.ts'],
          globalSetup: ['__e2e__/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        // `npm run test:full`: the sweeps too long for every run (axe on every page, both colour schemes).
        test: {
          name: 'full',
          include: ['__e2e__/full/*.test.ts'],
          globalSetup: ['__e2e__/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
