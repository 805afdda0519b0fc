/**
 * Route data of the bibliography page: for each work, the events that rest on it and the timeline filter that
 * shows them. A paper's events are those it reports (its own or "also in"), the `paper` filter; a cited work's
 * are those whose accounts cite it, the `work` filter (the same sets the timeline's filters select).
 */
import type { Corpus, ResolvedEvent } from '../content/types';

export interface WorkEvents {
  /** The timeline parameter that selects these events. */
  param: 'paper' | 'work';
  events: ResolvedEvent[];
}

export function eventsOfWork(corpus: Corpus, workId: string): WorkEvents {
  if (corpus.works.get(workId)?.role === 'paper') {
    return {
      param: 'paper',
      events: corpus.events.filter((e) => e.paper === workId || e.alsoIn.some((a) => a.paper === workId)),
    };
  }
  return {
    param: 'work',
    events: corpus.events.filter((e) => e.accounts.some((a) => a.citations.some((c) => c.work === workId))),
  };
}
