import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/__tests__/**/*.test.ts', 'scripts/**/__tests__/**/*.test.ts'],
        },
      },
      {
        // Real build + real Chromium. Files run one at a time: each launches a browser, and the machine has 2 cores.
        test: {
          name: 'e2e',
          include: ['__e2e__/**/*.test.ts'],
          globalSetup: ['__e2e__/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
