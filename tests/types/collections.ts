/**
 * Checked by `npm run typecheck`, never run: the collections are typed from their schemas. Should an entry's
 * data fall back to `any`, the @ts-expect-error lines below stop being errors and tsc fails.
 */
import type { CollectionEntry } from 'astro:content';

export function typedCollections(
  event: CollectionEntry<'events'>,
  work: CollectionEntry<'works'>,
  side: CollectionEntry<'sides'>,
) {
  // @ts-expect-error an event's title is { ja, en }, never a number
  const title: number = event.data.title;
  // @ts-expect-error a work's short forms are strings
  const forms: number[] = work.data.shortForms;
  // @ts-expect-error a side's kind is one of four words
  const kind: 'ussr' = side.data.kind;
  return [title, forms, kind];
}
