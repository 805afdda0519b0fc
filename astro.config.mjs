// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { resolveDeploy, DeployConfigError } from './src/lib/deploy.ts';
import edition from './edition.config.ts';
import { readIdRegistry } from './src/lib/content/read.ts';
import { DEFAULT_CONTENT_DIR } from './src/lib/content/load.ts';
import { contentCodeStamp } from './src/integrations/content-code-stamp.ts';
import { modulePreload } from './src/integrations/module-preload.ts';

// SITE_URL (public origin) and BASE_PATH (sub-path) make every permalink, citation and data-file URL;
// a production build without SITE_URL stops (src/lib/deploy.ts). See README, "Deploy".
const command = process.argv.slice(2).find((arg) => !arg.startsWith('-')) ?? 'dev';
let deploy;
try {
  deploy = resolveDeploy(process.env, command);
} catch (error) {
  if (!(error instanceof DeployConfigError)) throw error;
  console.error(`\n${error.message}\n`);
  process.exit(1);
}

const placeholders = Object.entries(edition)
  .filter(([, value]) => 'placeholder' in value && value.placeholder)
  .map(([key]) => key);
if (command === 'build' && placeholders.length) {
  console.warn(
    `\nedition.config.ts: ${placeholders.join(', ')} still hold placeholder values; they are left out of citations until filled in.\n`,
  );
}

const moved = (readIdRegistry(DEFAULT_CONTENT_DIR).redirects?.entries ?? []).map((entry) => entry.from);

export default defineConfig({
  site: deploy.site,
  base: deploy.base,
  output: 'static',
  // Separate caches let several builds run side by side (tests, benchmark corpora).
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  // Styles inline in every page: the timeline's first paint then waits for no stylesheet request (measured:
  // first contentful paint 452 → 360 ms on /en/, docs/benchmarks.md); a page's CSS is 3–8 KB gzipped.
  build: { format: 'directory', inlineStylesheets: 'always' },
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  integrations: [
    contentCodeStamp(),
    // Module scripts' static imports load from the head. vis-timeline does not: preloaded from the head, its
    // compilation delayed the first paint by 50–110 ms and brought its items no sooner (docs/benchmarks.md),
    // so the island imports it right after the first paint, beside the index preloaded from the head.
    modulePreload({ base: deploy.base }),
    // The sitemap lists the pages to index: not the search and slide views, nor the redirects of renamed events.
    sitemap({
      i18n: { defaultLocale: 'ja', locales: { ja: 'ja', en: 'en' } },
      filter: (page) => !/\/(present|search)\/$/.test(page) && !moved.some((id) => page.endsWith(`/events/${id}/`)),
    }),
  ],
  server: { host: '127.0.0.1', port: 4321 },
  preview: { host: '127.0.0.1', port: 4321 },
});
