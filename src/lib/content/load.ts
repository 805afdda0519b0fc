/** Load, validate and resolve `content/`: the one entry point for the build, the validator and the tests. */
import { resolve } from 'node:path';
import { readContent } from './read';
import { validateContent } from './validate';
import { ContentError } from './problems';
import type { Corpus } from './types';

/** CONTENT_DIR lets the benchmark and tests build the site from another corpus. */
export const DEFAULT_CONTENT_DIR = resolve(process.cwd(), process.env.CONTENT_DIR ?? 'content');

/** Throws a ContentError listing every problem (file, field, message) when anything is wrong. */
export function loadCorpus(contentDir = DEFAULT_CONTENT_DIR): Corpus {
  const raw = readContent(contentDir, resolve(contentDir, '..'));
  for (const notice of raw.notices ?? []) console.warn(`note: ${notice}`);
  const { corpus, problems } = validateContent(raw);
  if (problems.length) throw new ContentError(problems);
  return corpus;
}
