/**
 * Astro content collections. Each collection's loader takes its entries from the validated corpus
 * (src/lib/content/load.ts), which checks every file against the zod schemas in src/schemas/ and every
 * cross-reference; any problem throws with file and field named, and the build stops.
 */
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { getCorpus } from './lib/content/load';
import type { CollectionName } from './lib/content/read';

function corpusLoader(collection: CollectionName): Loader {
  return {
    name: `nisso-corpus-${collection}`,
    load: async ({ store }) => {
      const corpus = getCorpus();
      store.clear();
      const entries = collection === 'events' ? corpus.events : [...corpus[collection].values()];
      for (const entry of entries) store.set({ id: entry.id, data: JSON.parse(JSON.stringify(entry)) });
    },
  };
}

export const collections = {
  events: defineCollection({ loader: corpusLoader('events') }),
  works: defineCollection({ loader: corpusLoader('works') }),
  people: defineCollection({ loader: corpusLoader('people') }),
  places: defineCollection({ loader: corpusLoader('places') }),
  themes: defineCollection({ loader: corpusLoader('themes') }),
  sides: defineCollection({ loader: corpusLoader('sides') }),
  questions: defineCollection({ loader: corpusLoader('questions') }),
};
