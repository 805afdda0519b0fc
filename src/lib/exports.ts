/** The public data files: /data/events.json (documented in the README) and /data/works.json (CSL-JSON). */
import type { Corpus, ResolvedEvent } from './content/types';
import { eventPath } from './urls';
import { toCslItem } from './references';
import { toBibtex } from './cite';

export interface EventRecord {
  id: string;
  date: string;
  dateAsWritten: string | null;
  oldStyle: string | null;
  earliest: string;
  latest: string | null;
  title: { ja: string; en: string };
  accounts: Array<{
    side: string;
    sideKind: string;
    marker: string;
    paper: string;
    text: { ja: string; en: string };
    citations: Array<{ work: string; pages: string | null; citedAs: string }>;
  }>;
  paper: string;
  locator: { ja: string; en: string };
  alsoIn: Array<{ paper: string; locator: { ja: string; en: string } }>;
  themes: string[];
  people: string[];
  places: string[];
  related: string[];
  notes: Array<{ kind: string; ja: string; en: string }>;
  url: { ja: string; en: string };
}

/** One event as published in events.json; `site` makes the permalinks absolute. */
export function toEventRecord(event: ResolvedEvent, site: URL | string): EventRecord {
  return {
    id: event.id,
    date: event.date,
    dateAsWritten: event.dateAsWritten ?? null,
    oldStyle: event.oldStyle ?? null,
    earliest: event.earliest,
    latest: event.latest,
    title: event.title,
    accounts: event.accounts.map((a) => ({
      side: a.side,
      sideKind: a.sideKind,
      marker: a.marker,
      paper: a.paper,
      text: a.text,
      citations: a.citations.map((c) => ({ work: c.work, pages: c.pages, citedAs: c.citedAs })),
    })),
    paper: event.paper,
    locator: event.locator,
    alsoIn: event.alsoIn,
    themes: event.themes,
    people: event.people,
    places: event.places,
    related: event.related,
    notes: event.notes.map((n) => ({ kind: n.kind, ja: n.ja, en: n.en })),
    url: { ja: new URL(eventPath('ja', event.id), site).href, en: new URL(eventPath('en', event.id), site).href },
  };
}

export function eventsJson(corpus: Corpus, site: URL | string): EventRecord[] {
  return corpus.events.map((e) => toEventRecord(e, site));
}

/** The bibliography as CSL-JSON, in id order. */
export function worksCslJson(corpus: Corpus): Array<Record<string, unknown>> {
  return [...corpus.works.values()].sort((a, b) => a.id.localeCompare(b.id)).map(toCslItem);
}

/** The bibliography as BibTeX (citation-js; keys are the work ids; Japanese and Cyrillic kept as written). */
export function worksBibtex(corpus: Corpus): string {
  return toBibtex(worksCslJson(corpus));
}
