/**
 * What a printed timeline page says about itself and what it prints: the selected event alone when one is open,
 * else the events of the view's window as a list; above them the filters, the window, the day it was printed and
 * an address that opens the same view. Pure: the browser module (src/scripts/print-view.ts) reads the page and
 * the URL and passes them in.
 */
import type { Lang } from '../domain/vocabulary';
import { FACETS, type Facet } from './filter';
import { serializeViewState, type ViewState } from './view-state';

/** Display names of the filter values, by facet (sides: japanese → "● Japanese sources"). */
export type ViewLabels = Record<Facet, Record<string, string>>;

export interface PrintStrings {
  facets: Record<Facet, string>;
  filters: string;
  /** The "both sides" filter, as the filter form names it. */
  both: string;
  text: string;
  window: string;
  noFilter: string;
  wholePeriod: string;
}

/** The days the timeline shows (ISO, both included). */
export interface PrintWindow {
  from: string;
  to: string;
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
 * they are), "both sides", the search text, and the window the timeline shows (`window`; the URL's when it has
 * one); "no filter" when none is set.
 * @example describeView(parseViewState('?side=soviet'), { from: '1923-09-01', to: '1924-01-31' }, labels, strings, 'en') // [{ label: 'Sources', value: '★ Soviet sources' }, { label: 'Time window', value: '1 September 1923 – 31 January 1924' }]
 */
export function describeView(
  state: ViewState,
  window: PrintWindow | null,
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
  if (state.both) rows.push({ label: strings.filters, value: strings.both });
  if (state.text) rows.push({ label: strings.text, value: `“${state.text}”` });
  if (rows.length === 0) rows.push({ label: strings.filters, value: strings.noFilter });
  const shown = window ?? (state.from && state.to ? { from: state.from, to: state.to } : null);
  rows.push({
    label: strings.window,
    value: shown ? `${formatDay(shown.from, lang)} – ${formatDay(shown.to, lang)}` : strings.wholePeriod,
  });
  return rows;
}

/**
 * What prints: the selected event when its accounts are open on the page (`open`: the id the panel shows), else
 * the view's list.
 */
export function printScope(state: ViewState, open: string | null): 'event' | 'view' {
  return state.event !== null && state.event === open ? 'event' : 'view';
}

/**
 * The query string (with "?", or empty) of the printed view: the URL's view, with the window the timeline
 * showed when the printout is a list (an opening window depends on the screen, so it is written out).
 * @example printSearch(parseViewState('?side=soviet'), { from: '1923-09-01', to: '1924-01-31' }, 'view') // '?side=soviet&from=1923-09-01&to=1924-01-31'
 */
export function printSearch(state: ViewState, window: PrintWindow | null, scope: 'event' | 'view'): string {
  const view = scope === 'view' ? { ...state, event: null, ...(window ?? {}) } : state;
  const query = serializeViewState(view);
  return query ? `?${query}` : '';
}
