/** Route data of the question pages, computed once per page from the corpus. */
import { serializeViewState, EMPTY_VIEW } from './view-state';
import { chartedPositions, questionRows, sideCounts } from './questions';
import { homePath, presentPath } from './urls';
import type { Corpus } from './content/types';
import type { ResolvedQuestion } from './content/questions';
import type { Lang } from '../domain/vocabulary';

/** The view of the timeline (and of the slides) that shows a question's events. */
export function questionViewQuery(question: Pick<ResolvedQuestion, 'themes'>): string {
  return serializeViewState({ ...EMPTY_VIEW, themes: question.themes });
}

export function questionPageData(question: ResolvedQuestion, corpus: Corpus, lang: Lang) {
  const rows = questionRows(question, corpus.events);
  const query = questionViewQuery(question);
  const counts = sideCounts(rows);
  // Said on the page, not hidden: where the papers give fewer than two accounts from one side on a question.
  const thinSides = (['japanese', 'soviet'] as const)
    .filter((kind) => counts[kind] < 2)
    .map((kind) => ({
      kind,
      count: counts[kind],
      message: counts[kind] === 0 ? (`questions.absent.${kind}` as const) : (`questions.thin.${kind}` as const),
    }));
  return {
    question,
    rows,
    counts,
    thinSides,
    positions: chartedPositions(question, corpus.events),
    timelineHref: `${homePath(lang)}?${query}#timeline`,
    presentHref: `${presentPath(lang)}?${query}`,
  };
}

/** Every question with its counts, for the index. */
export function questionIndex(corpus: Corpus) {
  return [...corpus.questions.values()]
    .sort((a, b) => a.order - b.order)
    .map((question) => {
      const rows = questionRows(question, corpus.events);
      return { question, events: rows.length, counts: sideCounts(rows) };
    });
}
