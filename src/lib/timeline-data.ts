/**
 * The data the browser islands load, already formatted, so the browser does no date or citation work:
 * - the timeline index (/data/timeline-index.<lang>.json): per event only what lanes, buckets, counts and
 *   filters need (id, dates, title, sides, facets); loaded once the first window is drawn;
 * - the opening index (/data/timeline-opening.<lang>.json): the same entries for the opening period only,
 *   with the whole timeline's bounds; small whatever the corpus, preloaded with the page, drawn first;
 * - the searchable texts (/data/timeline-text.json), loaded only when the reader types a query;
 * - the full texts by year (/data/timeline/<lang>/<year>.json), loaded when an event of that year is opened;
 * - the whole corpus in one file (/data/timeline.<lang>.json), read by the presentation mode.
 */
import type { Corpus, ResolvedEvent } from './content/types';
import { formatDate, formatJapaneseEra, formatOldStyle, type Lang } from './dates';
import { normaliseText, type FacetedEvent, type FilterableEvent } from './filter';
import { formatReference } from './references';
import type { ShortFormSource } from './citation-label';
import { eventPath } from './urls';
import type { SideKindParam } from './view-state';
import { sidesOf } from './event-view';
import { chunkYear } from './timeline-chunks';
import type { AliasGroup } from './search/query';
import { aliasGroups } from './search/records';
import { openingPeriod, timelineBounds, dayMs, type Window } from './timeline-view';
import { endOf } from './timeline-items';

export interface TimelineAccount {
  side: string;
  kind: SideKindParam;
  marker: string;
  text: string;
  paper: string;
  citations: Array<{ work: string; citedAs: string }>;
}

/** One event in the timeline index: dates, title, sides and facets; no account text. */
export interface TimelineIndexEntry extends FacetedEvent {
  start: string;
  /** Last day covered, or null for an open end. */
  end: string | null;
  /** point: one day; span: a range or a partial date (month, year, 下旬). */
  shape: 'point' | 'span';
  /** The date may not be a full day as written (month, year, 下旬): drawn differently from exact ranges. */
  partial: boolean;
  date: string;
  title: string;
}

/** An event with everything the panel, the slides and the text filter use. */
export interface TimelineDatum extends TimelineIndexEntry, FilterableEvent {
  url: string;
  sideIds: string[];
  accounts: TimelineAccount[];
  notes: string[];
}

export interface TimelineData {
  lang: Lang;
  events: TimelineDatum[];
  /** Other spellings of names, so that q= matches as the site search does. */
  aliases: AliasGroup[];
  /** shortForms and shortEn: what English pages need to show a citation's English form (citation-label.ts). */
  works: Record<string, { short: string; reference: string; paper: boolean } & ShortFormSource>;
  sides: Record<string, { kind: SideKindParam; marker: string; label: string }>;
  papers: Record<string, string>;
}

function isPartial(event: ResolvedEvent): boolean {
  if (event.kind === 'point') return false;
  // A span given as two exact days (1925-01-19/1925-01-20) is a true range; months, years and 下旬 are partial.
  return (
    !/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(event.date) ||
    /(上|中|下)旬|early|mid|late/.test(formatDate(event.date, 'en'))
  );
}

function indexEntry(event: ResolvedEvent, lang: Lang): TimelineIndexEntry {
  const era = lang === 'ja' ? formatJapaneseEra(event.date) : null;
  const dateText = `${formatDate(event.date, lang)}${era ? `（${era}）` : ''}${event.oldStyle ? ` [${formatOldStyle(event.oldStyle, lang)}]` : ''}`;
  return {
    id: event.id,
    start: event.earliest,
    end: event.latest,
    shape: event.kind,
    partial: isPartial(event),
    date: dateText,
    title: event.title[lang],
    sides: [...new Set(event.accounts.map((a) => a.sideKind))],
    papers: [event.paper, ...event.alsoIn.map((a) => a.paper)],
    works: [...new Set(event.accounts.flatMap((a) => a.citations.map((c) => c.work)))],
    themes: event.themes,
    people: event.people,
  };
}

/** Title and accounts in both languages, folded: what q= looks in, the same for both pages. */
const searchableText = (event: ResolvedEvent): string =>
  normaliseText([event.title.ja, event.title.en, ...event.accounts.flatMap((a) => [a.text.ja, a.text.en])].join('\n'));

export function timelineDatum(event: ResolvedEvent, lang: Lang): TimelineDatum {
  return {
    ...indexEntry(event, lang),
    url: eventPath(lang, event.id),
    sideIds: sidesOf(event),
    text: searchableText(event),
    accounts: event.accounts.map((a) => ({
      side: a.side,
      kind: a.sideKind,
      marker: a.marker,
      text: a.text[lang],
      paper: a.paper,
      citations: a.citations.map((c) => ({ work: c.work, citedAs: c.citedAs })),
    })),
    notes: event.notes.map((n) => n[lang]),
  };
}

