/**
 * Loaders for the collections that only exist once the content has been validated: events (accounts parsed
 * by remark-accounts, markers resolved to sides, short citations to works) and questions. Each runs the one
 * content validator (src/lib/content) over the whole content folder and stores its entries through the
 * collection schema (parseData) with a digest, so an unchanged entry is not rewritten. Any problem throws,
 * listing every one as `file: field: message`: the build stops. In dev the loader watches the content folder:
 * an edit to an event, a work, a person… reloads the entries (accounts resolve against works and sides), and
 * a problem is logged, naming file and field, without stopping the server.
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, dirname, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { loadCorpus } from '../lib/content/load';
import { ContentError } from '../lib/content/problems';
import type { Corpus } from '../lib/content/types';

type Entry = { id: string; file: string };

/** Every file under the content folder with its size and modification time: changes when any file does. */
function contentStamp(contentDir: string): string {
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => {
      const path = join(d.parentPath, d.name);
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .sort()
    .join('\n');
}

let validated: { stamp: string; corpus: Corpus } | null = null;

/** The events and questions loaders share one validation per state of the content folder. */
function validatedCorpus(contentDir: string): Corpus {
  const stamp = contentStamp(contentDir);
  if (validated?.stamp !== stamp) validated = { stamp, corpus: loadCorpus(contentDir) };
  return validated.corpus;
}

function validatedLoader(name: string, contentDir: string, entriesOf: (corpus: Corpus) => Entry[]): Loader {
  const load = async ({ store, parseData, generateDigest }: LoaderContext) => {
    const entries = entriesOf(validatedCorpus(contentDir));
    const ids = new Set<string>();
    for (const entry of entries) {
      // Paths as Astro keeps them: relative to the project; `file` is relative to the content folder's parent.
      const filePath = relative(process.cwd(), join(dirname(contentDir), entry.file));
      const data = await parseData({ id: entry.id, data: { ...entry }, filePath });
      store.set({ id: entry.id, data, digest: generateDigest(data), filePath });
      ids.add(entry.id);
    }
    for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
  };
  return {
    name,
    load: async (context) => {
      await load(context);
      const { watcher, logger } = context;
      if (!watcher) return;
      watcher.add(contentDir);
      let queue = Promise.resolve();
      const reload = (path: string) => {
        const inside = relative(contentDir, path);
        if (inside.startsWith('..') || isAbsolute(inside)) return;
        // One reload at a time: a burst of saves is applied in order.
        queue = queue.then(async () => {
          try {
            await load(context);
            logger.info(`reloaded after a change to ${relative(process.cwd(), path)}`);
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

export const eventsLoader = (contentDir: string) =>
  validatedLoader('nisso-events', contentDir, (corpus) => corpus.events);
export const questionsLoader = (contentDir: string) =>
  validatedLoader('nisso-questions', contentDir, (corpus) => [...corpus.questions.values()]);
