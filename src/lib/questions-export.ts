/** /data/questions.json: the questions at stake, their events and accounts, and the figures charted. */
import type { Corpus } from './content/types';
import { accountsFor, chartedPositions, questionRows } from './questions';
import { questionPath } from './urls';

export interface QuestionRecord {
  id: string;
  title: { ja: string; en: string };
  summary: { ja: string; en: string };
  intro: Array<{ ja: string; en: string; citations: Array<{ work: string; pages: string | null; citedAs: string }> }>;
  themes: string[];
  /** The events that bear on the question, in time order, with the numbers (from 1) of the accounts shown. */
  events: Array<{ id: string; accounts: number[] }>;
  measure: null | {
    label: { ja: string; en: string };
    unit: 'percent';
    positions: Array<{
      event: string;
      account: number;
      party: string;
      internal: boolean;
      low: number;
      high: number;
      label: { ja: string; en: string };
    }>;
  };
  url: { ja: string; en: string };
}

export function questionsJson(corpus: Corpus, site: URL | string): QuestionRecord[] {
  return [...corpus.questions.values()]
    .sort((a, b) => a.order - b.order)
    .map((q) => ({
      id: q.id,
      title: q.title,
      summary: q.summary,
      intro: q.intro.map((p, i) => ({
        ja: p.ja,
        en: p.en,
        citations: q.introCitations[i]!.map((c) => ({ work: c.work, pages: c.pages, citedAs: c.citedAs })),
      })),
      themes: q.themes,
      events: questionRows(q, corpus.events).map(({ event }) => ({
        id: event.id,
        accounts: accountsFor(q, event).map((a) => event.accounts.indexOf(a) + 1),
      })),
      measure: q.measure
        ? {
            label: q.measure.label,
            unit: 'percent',
            positions: chartedPositions(q, corpus.events).map((p) => ({
              event: p.event.id,
              account: p.accountNumber,
              party: p.party,
              internal: p.internal,
              low: p.low,
              high: p.high,
              label: p.label,
            })),
          }
        : null,
      url: { ja: new URL(questionPath('ja', q.id), site).href, en: new URL(questionPath('en', q.id), site).href },
    }));
}
