/**
 * What a printed timeline page says about itself and what it prints: the view's filters and time window, the
 * day it was printed and its address; the selected event alone when one is selected, else the view's events.
 * Pure: the browser module (src/scripts/print-view.ts) reads the page and the URL and passes them in.
 */
import type { Lang } from '../domain/vocabulary';
import { FACETS, type Facet } from './filter';
import type { ViewState } from './view-state';
import { inWindow } from './view-window';

/** Display names of the filter values, by facet (sides: japanese → "● Japanese sources"). */
export type ViewLabels = Record<Facet, Record<string, string>>;

export interface PrintStrings {
  facets: Record<Facet, string>;
  filters: string;
  text: string;
  window: string;
  noFilter: string;
  wholePeriod: string;
}

/**
 * A day as the site writes dates: 20 January 1925 / 1925年1月20日.
 * @example formatDay('1925-01-20', 'ja') // '1925年1月20日'
 */
export function formatDay(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );
}

/**
 * The view as label–value lines for the top of a printout: one per filter in use (values by name, unknown ids as
 * they are), the search text, and the window; "no filter" when none is set.
 * @example describeView(parseViewState('?side=soviet'), labels, strings, 'en') // [{ label: 'Sources', value: '★ Soviet sources' }, { label: 'Time window', value: 'the whole period' }]
 */
export function describeView(
  state: ViewState,
  labels: ViewLabels,
  strings: PrintStrings,
  lang: Lang,
): Array<{ label: string; value: string }> {
  const separator = lang === 'ja' ? '、' : ', ';
  const rows: Array<{ label: string; value: string }> = [];
  const values: Record<Facet, string[]> = {
    sides: state.sides,
    papers: state.papers,
    works: state.works,
    themes: state.themes,
    people: state.people,
  };
  for (const facet of FACETS) {
    if (values[facet].length)
      rows.push({
        label: strings.facets[facet],
        value: values[facet].map((id) => labels[facet][id] ?? id).join(separator),
      });
  }
  if (state.text) rows.push({ label: strings.text, value: `“${state.text}”` });
  if (rows.length === 0) rows.push({ label: strings.filters, value: strings.noFilter });
  const window =
    state.from && state.to ? `${formatDay(state.from, lang)} – ${formatDay(state.to, lang)}` : strings.wholePeriod;
  rows.push({ label: strings.window, value: window });
  return rows;
}

export interface PrintableEntry {
  id: string;
  start: string;
  end: string | null;
  /** Hidden by the view's filters. */
  hidden: boolean;
}

/**
 * The chronology entries a printout keeps: the selected event alone (even if a filter hides it), else every
 * entry the filters show that lies in the view's window.
 */
export function printedEntries(entries: PrintableEntry[], state: ViewState): Set<string> {
  if (state.event && entries.some((e) => e.id === state.event)) return new Set([state.event]);
  const { from, to } = state;
  return new Set(entries.filter((e) => !e.hidden && (!from || !to || inWindow(e, from, to))).map((e) => e.id));
}
