/**
 * Filtering the timeline by side, paper, cited work, theme, person and free text, with the count of events
 * each option would keep (faceted counts). One pass over the events per change: linear, no per-option loops.
 */
import type { ViewState, SideKindParam } from './view-state';
import { fold } from './search/fold';
import { matchesQuery, parseQuery, type AliasGroup } from './search/query';

/** The fields of an event the filters look at (built once per page load). */
export interface FilterableEvent {
  id: string;
  sides: SideKindParam[];
  papers: string[];
  works: string[];
  themes: string[];
  people: string[];
  /** Title and account texts in both languages, folded (normaliseText). */
  text: string;
}

export type Facet = 'sides' | 'papers' | 'works' | 'themes' | 'people';
export const FACETS: Facet[] = ['sides', 'papers', 'works', 'themes', 'people'];

export interface FilterResult {
  /** Ids of the events that pass every filter, in input order. */
  ids: string[];
  /** For each facet, how many events each option keeps given all the other filters. */
  counts: Record<Facet, Map<string, number>>;
}

function passesFacet(event: FilterableEvent, facet: Facet, selected: string[]): boolean {
  if (selected.length === 0) return true;
  const values = event[facet] as string[];
  return values.some((v) => selected.includes(v));
}

/** Text folded for matching, as the site search folds it (ＡＢＣ = abc, 芳澤 = 芳沢; see search/fold.ts). */
export function normaliseText(text: string): string {
  return fold(text);
}

export function selectionOf(state: ViewState): Record<Facet, string[]> {
  return { sides: state.sides, papers: state.papers, works: state.works, themes: state.themes, people: state.people };
}

/**
 * Apply the view's filters.
 * The free text matches as the site search matches (search/query.ts): every word, in either language, and
 * with `aliases` (the people's, places' and themes' spellings) any spelling of a name.
 * @example filterEvents(events, { ...EMPTY_VIEW, sides: ['soviet'] }).ids // events with a ★ account
 */
export function filterEvents(events: FilterableEvent[], state: ViewState, aliases: AliasGroup[] = []): FilterResult {
  const selection = selectionOf(state);
  const query = parseQuery(state.text, aliases);
  const counts = Object.fromEntries(FACETS.map((f) => [f, new Map<string, number>()])) as Record<Facet, Map<string, number>>;
  const ids: string[] = [];
  for (const event of events) {
    if (!matchesQuery(event.text, query)) continue;
    const failing = FACETS.filter((f) => !passesFacet(event, f, selection[f]));
    if (failing.length === 0) ids.push(event.id);
    // An option's count: events passing every other facet that have this option.
    if (failing.length > 1) continue;
    for (const facet of FACETS) {
      if (failing.length === 1 && failing[0] !== facet) continue;
      const map = counts[facet];
      for (const value of new Set(event[facet] as string[])) map.set(value, (map.get(value) ?? 0) + 1);
    }
  }
  return { ids, counts };
}

/** Which account sides stay visible: the selected ones, or all when none is selected. */
export function visibleSides(state: ViewState): Set<SideKindParam> {
  return new Set(state.sides.length ? state.sides : (['japanese', 'soviet', 'other', 'context'] as SideKindParam[]));
}
