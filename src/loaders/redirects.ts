/**
 * The `redirects` collection: content/redirects.yaml (`old id: new id`), read by the same parser the validator
 * uses (src/lib/content/stable-ids.ts). The events loader has already refused the build if a redirect is wrong.
 * One entry (`REDIRECTS_ENTRY`) holding the whole list: most corpora have no redirects, and an empty collection
 * would make Astro warn that it "does not exist or is empty" on every build.
 */
import { join } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readIdRegistry } from '../lib/content/read';
import { REDIRECTS_ENTRY, REDIRECTS_FILE } from '../lib/content/stable-ids';

export function redirectsLoader(contentDir: string): Loader {
  return {
    name: 'nisso-redirects',
    load: async (context) => {
      await loadRedirects(contentDir, context);
      const path = join(contentDir, REDIRECTS_FILE);
      context.watcher?.add(path);
      context.watcher?.on('all', (_event, changed) => {
        if (changed === path) void loadRedirects(contentDir, context);
      });
    },
  };
}

async function loadRedirects(contentDir: string, { store, parseData }: LoaderContext) {
  const entries = (readIdRegistry(contentDir).redirects?.entries ?? []).map(({ from, to }) => ({ from, to }));
  store.set({ id: REDIRECTS_ENTRY, data: await parseData({ id: REDIRECTS_ENTRY, data: { entries } }) });
}
