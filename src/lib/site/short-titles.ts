import type { Corpus } from '../content/types';
import type { Lang } from '../../domain/vocabulary';

/** Tooltip text for citation links: the work's title in the reader's language when known. */
export function shortTitles(corpus: Corpus, lang: Lang): Record<string, string> {
  return Object.fromEntries([...corpus.works.values()].map((w) => [w.id, w.translatedTitle?.[lang] ?? w.csl.title]));
}
