/**
 * Reads the files of `content/` into raw entries: front matter / YAML parsed, event bodies run through
 * remark-accounts. It checks nothing about meaning (that is validate.ts), but every file is either read or
 * reported: an unexpected file, bad YAML or a missing front matter is a problem, never skipped.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname, basename, dirname } from 'node:path';
import { LineCounter, parseDocument, type YAMLError } from 'yaml';
import { LANGUAGES, parseAccounts } from './remark-accounts';
import { decodeSource, fieldLines, type FieldLines } from './source';
import type { ContentProblem } from './problems';
import { spawnSync } from 'node:child_process';
import { parsePublishedIds, parseRedirects, PUBLISHED_IDS_FILE, REDIRECTS_FILE, UPDATE_IDS_COMMAND, type PublishedHistory, type PublishedIds, type Redirects } from './stable-ids';

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
  /** The line of each field (dotted path → line), for messages. */
  lines?: FieldLines;
}

export interface RawContent {
  entries: Record<CollectionName, RawEntry[]>;
  problems: ContentProblem[];
  /** content/published-ids.txt (null when missing, which is a problem). */
  publishedIds?: PublishedIds | null;
  /** content/redirects.yaml (null when absent: no redirects). */
  redirects?: Redirects | null;
  /** Ids the list had in git history (null when there is no git history to ask: a tarball, a copy). */
  publishedHistory?: PublishedHistory | null;
  /** Things the author should know that are not problems (a check skipped, and why). */
  notices?: string[];
  /** id → file of every event file found, read or not: a broken event still exists (for the published ids). */
  eventFiles?: Map<string, string>;
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** YAML anchors and aliases are fine; this only stops an alias bomb (a few lines expanding to gigabytes). */
const MAX_ALIAS_COUNT = 10_000;

/** Slips a Japanese IME makes in YAML that the YAML parser would report confusingly or not at all. */
function yamlTypingSlips(text: string, file: string, lineOffset: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  text.split('\n').forEach((row, i) => {
    const line = i + 1 + lineOffset;
    // A field name (ASCII) right before "：", at the start of a line or inside { }.
    for (const colon of row.matchAll(/(?:^\s*(?:-\s+)?|[{,]\s*)([A-Za-z][\w-]*)\s*：/g)) {
      problems.push({ file, line, field: colon[1]!, message: 'full-width colon "：" after the field name: type an ASCII colon ":"' });
    }
    if (/^[ \t]*\u3000/.test(row)) problems.push({ file, line, field: 'yaml', message: 'full-width space "　" in the indentation: indent with ASCII spaces' });
  });
  return problems;
}

/**
 * The line an author must look at for a YAML error. An error found at the end of the text is on the last line
 * written; an unclosed quote is where the quote was opened (the parser only notices at the end).
 */
function yamlErrorLine(text: string, error: YAMLError, counter: LineCounter): number {
  const end = Math.max(0, text.trimEnd().length - 1);
  let line = counter.linePos(Math.min(error.pos[0], end)).line || 1;
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (quote) {
    const rows = text.split('\n');
    for (let l = line; l >= 1; l--) {
      if ((rows[l - 1]!.replaceAll(`\\${quote}`, '').split(quote).length - 1) % 2 === 1) {
        line = l;
        break;
      }
    }
  }
  return line;
}

export interface ParsedYaml {
  data: Record<string, unknown>;
  lines: FieldLines;
}

/** Parse a YAML document into a mapping of fields, with the line of each field; every failure is a problem. */
export function parseYaml(text: string, file: string, problems: ContentProblem[], lineOffset = 0): ParsedYaml | null {
  const slips = yamlTypingSlips(text, file, lineOffset);
  const counter = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, merge: true, lineCounter: counter });
  const lineOf = (offset: number) => counter.linePos(offset).line + lineOffset;
  if (slips.length || doc.errors.length || doc.warnings.length) {
    problems.push(...slips);
    for (const error of [...doc.errors, ...doc.warnings]) {
      problems.push({ file, line: yamlErrorLine(text, error, counter) + lineOffset, field: 'yaml', message: `malformed YAML: ${error.message.split('\n')[0]}` });
    }
    return null;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problems.push({ file, line: lineOf(0), field: 'yaml', message: `the YAML cannot be read: ${(error as Error).message}` });
    return null;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ file, line: lineOf(0), field: 'yaml', message: 'expected a mapping of fields ("field: value" lines)' });
    return null;
  }
  return { data: value as Record<string, unknown>, lines: fieldLines(doc.contents, counter, lineOffset) };
}

/** Parse one event file (already decoded): front matter plus accounts from the body. */
export function readEventSource(source: string, file: string, problems: ContentProblem[]): ParsedYaml | null {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    problems.push({ file, line: 1, field: 'front matter', message: 'the file must start with YAML front matter between "---" lines' });
    return null;
  }
  const parsed = parseYaml(match[1]!, file, problems, 1);
  if (!parsed) return null;
  const { data, lines } = parsed;
  const frontLines = match[0].split('\n').length - 1;
  const accounts = parseAccounts(source.slice(match[0].length), frontLines);
  for (const p of accounts.problems) problems.push({ file, line: p.line ?? frontLines + 1, field: p.field, message: p.message });
  if ('accounts' in data) problems.push({ file, line: lines.accounts, field: 'accounts', message: 'accounts are written in the body, not in the front matter' });
  lines.accounts = frontLines + 1;
  for (const lang of LANGUAGES) {
    lines[`accounts.${lang}`] = accounts.sections[lang] ?? frontLines + 1;
    accounts[lang].forEach((a, i) => (lines[`accounts.${lang}.${i}`] = a.line));
  }
  return { data: { ...data, accounts: { ja: accounts.ja, en: accounts.en } }, lines };
}

