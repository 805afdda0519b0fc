/**
 * Reads the files of `content/` into raw entries: front matter / YAML parsed, event bodies run through
 * remark-accounts. It checks nothing about meaning (that is validate.ts), but every file is either read or
 * reported: an unexpected file, bad YAML or a missing front matter is a problem, never skipped.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { parseDocument } from 'yaml';
import { parseAccounts } from './remark-accounts';
import type { ContentProblem } from './problems';
import { parsePublishedIds, parseRedirects, PUBLISHED_IDS_FILE, REDIRECTS_FILE, UPDATE_IDS_COMMAND, type PublishedIds, type Redirects } from './stable-ids';

export const COLLECTIONS = ['events', 'works', 'people', 'places', 'themes', 'sides', 'questions'] as const;
/** Collections a corpus may leave out (a corpus without questions at stake is still a corpus). */
const OPTIONAL: readonly CollectionName[] = ['questions'];
export type CollectionName = (typeof COLLECTIONS)[number];

export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: Record<string, unknown>;
}

export interface RawContent {
  entries: Record<CollectionName, RawEntry[]>;
  problems: ContentProblem[];
  /** content/published-ids.txt (null when missing, which is a problem). */
  publishedIds?: PublishedIds | null;
  /** content/redirects.yaml (null when absent: no redirects). */
  redirects?: Redirects | null;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): Record<string, unknown> | null {
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const line = (error.linePos?.[0]?.line ?? 0) + lineOffset;
      problems.push({ file, field: line ? `yaml (line ${line})` : 'yaml', message: `malformed YAML: ${error.message.split('\n')[0]}` });
    }
    return null;
  }
  const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, field: 'yaml', message: 'expected a mapping of fields' });
    return null;
  }
  return value as Record<string, unknown>;
}

/** Parse one event file: front matter plus accounts from the body. */
export function readEventSource(source: string, file: string, problems: ContentProblem[]): Record<string, unknown> | null {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    problems.push({ file, field: 'front matter', message: 'the file must start with YAML front matter between "---" lines' });
    return null;
  }
  const data = parseYaml(match[1]!, file, problems, 1);
  if (!data) return null;
  const frontLines = match[0].split('\n').length - 1;
  const accounts = parseAccounts(source.slice(match[0].length), frontLines);
  for (const p of accounts.problems) {
    problems.push({ file, field: p.field, message: p.line ? `${p.message} (line ${p.line})` : p.message });
  }
  if ('accounts' in data) problems.push({ file, field: 'accounts', message: 'accounts are written in the body, not in the front matter' });
  return { ...data, accounts: { ja: accounts.ja, en: accounts.en } };
}

const EXTENSIONS: Record<CollectionName, string[]> = {
  events: ['.md'],
  works: ['.yaml', '.yml'],
  people: ['.yaml', '.yml'],
  places: ['.yaml', '.yml'],
  themes: ['.yaml', '.yml'],
  sides: ['.yaml', '.yml'],
  questions: ['.yaml', '.yml'],
};

/** Read content/published-ids.txt (required) and content/redirects.yaml (optional); see stable-ids.ts. */
export function readIdRegistry(contentDir: string, root = join(contentDir, '..')): Pick<RawContent, 'publishedIds' | 'redirects' | 'problems'> {
  const problems: ContentProblem[] = [];
  const listPath = join(contentDir, PUBLISHED_IDS_FILE);
  let publishedIds: PublishedIds | null = null;
  if (existsSync(listPath)) {
    const parsed = parsePublishedIds(readFileSync(listPath, 'utf8'), relative(root, listPath));
    problems.push(...parsed.problems);
    publishedIds = parsed.list;
  } else {
    problems.push({ file: relative(root, listPath), field: '(file)', message: `the list of published event ids is missing: run ${UPDATE_IDS_COMMAND}` });
  }
  const redirectsPath = join(contentDir, REDIRECTS_FILE);
  let redirects: Redirects | null = null;
  if (existsSync(redirectsPath)) {
    const parsed = parseRedirects(readFileSync(redirectsPath, 'utf8'), relative(root, redirectsPath));
    problems.push(...parsed.problems);
    redirects = parsed.redirects;
  }
  return { publishedIds, redirects, problems };
}

/** Read every collection folder under `contentDir`. */
export function readContent(contentDir: string, root = join(contentDir, '..')): RawContent {
  const problems: ContentProblem[] = [];
  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as RawEntry[]])) as Record<CollectionName, RawEntry[]>;
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) {
      if (OPTIONAL.includes(collection)) continue;
      problems.push({ file: relative(root, dir), field: '(folder)', message: `the ${collection} folder is missing` });
      continue;
    }
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const file = relative(root, path);
      if (name.startsWith('.') || statSync(path).isDirectory()) {
        if (!name.startsWith('.')) problems.push({ file, field: '(file)', message: 'sub-folders are not read; move the entries up' });
        continue;
      }
      const ext = extname(name);
      if (!EXTENSIONS[collection].includes(ext)) {
        problems.push({ file, field: '(file)', message: `unexpected file in ${collection}/ (expected ${EXTENSIONS[collection].join(' or ')})` });
        continue;
      }
      const source = readFileSync(path, 'utf8');
      const data = collection === 'events' ? readEventSource(source, file, problems) : parseYaml(source, file, problems);
      if (data) entries[collection].push({ collection, id: basename(name, ext), file, data });
    }
  }
  const registry = readIdRegistry(contentDir, root);
  problems.push(...registry.problems);
  return { entries, problems, publishedIds: registry.publishedIds, redirects: registry.redirects };
}
