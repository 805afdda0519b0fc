/**
 * The compact per-language data the interactive timeline loads (/data/timeline.<lang>.json): what the
 * filters, the lanes and the detail panel need, already formatted, so the browser does no date or citation work.
 */
import type { Corpus, ResolvedEvent } from './content/types';
import { formatDate, formatJapaneseEra, formatOldStyle, type Lang } from './dates';
import { normaliseText, type FilterableEvent } from './filter';
import { formatReference } from './references';
import { eventPath } from './urls';
import type { SideKindParam } from './view-state';
import { sidesOf } from './event-view';

export interface TimelineAccount {
  side: string;
  kind: SideKindParam;
  marker: string;
  text: string;
  paper: string;
  citations: Array<{ work: string; citedAs: string }>;
}

export interface TimelineDatum extends FilterableEvent {
  start: string;
  /** Last day covered, or null for an open end. */
  end: string | null;
  /** point: one day; span: a range or a partial date (month, year, 下旬). */
  shape: 'point' | 'span';
  /** The date may not be a full day as written (month, year, 下旬): drawn differently from exact ranges. */
  partial: boolean;
  date: string;
  title: string;
  url: string;
  sideIds: string[];
  accounts: TimelineAccount[];
  notes: string[];
}

export interface TimelineData {
  lang: Lang;
  events: TimelineDatum[];
  works: Record<string, { short: string; reference: string; paper: boolean }>;
  sides: Record<string, { kind: SideKindParam; marker: string; label: string }>;
  papers: Record<string, string>;
}

function isPartial(event: ResolvedEvent): boolean {
  if (event.kind === 'point') return false;
  // A span given as two exact days (1925-01-19/1925-01-20) is a true range; months, years and 下旬 are partial.
  return !/^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/.test(event.date) || /(上|中|下)旬|early|mid|late/.test(formatDate(event.date, 'en'));
}

export function timelineDatum(event: ResolvedEvent, lang: Lang): TimelineDatum {
  const era = lang === 'ja' ? formatJapaneseEra(event.date) : null;
  const dateText = `${formatDate(event.date, lang)}${era ? `（${era}）` : ''}${event.oldStyle ? ` [${formatOldStyle(event.oldStyle, lang)}]` : ''}`;
  const accounts = event.accounts.map((a) => ({ side: a.side, kind: a.sideKind, marker: a.marker, text: a.text[lang], paper: a.paper, citations: a.citations.map((c) => ({ work: c.work, citedAs: c.citedAs })) }));
  return {
    id: event.id,
    start: event.earliest,
    end: event.latest,
    shape: event.kind,
    partial: isPartial(event),
    date: dateText,
    title: event.title[lang],
    url: eventPath(lang, event.id),
    sideIds: sidesOf(event),
    sides: [...new Set(event.accounts.map((a) => a.sideKind))],
    papers: [event.paper, ...event.alsoIn.map((a) => a.paper)],
    works: [...new Set(event.accounts.flatMap((a) => a.citations.map((c) => c.work)))],
    themes: event.themes,
    people: event.people,
    text: normaliseText([event.title.ja, event.title.en, ...event.accounts.flatMap((a) => [a.text.ja, a.text.en])].join('\n')),
    accounts,
    notes: event.notes.map((n) => n[lang]),
  };
}

export function timelineData(corpus: Corpus, lang: Lang): TimelineData {
  const works = Object.fromEntries([...corpus.works.values()].map((w) => [w.id, { short: w.shortForms[0]!, reference: formatReference(w), paper: w.role === 'paper' }]));
  const sides = Object.fromEntries([...corpus.sides.values()].map((s) => [s.id, { kind: s.kind, marker: s.marker ?? '', label: s.label[lang] }]));
  const papers = Object.fromEntries([...corpus.works.values()].filter((w) => w.role === 'paper').map((w) => [w.id, w.translatedTitle?.[lang] ?? w.csl.title]));
  return { lang, events: corpus.events.map((e) => timelineDatum(e, lang)), works, sides, papers };
}
