/** The corpus as the pages see it, read from the Astro content collections (typed by their schemas). */
import { getCollection, getEntry } from 'astro:content';
import { REDIRECTS_ENTRY } from '../content/stable-ids';
import { compareEvents } from '../content/order';
import type { Corpus, WithId } from '../content/types';

let cached: Promise<Corpus> | null = null;

const byId = <T>(entries: Array<{ id: string; data: T }>): Map<string, WithId<T>> =>
  new Map(entries.map((e) => [e.id, { ...e.data, id: e.id }]));

async function readCorpus(): Promise<Corpus> {
  // The store does not keep order: restore time order (earliest, latest, id).
  const events = (await getCollection('events')).map((e) => e.data).sort(compareEvents);
  const [works, people, places, themes, sides, questions] = await Promise.all([
    getCollection('works'),
    getCollection('people'),
    getCollection('places'),
    getCollection('themes'),
    getCollection('sides'),
    getCollection('questions'),
  ]);
  return {
    events,
    works: byId(works),
    people: byId(people),
    places: byId(places),
    themes: byId(themes),
    sides: byId(sides),
    questions: new Map(questions.map((q) => [q.id, q.data])),
  };
}

/** Read once per build; in dev, on every request, so that an edited entry shows on the next reload. */
export function siteCorpus(): Promise<Corpus> {
  if (import.meta.env.DEV) return readCorpus();
  cached ??= readCorpus();
  return cached;
}

/** Old event id → the event that replaced it (content/redirects.yaml). */
export async function movedEvents(): Promise<Array<{ from: string; to: string }>> {
  const registry = await getEntry('redirects', REDIRECTS_ENTRY);
  if (!registry)
    throw new Error(`the redirects collection has no "${REDIRECTS_ENTRY}" entry (src/loaders/redirects.ts)`);
  return registry.data.entries;
}