/** The works as the timeline cites them (all of them, or those `only` names), by id. */
function timelineWorks(corpus: Corpus, only?: Set<string>): TimelineData['works'] {
  return Object.fromEntries(
    [...corpus.works.values()]
      .filter((w) => !only || only.has(w.id))
      .map((w) => [
        w.id,
        {
          short: w.shortForms[0]!,
          reference: formatReference(w),
          paper: w.role === 'paper',
          shortForms: w.shortForms,
          ...(w.shortEn ? { shortEn: w.shortEn } : {}),
        },
      ]),
  );
}

/** The labelled sides in the page's language (all of them, or those `only` names), by id. */
function timelineSides(corpus: Corpus, lang: Lang, only?: Set<string>): TimelineData['sides'] {
  return Object.fromEntries(
    [...corpus.sides.values()]
      .filter((s) => !only || only.has(s.id))
      .map((s) => [s.id, { kind: s.kind, marker: s.marker ?? '', label: s.label[lang] }]),
  );
}

export function timelineData(corpus: Corpus, lang: Lang): TimelineData {
  const papers = Object.fromEntries(
    [...corpus.works.values()]
      .filter((w) => w.role === 'paper')
      .map((w) => [w.id, w.translatedTitle?.[lang] ?? w.csl.title]),
  );
  const events = corpus.events.map((e) => timelineDatum(e, lang));
  return {
    lang,
    events,
    aliases: aliasGroups(corpus).aliases,
    works: timelineWorks(corpus),
    sides: timelineSides(corpus, lang),
    papers,
  };
}

export interface TimelineIndex {
  lang: Lang;
  events: TimelineIndexEntry[];
}

/** An event as the detail panel shows it (the searchable text stays in the text file). */
export type TimelineEntry = Omit<TimelineDatum, 'text'>;

/** The full texts of one year's events, with the works and sides they need. */
export interface TimelineChunk extends Omit<TimelineData, 'events' | 'papers' | 'aliases'> {
  events: TimelineEntry[];
}

/** Built once per corpus and language: the page's counts, the index file and the opening file all start here. */
const indexes = new WeakMap<Corpus, Partial<Record<Lang, TimelineIndex>>>();

export function timelineIndex(corpus: Corpus, lang: Lang): TimelineIndex {
  let byLang = indexes.get(corpus);
  if (!byLang) indexes.set(corpus, (byLang = {}));
  return (byLang[lang] ??= { lang, events: corpus.events.map((e) => indexEntry(e, lang)) });
}

/** The entries of the opening period, and what the first drawing needs to know of the whole. */
export interface TimelineOpening extends TimelineIndex {
  /** The whole timeline's bounds, so that the first drawing already lets the reader move as far as the last. */
  bounds: Window;
  /** The period covered: every event overlapping it is here, so any window inside it draws complete. */
  period: Window;
}

export function openingIndex(index: TimelineIndex): TimelineOpening {
  const period = openingPeriod();
  return {
    lang: index.lang,
    bounds: timelineBounds(index.events),
    period,
    events: index.events.filter((e) => dayMs(e.start) < period.end && endOf(e) > period.start),
  };
}

/** What the timeline's free-text filter needs, loaded only when the reader types a query. */
export interface TimelineTexts {
  /** Normalised title and account texts in both languages, by event id: the same for both pages. */
  texts: Record<string, string>;
  /** The spelling groups of people, places and themes (the site search's), so that 樺太 finds サハリン. */
  aliases: AliasGroup[];
}

export function timelineTexts(corpus: Corpus): TimelineTexts {
  const texts = Object.fromEntries(corpus.events.map((e) => [e.id, searchableText(e)]));
  return { texts, aliases: aliasGroups(corpus).aliases };
}

/** The years that have a chunk, in order. */
export function chunkYears(corpus: Corpus): string[] {
  return [...new Set(corpus.events.map((e) => chunkYear({ start: e.earliest })))].sort();
}

export function timelineChunk(corpus: Corpus, lang: Lang, year: string): TimelineChunk {
  const events = corpus.events
    .filter((e) => chunkYear({ start: e.earliest }) === year)
    .map((e) => {
      const { text: _text, ...entry } = timelineDatum(e, lang);
      return entry;
    });
  const cited = new Set(events.flatMap((e) => e.accounts.flatMap((a) => a.citations.map((c) => c.work))));
  const sides = new Set(events.flatMap((e) => e.accounts.map((a) => a.side)));
  return { lang, events, works: timelineWorks(corpus, cited), sides: timelineSides(corpus, lang, sides) };
}
