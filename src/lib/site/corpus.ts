/** The corpus as the pages see it, read back from the Astro content collections. */
import { getCollection } from 'astro:content';
import { compareEvents } from '../content/order';
import type { Corpus, TimelineEvent, WithId } from '../content/types';

let cached: Promise<Corpus> | null = null;

async function mapOf<T>(name: 'works' | 'people' | 'places' | 'themes' | 'sides' | 'questions'): Promise<Map<string, WithId<T>>> {
  const entries = await getCollection(name);
  return new Map(entries.map((e) => [e.id, e.data as WithId<T>]));
}

export function siteCorpus(): Promise<Corpus> {
  cached ??= (async () => {
    const events = (await getCollection('events')).map((e) => e.data as TimelineEvent);
    // The store does not keep order: restore time order (earliest, latest, id).
    events.sort(compareEvents);
    return {
      events,
      works: await mapOf('works'),
      people: await mapOf('people'),
      places: await mapOf('places'),
      themes: await mapOf('themes'),
      sides: await mapOf('sides'),
      questions: await mapOf('questions'),
    };
  })();
  return cached;
}
