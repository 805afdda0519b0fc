import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium per file; two cores do not gain from more workers.
    maxWorkers: 2,
  },
});
