/**
 * The `events` collection's loader. It runs the one content validator (src/lib/content: every file read, the
 * Markdown accounts parsed by remark-accounts, every cross-reference checked) over the whole content folder,
 * and stores each resolved event through the collection schema (parseData) with a digest, so an unchanged
 * event is not rewritten. Any problem throws, listing every one as `file: field: message`: the build stops.
 * In dev it watches the content folder: an edit to an event, a work, a person… reloads the events (their
 * accounts resolve against the works and sides), and a problem is logged without stopping the server.
 */
import { relative, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCorpus } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';

export function eventsLoader(contentDir: string): Loader {
  return {
    name: 'nisso-events',
    load: async (context) => {
      await loadEvents(contentDir, context);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(contentDir);
      const inContent = (path: string) => !relative(contentDir, path).startsWith(`..${sep}`) && relative(contentDir, path) !== '..';
      let queue = Promise.resolve();
      const reload = (path: string) => {
        if (!inContent(path)) return;
        // One reload at a time: a burst of saves is applied in order.
        queue = queue.then(async () => {
          try {
            await loadEvents(contentDir, context);
            logger.info(`events reloaded after a change to ${relative(process.cwd(), path)}`);
          } catch (error) {
            logger.error(error instanceof ContentError ? error.message : String(error));
          }
        });
      };
      watcher.on('change', reload);
      watcher.on('add', reload);
      watcher.on('unlink', reload);
    },
  };
}

async function loadEvents(contentDir: string, { store, parseData, generateDigest }: LoaderContext) {
  const { events } = loadCorpus(contentDir);
  const ids = new Set<string>();
  for (const event of events) {
    const data = await parseData({ id: event.id, data: { ...event }, filePath: event.file });
    store.set({ id: event.id, data, digest: generateDigest(data), filePath: event.file });
    ids.add(event.id);
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}
