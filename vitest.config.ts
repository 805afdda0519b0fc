import { defineConfig } from 'vitest/config';

/**
 * Three projects, so that each pays only for what it needs:
 * - unit: pure functions and the corpus files, no build (`npm run test:unit`);
 * - content: validation tables and hostile content, each building its own small corpus;
 * - site: the real site built once (globalSetup) and read as HTML/data or opened in Chromium.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Browser tests share one Chromium per file; two cores do not gain from more workers.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/corpus.test.ts', 'tests/content/ids-update.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'content',
          include: ['tests/content/**/*.test.ts'],
          exclude: ['tests/content/corpus.test.ts', 'tests/content/ids-update.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
        },
      },
    ],
  },
});