/** Read and decode one file; a problem (naming the file) instead of a throw when it cannot be. */
export function readSource(path: string, file: string, problems: ContentProblem[]): string | null {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    problems.push({ file, field: '(file)', message: `cannot be read: ${(error as Error).message}` });
    return null;
  }
  const decoded = decodeSource(bytes);
  if (decoded.ok) return decoded.text;
  problems.push({ file, line: decoded.line, field: '(file)', message: decoded.message });
  return null;
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

const SLUG_LINE = /^[+-]([a-z0-9]+(?:-[a-z0-9]+)*)\s*$/;

/**
 * Every id the published list has had in the git history of the project (from `git log -p` of the file), so that
 * an id deleted together with its event is caught. Null, with the reason, when there is no history to ask: a
 * tarball without .git, a copy outside the repository, git not installed, or a list never committed.
 */
export function readPublishedHistory(listPath: string, file: string): { history: PublishedHistory } | { history: null; notice: string } {
  const skip = (why: string) => ({ history: null, notice: `${file}: not checked against git history (${why}); ids deleted from the list together with their events cannot be detected here` } as const);
  const dir = dirname(listPath);
  const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const inside = git('rev-parse', '--is-inside-work-tree');
  if (inside.error) return skip('git is not installed');
  if (inside.status !== 0 || inside.stdout.trim() !== 'true') return skip('no git repository');
  const log = git('log', '--format=commit %h', '-p', '--no-color', '--no-ext-diff', '--no-renames', '--', basename(listPath));
  if (log.status !== 0) return skip(`git log failed: ${log.stderr.trim().split('\n')[0]}`);
  const ids = new Map<string, string>();
  let commit = '';
  for (const row of log.stdout.split('\n')) {
    if (row.startsWith('commit ')) commit = row.slice(7);
    else if (!row.startsWith('+++') && !row.startsWith('---')) {
      const id = SLUG_LINE.exec(row)?.[1];
      if (id && !ids.has(id)) ids.set(id, commit);
    }
  }
  if (!commit) return skip('the list has never been committed');
  return { history: { ids } };
}

/** Read content/published-ids.txt (required) and content/redirects.yaml (optional); see stable-ids.ts. */
export function readIdRegistry(contentDir: string, root = join(contentDir, '..')): Pick<RawContent, 'publishedIds' | 'redirects' | 'problems' | 'publishedHistory' | 'notices'> {
  const problems: ContentProblem[] = [];
  const listPath = join(contentDir, PUBLISHED_IDS_FILE);
  let publishedIds: PublishedIds | null = null;
  if (existsSync(listPath)) {
    const file = relative(root, listPath);
    const text = readSource(listPath, file, problems);
    if (text !== null) {
      const parsed = parsePublishedIds(text, file);
      problems.push(...parsed.problems);
      publishedIds = parsed.list;
    }
  } else {
    problems.push({ file: relative(root, listPath), field: '(file)', message: `the list of published event ids is missing: run ${UPDATE_IDS_COMMAND}` });
  }
  const notices: string[] = [];
  const history = readPublishedHistory(listPath, relative(root, listPath));
  if (!history.history) notices.push(history.notice);
  const redirectsPath = join(contentDir, REDIRECTS_FILE);
  let redirects: Redirects | null = null;
  if (existsSync(redirectsPath)) {
    const file = relative(root, redirectsPath);
    const text = readSource(redirectsPath, file, problems);
    if (text !== null) {
      const parsed = parseRedirects(text, file);
      problems.push(...parsed.problems);
      redirects = parsed.redirects;
    }
  }
  return { publishedIds, redirects, problems, publishedHistory: history.history, notices };
}

/** Read every collection folder under `contentDir`. */
export function readContent(contentDir: string, root = join(contentDir, '..')): RawContent {
  const problems: ContentProblem[] = [];
  const entries = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as RawEntry[]])) as Record<CollectionName, RawEntry[]>;
  const eventFiles = new Map<string, string>();
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
      if (collection === 'events') eventFiles.set(basename(name, ext), file);
      const source = readSource(path, file, problems);
      if (source === null) continue;
      const parsed = collection === 'events' ? readEventSource(source, file, problems) : parseYaml(source, file, problems);
      if (parsed) entries[collection].push({ collection, id: basename(name, ext), file, data: parsed.data, lines: parsed.lines });
    }
  }
  const registry = readIdRegistry(contentDir, root);
  problems.push(...registry.problems);
  return { entries, problems, publishedIds: registry.publishedIds, redirects: registry.redirects, publishedHistory: registry.publishedHistory, notices: registry.notices, eventFiles };
}
