/**
 * Searching the events: which match (every term of the query, in either language, in the title or an account),
 * how they rank, and what the side and paper filters leave, with the count each filter option would keep.
 * The text matching is the timeline's q= matching (query.ts); the facets are the timeline's (filter.ts).
 */
import { filterEvents, type FilterResult } from '../filter';
import { EMPTY_VIEW, type SideKindParam } from '../view-state';
import { fold } from './fold';
import { matchesQuery, matchesTerm, occurrences, type Query } from './query';
import type { SearchRecord } from './records';

/** A record with its texts folded once, when the page loads. */
export interface IndexedRecord {
  record: SearchRecord;
  title: string;
  accounts: string[];
  all: string;
}

export function indexRecords(records: SearchRecord[]): IndexedRecord[] {
  return records.map((record) => {
    const title = fold(`${record.title.ja}\n${record.title.en}`);
    const accounts = record.accounts.map((a) => fold(`${a.text.ja}\n${a.text.en}`));
    return { record, title, accounts, all: [title, ...accounts].join('\n') };
  });
}

/**
 * How much an event is about the query: a term in the title counts most, then the accounts that speak of it,
 * then how often it occurs, then whether the event is tagged with the person, place or theme the term names.
 */
export function score(entry: IndexedRecord, query: Query): number {
  let total = 0;
  for (const term of query.terms) {
    if (matchesTerm(entry.title, term)) total += 10;
    total += 3 * Math.min(3, entry.accounts.filter((a) => matchesTerm(a, term)).length);
    total +=
      Math.min(
        5,
        term.variants.reduce((n, v) => n + occurrences(entry.all, v).length, 0),
      ) * 0.5;
    if (term.groups.some((g) => entry.record.groups.includes(g))) total += 4;
  }
  return total;
}

export interface SearchFilters {
  sides: SideKindParam[];
  papers: string[];
}

export interface SearchResult {
  /** The matching events that pass the filters, best first. */
  hits: SearchRecord[];
  /** How many events match the query before the filters. */
  matched: number;
  /** For sides and papers: how many matching events each option would keep, given the other filter. */
  counts: Pick<FilterResult['counts'], 'sides' | 'papers'>;
}

export function search(index: IndexedRecord[], query: Query, filters: SearchFilters): SearchResult {
  const matching = query.terms.length ? index.filter((entry) => matchesQuery(entry.all, query)) : [];
  const facets = filterEvents(
    matching.map(({ record }) => ({
      id: record.id,
      sides: record.sides,
      papers: record.papers,
      works: [],
      themes: [],
      people: [],
      text: '',
    })),
    { ...EMPTY_VIEW, sides: filters.sides, papers: filters.papers },
  );
  const kept = new Set(facets.ids);
  const ranked = matching
    .filter((entry) => kept.has(entry.record.id))
    .map((entry) => ({ entry, score: score(entry, query) }))
    .sort((a, b) => b.score - a.score || a.entry.record.earliest.localeCompare(b.entry.record.earliest));
  return {
    hits: ranked.map((r) => r.entry.record),
    matched: matching.length,
    counts: { sides: facets.counts.sides, papers: facets.counts.papers },
  };
}
