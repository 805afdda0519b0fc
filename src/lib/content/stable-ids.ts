/**
 * Stable event ids. Every id ever published is listed in `content/published-ids.txt` (one per line, sorted);
 * an event that is renamed or merged keeps its old id in the list and gains a line in `content/redirects.yaml`
 * (`old-id: successor-id`), from which a redirect page is built. So a permalink never silently breaks:
 * a listed id that is neither an event nor redirected is a problem, and so is an event missing from the list
 * (`npm run ids:update` adds it). Pure functions: reading the files is read.ts's job.
 */
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Node } from 'yaml';
import type { ContentProblem } from './problems';

export const PUBLISHED_IDS_FILE = 'published-ids.txt';
export const REDIRECTS_FILE = 'redirects.yaml';
/** The id of the one entry of the `redirects` collection, which holds the whole list (src/loaders/redirects.ts). */
export const REDIRECTS_ENTRY = 'all';
export const UPDATE_IDS_COMMAND = 'npm run ids:update';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface PublishedIds {
  /** Path relative to the project root, for messages. */
  file: string;
  ids: Array<{ id: string; line: number }>;
}

/** Ids that were in the list in some commit of the project's git history (id → the newest commit that had it). */
export interface PublishedHistory {
  ids: Map<string, string>;
}

export interface Redirects {
  file: string;
  /** old id → successor id, in file order. */
  entries: Array<{ from: string; to: string; line?: number }>;
}

/** Parse the list: one id per line; blank lines are ignored, anything that is not an id is a problem. */
export function parsePublishedIds(text: string, file: string): { list: PublishedIds; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const ids: PublishedIds['ids'] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const id = raw.trim();
    const line = i + 1;
    if (!id) return;
    if (!SLUG.test(id)) {
      problems.push({ file, line, field: 'id', message: `"${id}" is not an event id (an ASCII slug: lowercase letters, digits, single hyphens)` });
      return;
    }
    if (seen.has(id)) {
      problems.push({ file, line, field: 'id', message: `duplicate id "${id}" (also line ${seen.get(id)})` });
      return;
    }
    seen.set(id, line);
    ids.push({ id, line });
  });
  return { list: { file, ids }, problems };
}

/** The list as written by `npm run ids:update`: unique ids, sorted by code point, one per line. */
export function formatPublishedIds(ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  return sorted.length ? `${sorted.join('\n')}\n` : '';
}

/** Add the current event ids to the list. Ids are never removed: a published permalink stays published. */
export function mergePublishedIds(listed: Iterable<string>, current: Iterable<string>): { ids: string[]; added: string[] } {
  const before = new Set(listed);
  const added = [...new Set(current)].filter((id) => !before.has(id)).sort();
  return { ids: [...new Set([...before, ...added])].sort(), added };
}

/** Parse redirects.yaml: a mapping of old id → successor id. An empty file (or only comments) means none. */
export function parseRedirects(text: string, file: string): { redirects: Redirects; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const redirects: Redirects = { file, entries: [] };
  const counter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: counter });
  const lineOf = (node: unknown) => counter.linePos((node as Node | null)?.range?.[0] ?? 0).line || 1;
  if (doc.errors.length) {
    for (const error of doc.errors) {
      problems.push({ file, line: counter.linePos(error.pos[0]).line || 1, field: 'yaml', message: `malformed YAML: ${error.message.split('\n')[0]}` });
    }
    return { redirects, problems };
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) return { redirects, problems };
  if (!isMap(doc.contents)) {
    problems.push({ file, line: lineOf(doc.contents), field: 'yaml', message: 'expected a mapping of old id → successor id, e.g. "1923-09-22-old-slug: 1923-09-22-new-slug"' });
    return { redirects, problems };
  }
  for (const pair of doc.contents.items) {
    if (!isPair(pair)) continue;
    const from = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const to = isScalar(pair.value) ? pair.value.value : pair.value?.toJSON();
    const line = lineOf(pair.key);
    if (!SLUG.test(from)) {
      problems.push({ file, line, field: from, message: `"${from}" is not an event id (an ASCII slug)` });
      continue;
    }
    if (typeof to !== 'string' || !SLUG.test(to)) {
      problems.push({ file, line, field: from, message: `the successor must be an event id, found ${JSON.stringify(to)}` });
      continue;
    }
    redirects.entries.push({ from, to, line });
  }
  return { redirects, problems };
}

/**
 * Check events against the list and the redirects.
 * @param events id → file of every event read (valid or not: a broken event still exists)
 */
export function checkStableIds(events: Map<string, string>, published: PublishedIds | null, redirects: Redirects | null, history: PublishedHistory | null = null): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const redirectFile = redirects?.file ?? `content/${REDIRECTS_FILE}`;
  const moved = new Map((redirects?.entries ?? []).map((r) => [r.from, r.to]));
  for (const { from, to, line } of redirects?.entries ?? []) {
    if (events.has(from)) {
      problems.push({ file: redirectFile, line, field: from, message: `"${from}" is still an event (${events.get(from)}): remove the redirect or the event` });
    }
    if (events.has(to)) continue;
    if (from === to) problems.push({ file: redirectFile, line, field: from, message: 'redirects to itself' });
    else if (moved.has(to)) problems.push({ file: redirectFile, line, field: from, message: `redirects to "${to}", which is itself redirected (to "${moved.get(to)}"): point it at the current event` });
    else problems.push({ file: redirectFile, line, field: from, message: `redirects to unknown event "${to}"` });
  }
  if (!published) return problems;
  const listed = new Set(published.ids.map((p) => p.id));
  for (const { id, line } of published.ids) {
    if (events.has(id) || moved.has(id)) continue;
    problems.push({
      file: published.file,
      line,
      field: 'id',
      message: `published event id "${id}" is neither an event nor redirected: restore the event, or add "${id}: <successor id>" to ${redirectFile} (a published permalink must keep working)`,
    });
  }
  for (const [id, file] of events) {
    if (!listed.has(id)) problems.push({ file, line: 1, field: 'id', message: `new event id not in ${published.file}: run ${UPDATE_IDS_COMMAND}` });
  }
  // An id deleted from the list together with its event: the list itself no longer knows, git does.
  const sorted = [...listed].sort();
  for (const [id, commit] of history?.ids ?? []) {
    if (listed.has(id)) continue;
    const before = sorted.filter((other) => other < id).length;
    problems.push({
      file: published.file,
      line: published.ids[before]?.line ?? (published.ids.at(-1)?.line ?? 0) + 1,
      field: 'id',
      message: `published event id "${id}" (listed in commit ${commit}) was removed from the list: a published permalink must keep working; put the line back, and restore the event or add "${id}: <successor id>" to ${redirectFile}`,
    });
  }
  return problems;
}
