/**
 * Astro content collections, read from content/ (or CONTENT_DIR). Works, people, places, themes and sides
 * are YAML files loaded by glob() and checked against their schemas in src/schemas/. Events go through the
 * project's own loader (src/loaders/events.ts): it runs the content validator over everything, so that every
 * problem — including the cross-references zod cannot see — stops the build as `file: field: message`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_CONTENT_DIR } from './lib/content/load';
import { eventsLoader, questionsLoader } from './loaders/events';
import { redirectsLoader } from './loaders/redirects';
import { resolvedEventSchema, resolvedQuestionSchema } from './schemas/resolved-event';
import { workSchema } from './schemas/work';
import { personSchema } from './schemas/person';
import { placeSchema } from './schemas/place';
import { themeSchema } from './schemas/theme';
import { sideSchema } from './schemas/side';
import { slugSchema } from './schemas/common';

const yamlIn = (folder: string) => glob({ pattern: '*.{yaml,yml}', base: join(DEFAULT_CONTENT_DIR, folder) });

export const collections = {
  events: defineCollection({ loader: eventsLoader(DEFAULT_CONTENT_DIR), schema: resolvedEventSchema }),
  works: defineCollection({ loader: yamlIn('works'), schema: workSchema }),
  people: defineCollection({ loader: yamlIn('people'), schema: personSchema }),
  places: defineCollection({ loader: yamlIn('places'), schema: placeSchema }),
  themes: defineCollection({ loader: yamlIn('themes'), schema: themeSchema }),
  sides: defineCollection({ loader: yamlIn('sides'), schema: sideSchema }),
  questions: defineCollection({ loader: questionsLoader(DEFAULT_CONTENT_DIR), schema: resolvedQuestionSchema }),
  /** Old event id → its successor's id (content/redirects.yaml), as one entry holding the list. */
  redirects: defineCollection({
    loader: redirectsLoader(DEFAULT_CONTENT_DIR),
    schema: z.object({ entries: z.array(z.object({ from: slugSchema, to: slugSchema })) }),
  }),
};
